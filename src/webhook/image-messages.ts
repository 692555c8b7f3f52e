import type { messagingApi, webhook } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import type { ImageProblem, Incoming, IncomingMedia, IncomingText } from '../incoming/incoming.ts';
import type { OcrPool } from '../images/ocr-pool.ts';
import type { ImageRead } from '../images/read-image.ts';
import { fetchMessageContent } from '../line/message-content.ts';
import { loadingSecondsFor, type PushAndLoading } from '../line/push-and-loading.ts';
import type { LineSender, RetryPolicy } from '../line/line-sender.ts';
import { createImageSetCollector, type ImageSetCollector } from './image-set-collector.ts';
import { incomingFromReads } from '../images/reads-to-incoming.ts';

/**
 * Image messages in a one-to-one chat (`message.type: image`, sent from LINE itself): the
 * loading animation starts, the bytes are fetched from LINE's content endpoint (size limit,
 * timeout), an image set is gathered, the pool reads the text off the HTTP thread, and the
 * event goes on as a text read from an image (`image` set on the Incoming) — or as an image
 * that could not be read (`imageProblem`). The answer is a reply while the reply token is
 * fresh, else a push with a retry key. Neither the bytes nor the read text are logged here.
 */
export interface ImageMessages {
  /** True for an image this module answers (one-to-one, content held by LINE). */
  handles(event: webhook.Event, incoming: Incoming): boolean;
  /** The Incoming to answer, or null when another event of the same image set answers for it. */
  read(event: webhook.Event, incoming: IncomingMedia, log: Logger): Promise<IncomingText | IncomingMedia | null>;
  /** Sends the answer: reply when in time, else push (the fallback also when the reply token was refused). */
  send(event: webhook.Event, replyToken: string | null, messages: readonly messagingApi.Message[], receivedAtMs: number, log: Logger): Promise<void>;
}

export interface ImageMessagesOptions {
  pool: OcrPool;
  sender: LineSender;
  retryPolicy: RetryPolicy;
  line: PushAndLoading;
  dataBaseUrl: string;
  channelAccessToken: string;
  maxBytes: number;
  fetchTimeoutMs: number;
  /** Per image read, from the moment it is fetched. */
  readTimeoutMs: number;
  setWaitMs: number;
  /** After this long from the event's arrival, the answer goes by push instead of the reply token. */
  replyWindowMs: number;
  /** Reads below this confidence are answered with 「一部読み取れませんでした」 and the topic chips. */
  lowConfidence: number;
  nowMs?: () => number;
}

/** Most images of one set read (more are ignored); most sets waiting at once. */
const MAX_IMAGES_PER_SET = 5;
const MAX_WAITING_SETS = 200;

export function createImageMessages(options: ImageMessagesOptions): ImageMessages {
  const nowMs = options.nowMs ?? Date.now;
  const sets: ImageSetCollector = createImageSetCollector({ waitMs: options.setWaitMs, maxSets: MAX_WAITING_SETS, maxImages: MAX_IMAGES_PER_SET });
  return {
    handles(event, incoming) {
      if (incoming.kind !== 'media' || incoming.mediaType !== 'image' || incoming.chat !== 'user') return false;
      const message = (event as { message?: { contentProvider?: { type?: unknown } } }).message;
      return message?.contentProvider?.type === 'line' && typeof userIdOf(event) === 'string';
    },

    async read(event, incoming, log) {
      const started = nowMs();
      const message = (event as { message?: { id?: unknown; imageSet?: { id?: unknown; index?: unknown; total?: unknown } } }).message;
      const userId = userIdOf(event)!;
      const set = imageSetOf(message?.imageSet);
      const messageId = typeof message?.id === 'string' ? message.id : '';
      // The animation shows until the answer arrives (or for as long as it asks).
      void options.line.startLoading(userId, loadingSecondsFor(options.readTimeoutMs + (set ? options.setWaitMs : 0)), log);
      const fetched = await fetchMessageContent(messageId, {
        dataBaseUrl: options.dataBaseUrl,
        channelAccessToken: options.channelAccessToken,
        maxBytes: options.maxBytes,
        timeoutMs: options.fetchTimeoutMs,
      });
      if (!fetched.ok) {
        log.warn({ reason: fetched.reason, status: fetched.status, lineRequestId: fetched.requestId }, 'image content could not be fetched');
        return problem(incoming, fetched.reason === 'too_large' ? 'too_large' : 'unreadable');
      }
      let images: Buffer[] = [fetched.bytes];
      if (set) {
        const gathered = await sets.add(set.id, set.index, set.total, fetched.bytes);
        if (!gathered) {
          log.info({ imageSet: { index: set.index, total: set.total } }, 'image set: answered once, with its last image');
          return null;
        }
        images = gathered;
      }
      const result = await options.pool.read(images, nowMs() + options.readTimeoutMs * images.length);
      const ms = nowMs() - started;
      if (result.kind === 'busy') {
        log.warn({ images: images.length, ...options.pool.load() }, 'image reader busy: asked for text instead');
        return problem(incoming, 'busy');
      }
      if (result.kind === 'failed') {
        log.error({ err: result.error }, 'image reading failed');
        return problem(incoming, 'unreadable');
      }
      log.info({ images: images.length, ms, reads: result.reads.map(readSummary) }, 'image read');
      return incomingFromReads(incoming, result.reads, options.lowConfidence);
    },

    async send(event, replyToken, messages, receivedAtMs, log) {
      if (messages.length === 0) return;
      const userId = userIdOf(event);
      const late = nowMs() - receivedAtMs > options.replyWindowMs;
      if (replyToken && !late) {
        const sent = await options.sender.reply(replyToken, messages, { policy: options.retryPolicy, log });
        if (sent.ok || sent.status !== 400 || !userId) return;
        log.warn({ status: sent.status }, 'reply token refused: pushing the answer instead');
      }
      if (!userId) return;
      const pushed = await options.line.push(userId, messages, log);
      log.info({ ok: pushed.ok, attempts: pushed.attempts, late }, 'image answer pushed (counts against the monthly message quota)');
    },
  };
}

function userIdOf(event: webhook.Event): string | undefined {
  const source = (event as { source?: { userId?: unknown } }).source;
  return typeof source?.userId === 'string' ? source.userId : undefined;
}

function imageSetOf(raw: { id?: unknown; index?: unknown; total?: unknown } | undefined): { id: string; index: number; total: number } | null {
  if (!raw || typeof raw.id !== 'string' || raw.id === '') return null;
  const index = Number(raw.index);
  const total = Number(raw.total);
  if (!Number.isInteger(index) || !Number.isInteger(total) || total < 2 || index < 1 || index > total) return null;
  return { id: raw.id, index, total: Math.min(total, 20) };
}

function problem(incoming: IncomingMedia, imageProblem: ImageProblem): IncomingMedia {
  return { ...incoming, imageProblem };
}

/** Safe to log: outcome, confidence, passes, sizes — never the text. */
function readSummary(read: ImageRead): Record<string, unknown> {
  switch (read.outcome) {
    case 'read':
      return { outcome: read.outcome, chars: [...read.text].length, confidence: Math.round(read.confidence * 100) / 100, layout: read.layout, candidate: read.candidate, passes: read.passes };
    case 'no_text':
      return { outcome: read.outcome, layout: read.layout, passes: read.passes };
    case 'problem':
      return { outcome: read.outcome, problem: read.problem, detail: read.detail };
    case 'timeout':
      return { outcome: read.outcome, passes: read.passes };
  }
}
