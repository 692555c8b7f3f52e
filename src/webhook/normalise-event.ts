import type { webhook } from '@line/bot-sdk';
import type { Incoming } from '../pipeline/incoming.ts';

/** Message types the bot cannot read; the reply asks for text or a forwarded message. */
const MEDIA_TYPES = new Set(['sticker', 'image', 'video', 'audio', 'location', 'file']);

/**
 * One LINE webhook event → {@link Incoming}. Never throws on unknown or partial shapes:
 * anything unexpected becomes `ignored` (logged, no reply).
 */
export function normaliseEvent(event: webhook.Event, hashUserId: (id: string) => string): Incoming {
  const raw = event as unknown as Record<string, unknown>;
  const source = raw['source'] as { userId?: unknown } | undefined;
  const userId = typeof source?.userId === 'string' ? source.userId : null;
  const delivery = raw['deliveryContext'] as { isRedelivery?: unknown } | undefined;
  const replyToken = typeof raw['replyToken'] === 'string' ? (raw['replyToken'] as string) : null;
  const timestamp = typeof raw['timestamp'] === 'number' ? (raw['timestamp'] as number) : Date.now();
  const base = {
    eventId: typeof raw['webhookEventId'] === 'string' ? (raw['webhookEventId'] as string) : '',
    replyToken,
    userKey: userId ? hashUserId(userId) : null,
    at: new Date(timestamp),
    isRedelivery: delivery?.isRedelivery === true,
  };
  const type = typeof raw['type'] === 'string' ? (raw['type'] as string) : 'unknown';

  if (type === 'message') {
    const message = raw['message'] as { type?: unknown; text?: unknown } | undefined;
    const messageType = typeof message?.type === 'string' ? message.type : 'unknown';
    if (messageType === 'text' && typeof message?.text === 'string') {
      // JSON may carry lone surrogates ("\ud800"); they become U+FFFD so nothing downstream trips on them.
      return { ...base, kind: 'text', text: message.text.toWellFormed() };
    }
    if (MEDIA_TYPES.has(messageType)) return { ...base, kind: 'media', mediaType: messageType };
    return { ...base, kind: 'ignored', eventType: `message.${messageType}` };
  }
  if (type === 'postback') {
    const postback = raw['postback'] as { data?: unknown } | undefined;
    if (typeof postback?.data === 'string') return { ...base, kind: 'postback', data: postback.data.toWellFormed() };
    return { ...base, kind: 'ignored', eventType: 'postback' };
  }
  if (type === 'follow') return { ...base, kind: 'follow' };
  return { ...base, kind: 'ignored', eventType: type };
}
