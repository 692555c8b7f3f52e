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
 * Image messages (`message.type: image`, sent from LINE itself): in a one-to-one chat the
 * loading animation starts; the bytes are fetched from LINE's content endpoint (size limit,
 * timeout), an image set is gathered, the pool reads the text off the HTTP thread, and the
 * event goes on as a text read from an image (`image` set on the Incoming) — or as an image
 * that could not be read (`imageProblem`). The answer is a reply while the reply token is
 * fresh, else a push with a retry key. Neither the bytes nor the read text are logged here.
 *
 * In a group or room (GROUP_IMAGE_READING) the same happens without the loading animation
 * (LINE shows it in one-to-one chats only), on the pool's `low` priority (ocr-pool.ts: a
 * burst of family photos never pushes out a resident's own image), and the read text goes
 * through the group rule as a typed text would (src/decide/group-reply.ts): the bot speaks,
 * quoting the image, only on a sure scam or an urgent case. An image it cannot answer (no
 * text, busy, broken, too large, too slow) gets nothing in a group — decide() is silent on
 * group media — and a log line; so does a read text the group rule leaves alone.
 */
export interface ImageMessages {
  /** True for an image this module reads (content held by LINE; one-to-one, or a group or room when `readInGroups`). */
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
  /** GROUP_IMAGE_READING: read images in groups and rooms too (default false here; the config's default is on). */
  readInGroups?: boolean;
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
      if (incoming.kind !== 'media' || incoming.mediaType !== 'image') return false;
      if (incoming.chat !== 'user' && options.readInGroups !== true) return false;
      const message = (event as { message?: { contentProvider?: { type?: unknown } } }).message;
      return message?.contentProvider?.type === 'line' && typeof chatIdOf(event) === 'string';
    },

    async read(event, incoming, log) {
      const started = nowMs();
      const message = (event as { message?: { id?: unknown; quoteToken?: unknown; imageSet?: { id?: unknown; index?: unknown; total?: unknown } } }).message;
      const group = incoming.chat !== 'user';
      const set = imageSetOf(message?.imageSet);
      const messageId = typeof message?.id === 'string' ? message.id : '';
      // The animation shows until the answer arrives (or for as long as it asks); LINE has it for one-to-one chats only.
      if (!group) void options.line.startLoading(chatIdOf(event)!, loadingSecondsFor(options.readTimeoutMs + (set ? options.setWaitMs : 0)), log);
      const fetched = await fetchMessageContent(messageId, {
        dataBaseUrl: options.dataBaseUrl,
        channelAccessToken: options.channelAccessToken,
        maxBytes: options.maxBytes,
        timeoutMs: options.fetchTimeoutMs,
      });
      if (!fetched.ok) {
        log.warn({ reason: fetched.reason, status: fetched.status, lineRequestId: fetched.requestId }, 'image content could not be fetched');
        return unanswered(incoming, fetched.reason === 'too_large' ? 'too_large' : 'unreadable', log);
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
      const result = await options.pool.read(images, nowMs() + options.readTimeoutMs * images.length, group ? 'low' : 'normal');
      const ms = nowMs() - started;
      if (result.kind === 'busy') {
        log.warn({ images: images.length, chat: incoming.chat, ...options.pool.load() }, group ? 'image reader busy: group image not read' : 'image reader busy: asked for text instead');
        return unanswered(incoming, 'busy', log);
      }
      if (result.kind === 'failed') {
        log.error({ err: result.error }, 'image reading failed');
        return unanswered(incoming, 'unreadable', log);
      }
      log.info({ images: images.length, ms, chat: incoming.chat, reads: result.reads.map(readSummary) }, 'image read');
      const read = incomingFromReads(incoming, result.reads, options.lowConfidence);
      if (read.kind === 'media') return unanswered(read, read.imageProblem ?? 'no_text', log);
      // In a group the answer quotes the image (ImageMessageContent.quoteToken), as it quotes a typed message.
      const quoteToken = typeof message?.quoteToken === 'string' && message.quoteToken !== '' ? message.quoteToken : null;
      return group ? { ...read, quoteToken } : read;
    },

    async send(event, replyToken, messages, receivedAtMs, log) {
      // No messages: nothing to say (in a group, the group rule chose silence) — never a push either.
      if (messages.length === 0) return;
      const chatId = chatIdOf(event);
      const late = nowMs() - receivedAtMs > options.replyWindowMs;
      if (replyToken && !late) {
        const sent = await options.sender.reply(replyToken, messages, { policy: options.retryPolicy, log });
        if (sent.ok || sent.status !== 400 || !chatId) return;
        log.warn({ status: sent.status }, 'reply token refused: pushing the answer instead');
      }
      if (!chatId) return;
      // To the user, or to the group or room itself (push's `to` takes any of the three IDs).
      const pushed = await options.line.push(chatId, messages, log);
      log.info({ ok: pushed.ok, attempts: pushed.attempts, late }, 'image answer pushed (counts against the monthly message quota)');
    },
  };
}

/**
 * The chat an answer goes to: the user in a one-to-one chat, the group or room ID in a group
 * or room (never the member who sent it). A raw LINE ID: never logged.
 */
function chatIdOf(event: webhook.Event): string | undefined {
  const source = (event as { source?: { type?: unknown; userId?: unknown; groupId?: unknown; roomId?: unknown } }).source;
  const id = source?.type === 'group' ? source.groupId : source?.type === 'room' ? source.roomId : source?.userId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function imageSetOf(raw: { id?: unknown; index?: unknown; total?: unknown } | undefined): { id: string; index: number; total: number } | null {
  if (!raw || typeof raw.id !== 'string' || raw.id === '') return null;
  const index = Number(raw.index);
  const total = Number(raw.total);
  if (!Number.isInteger(index) || !Number.isInteger(total) || total < 2 || index < 1 || index > total) return null;
  return { id: raw.id, index, total: Math.min(total, 20) };
}

/** An image that gets no answer to its text. One-to-one: the reply says why; a group or room stays silent (decide() gives group media no reply), and this line says so. */
function unanswered(incoming: IncomingMedia, imageProblem: ImageProblem, log: Logger): IncomingMedia {
  if (incoming.chat !== 'user') log.info({ chat: incoming.chat, problem: imageProblem }, 'group image not answered: staying silent');
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
