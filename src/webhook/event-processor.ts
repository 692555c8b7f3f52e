import type { webhook } from '@line/bot-sdk';
import { logThrottle, type Logger } from '../logger.ts';
import type { LineSender, RetryPolicy } from '../line/line-sender.ts';
import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import type { DedupeStore } from '../dedupe/dedupe-store.ts';
import type { RateLimiter, RateVerdict } from '../rate-limit/rate-limiter.ts';
import type { Incoming } from '../incoming/incoming.ts';
import { normaliseEvent } from './normalise-event.ts';
import { respond, type Reply } from '../pipeline/pipeline.ts';
import type { PipelinePool } from '../pipeline/pipeline-pool.ts';
import { rateLimitedReply } from '../rate-limit/rate-limited-reply.ts';
import { maskSensitiveText } from '../privacy/mask-text.ts';
import type { ImageMessages } from './image-messages.ts';
import { withoutReadText } from '../images/reads-to-incoming.ts';

export interface EventProcessorDeps {
  runtime: RuntimeSlot;
  sender: LineSender;
  clock: () => Date;
  logger: Logger;
  hashUserId: (userId: string) => string;
  dedupe: DedupeStore;
  rateLimiter: RateLimiter;
  retryPolicy: RetryPolicy;
  /** LOG_MESSAGE_TEXT: add the message text, masked, to the event's log line. */
  logMessageText: boolean;
  /** The pipeline on worker threads (PIPELINE_WORKERS); without it, `respond` runs here. */
  pipeline?: PipelinePool | null;
  /** Side path for the operator's reports (src/reports/, built in app.ts): plain data of each handled event; returns at once, never throws. */
  recordEvent?: ((incoming: Incoming, summary: Reply['summary'], silent: boolean) => void) | null;
  /** Image reading (IMAGE_READING): images are read and answered like text (in groups and rooms, GROUP_IMAGE_READING, under the group rule); null: the media reply. */
  images?: ImageMessages | null;
}

/**
 * Processes one webhook event: normalise → claim its ID once → rate limit → pipeline → reply.
 * `responded` is called once the reply is written on a connection to LINE: a send waiting its
 * turn (LINE_MAX_CONCURRENT_SENDS) still counts in the webhook's back-pressure (event-queue.ts). Never throws; a failure is logged with the event's ID and does not affect the other events
 * of the same delivery.
 */
export async function processEvent(event: webhook.Event, deps: EventProcessorDeps, responded: () => void = () => undefined): Promise<void> {
  const eventId = (event as { webhookEventId?: unknown }).webhookEventId;
  const logId = typeof eventId === 'string' ? eventId : null;
  try {
    const runtime = deps.runtime.get();
    if (!runtime) throw new Error('runtime not loaded');
    const receivedAtMs = Date.now();
    let incoming: Incoming = normaliseEvent(event, deps.hashUserId);
    const log = deps.logger.child({ eventId: logId, user: incoming.userKey });
    if (!(await claimOnce(incoming, deps, log))) {
      log.info({ redelivery: incoming.isRedelivery }, 'event already handled; skipped');
      return;
    }
    const verdict = rateVerdict(incoming, deps.rateLimiter);
    if (verdict === 'drop') {
      log.info({ kind: incoming.kind }, 'rate limited: no reply');
      return;
    }
    // An image is read first (src/webhook/image-messages.ts); it waits in the image reader's own
    // bounded queue, so it stops counting in the webhook's back-pressure at once.
    const images = verdict === 'allow' && incoming.kind === 'media' && deps.images?.handles(event, incoming) ? deps.images : null;
    if (images && incoming.kind === 'media') {
      responded();
      const read = await images.read(event, incoming, log);
      if (!read) return;
      incoming = read;
    }
    const reply =
      verdict === 'notify'
        ? rateLimitedReply(incoming, runtime)
        : deps.pipeline
          ? await deps.pipeline.respond(incoming, deps.clock())
          : respond(incoming, runtime, deps.clock());
    const text = deps.logMessageText && incoming.kind === 'text' ? { text: loggedText(incoming.text) } : {};
    log.info({ ...reply.summary, redelivery: incoming.isRedelivery, ...text }, 'event handled');
    deps.recordEvent?.(withoutReadText(incoming), reply.summary, reply.messages.length === 0);
    if (images) return await images.send(event, incoming.replyToken, reply.messages, receivedAtMs, log);
    if (reply.messages.length === 0 || !incoming.replyToken) return;
    const sent = await deps.sender.reply(incoming.replyToken, reply.messages, { policy: deps.retryPolicy, log, onSent: responded });
    if (sent.ok) log.debug({ lineRequestId: sent.requestId, attempts: sent.attempts }, 'reply sent');
  } catch (err) {
    deps.logger.error({ eventId: logId, err: maskSensitiveText(err instanceof Error ? err.message : String(err)) }, 'event processing failed');
  }
}

/** Longest message text a log line carries (LOG_MESSAGE_TEXT); masked first, so a cut never exposes part of a number. */
export const MAX_LOGGED_TEXT_CHARS = 1000;

function loggedText(text: string): string {
  const masked = maskSensitiveText(text);
  return masked.length > MAX_LOGGED_TEXT_CHARS ? `${masked.slice(0, MAX_LOGGED_TEXT_CHARS)}…(+${masked.length - MAX_LOGGED_TEXT_CHARS})` : masked;
}

/**
 * True unless another delivery (a redelivery, or another instance) already took this event.
 * When the store cannot be reached the event is answered: a rare duplicate is better than silence.
 */
async function claimOnce(incoming: Incoming, deps: EventProcessorDeps, log: Logger): Promise<boolean> {
  if (incoming.eventId === '') return true;
  try {
    return await deps.dedupe.claim(dedupeKey(incoming));
  } catch (err) {
    let throttle = dedupeWarnings.get(deps);
    if (!throttle) dedupeWarnings.set(deps, (throttle = logThrottle(DEDUPE_WARNING_INTERVAL_MS)));
    const heldBack = throttle();
    if (heldBack !== null) {
      log.warn({ err: err instanceof Error ? err.message : String(err), heldBack }, 'dedupe store unavailable; answering without the redelivery check');
    }
    return true;
  }
}

/** While the dedupe store is down, one warning per this long (with how many events were held back), not one per event. */
export const DEDUPE_WARNING_INTERVAL_MS = 30_000;
/** One throttle per webhook (its deps object), so two apps in one process (tests) do not share it. */
const dedupeWarnings = new WeakMap<EventProcessorDeps, () => number | null>();

/**
 * What makes a delivery "the same event": its webhookEventId and, when it has one, its reply
 * token. A redelivery repeats both; a sender that reuses one event ID for different messages
 * (a copied test fixture, a misbehaving proxy) still gets every message answered.
 */
export function dedupeKey(incoming: Incoming): string {
  return incoming.replyToken ? `${incoming.eventId}:${incoming.replyToken}` : incoming.eventId;
}

/**
 * Events that get no reply anyway (unfollow, unknown types), events without a user, and group
 * chatter the bot was not called into (it decides itself whether to speak) are not counted.
 */
function rateVerdict(incoming: Incoming, limiter: RateLimiter): RateVerdict {
  if (incoming.kind === 'ignored' || incoming.userKey === null) return 'allow';
  if (incoming.chat !== 'user' && !(incoming.kind === 'postback' || (incoming.kind === 'text' && incoming.mentionsBot))) return 'allow';
  return limiter.check(incoming.userKey);
}
