import type { webhook } from '@line/bot-sdk';
import type { ChatKind, Incoming } from '../incoming/incoming.ts';

/** Message types the bot cannot read; the reply asks for text or a forwarded message. */
const MEDIA_TYPES = new Set(['sticker', 'image', 'video', 'audio', 'location', 'file']);

/**
 * One LINE webhook event → {@link Incoming}. Never throws on unknown or partial shapes:
 * anything unexpected becomes `ignored` (logged, no reply).
 */
export function normaliseEvent(event: webhook.Event, hashUserId: (id: string) => string): Incoming {
  const raw = event as unknown as Record<string, unknown>;
  const source = raw['source'] as { userId?: unknown; type?: unknown } | undefined;
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
    chat: chatKind(source?.type),
  };
  const type = typeof raw['type'] === 'string' ? (raw['type'] as string) : 'unknown';

  if (type === 'message') {
    const message = raw['message'] as { type?: unknown; text?: unknown; mention?: unknown; quoteToken?: unknown } | undefined;
    const messageType = typeof message?.type === 'string' ? message.type : 'unknown';
    if (messageType === 'text' && typeof message?.text === 'string') {
      const spans = selfMentions(message.mention, message.text.length);
      // JSON may carry lone surrogates ("\ud800"); they become U+FFFD so nothing downstream trips on them.
      const quoteToken = typeof message.quoteToken === 'string' && message.quoteToken !== '' ? message.quoteToken : null;
      return { ...base, kind: 'text', text: withoutSpans(message.text, spans).toWellFormed(), mentionsBot: spans.length > 0, quoteToken };
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
  if (type === 'join') return { ...base, kind: 'join' };
  return { ...base, kind: 'ignored', eventType: type };
}

function chatKind(type: unknown): ChatKind {
  return type === 'group' || type === 'room' ? type : 'user';
}

interface Span {
  index: number;
  length: number;
}

/**
 * Where the text @mentions the bot itself (`mentionees[].isSelf`, LINE's flag for the
 * receiving account). Spans outside the text or malformed are ignored; @All is not the bot.
 */
function selfMentions(mention: unknown, textLength: number): Span[] {
  const mentionees = (mention as { mentionees?: unknown } | undefined)?.mentionees;
  if (!Array.isArray(mentionees)) return [];
  const spans: Span[] = [];
  for (const m of mentionees as Record<string, unknown>[]) {
    if (!m || m['isSelf'] !== true) continue;
    const index = m['index'];
    const length = m['length'];
    if (!Number.isInteger(index) || !Number.isInteger(length)) continue;
    const start = index as number;
    const len = length as number;
    if (start < 0 || len <= 0 || start + len > textLength) continue;
    spans.push({ index: start, length: len });
  }
  return spans.sort((a, b) => a.index - b.index);
}

/** `text` with the spans (UTF-16 offsets, as LINE gives them) cut out and the gaps closed up. */
function withoutSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const s of spans) {
    if (s.index < from) continue;
    out += text.slice(from, s.index);
    from = s.index + s.length;
  }
  return (out + text.slice(from)).replace(/\s+/gu, ' ').trim();
}
