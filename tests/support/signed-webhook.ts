import { createHmac } from 'node:crypto';

export const TEST_CHANNEL_SECRET = 'test-channel-secret-0123456789abcdef';
export const TEST_ACCESS_TOKEN = 'test-access-token-abcdefghijklmnopqrstuvwxyz';

/** LINE's signature: base64(HMAC-SHA256(channel secret, raw body)). */
export function sign(body: string | Buffer, secret = TEST_CHANNEL_SECRET): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

let counter = 0;

/** A webhook body for the given events (destination as LINE sends it). */
export function callbackBody(events: object[]): string {
  return JSON.stringify({ destination: 'U0123456789abcdef0123456789abcdef', events });
}

const base = () => ({
  webhookEventId: `01HTESTEVENT${String(++counter).padStart(14, '0')}`,
  deliveryContext: { isRedelivery: false },
  timestamp: 1_795_000_000_000,
  mode: 'active',
  source: { type: 'user', userId: 'U4af4980629aaaaaaaaaaaaaaaaaaaaaa' },
});

export function textEvent(text: string, replyToken = `reply-${counter + 1}`): Record<string, unknown> {
  return {
    ...base(),
    type: 'message',
    replyToken,
    message: { id: String(100000 + counter), type: 'text', quoteToken: 'quote-token', text },
  };
}

export function postbackEvent(data: string, replyToken = `reply-pb-${counter + 1}`): Record<string, unknown> {
  return { ...base(), type: 'postback', replyToken, postback: { data } };
}

export function followEvent(replyToken = `reply-follow-${counter + 1}`): Record<string, unknown> {
  return { ...base(), type: 'follow', replyToken, follow: { isUnblocked: false } };
}

export function stickerEvent(replyToken = `reply-sticker-${counter + 1}`): Record<string, unknown> {
  return {
    ...base(),
    type: 'message',
    replyToken,
    message: { id: String(200000 + counter), type: 'sticker', packageId: '446', stickerId: '1988', stickerResourceType: 'STATIC', quoteToken: 'q' },
  };
}

export function unfollowEvent(): Record<string, unknown> {
  return { ...base(), type: 'unfollow' };
}

/** Where an event happened: LINE's `source` for a group (or room) with a member's user ID. */
export type ChatSource = { type: 'group'; groupId: string; userId?: string } | { type: 'room'; roomId: string; userId?: string };

export const FAMILY_GROUP: ChatSource = { type: 'group', groupId: 'C0123456789abcdef0123456789abcdef', userId: 'U4af4980629bbbbbbbbbbbbbbbbbbbbbb' };

/** The bot's own user ID as LINE shows it in mentions (isSelf marks it). */
const BOT_USER_ID = 'U0123456789abcdef0123456789abcdef';

/**
 * A text message in a group or room. `mention` puts "@<name> " at the start of the text and
 * marks it as the bot (isSelf) or another member.
 */
export function groupTextEvent(
  text: string,
  options: { source?: ChatSource; replyToken?: string; mention?: { name: string; isSelf: boolean } | 'all' } = {},
): Record<string, unknown> {
  const event = textEvent(text, options.replyToken ?? `reply-group-${counter + 1}`);
  event['source'] = options.source ?? FAMILY_GROUP;
  const message = event['message'] as Record<string, unknown>;
  if (options.mention === 'all') {
    message['text'] = `@All ${text}`;
    message['mention'] = { mentionees: [{ index: 0, length: 4, type: 'all' }] };
  } else if (options.mention) {
    const tag = `@${options.mention.name}`;
    message['text'] = `${tag} ${text}`;
    const mentionee = options.mention.isSelf
      ? { index: 0, length: tag.length, type: 'user', userId: BOT_USER_ID, isSelf: true }
      : { index: 0, length: tag.length, type: 'user', userId: 'U4af4980629cccccccccccccccccccccc', isSelf: false };
    message['mention'] = { mentionees: [mentionee] };
  }
  return event;
}

/** The account was added to a group. */
export function joinEvent(source: ChatSource = FAMILY_GROUP, replyToken = `reply-join-${counter + 1}`): Record<string, unknown> {
  const { userId: _member, ...group } = source;
  return { ...base(), type: 'join', replyToken, source: group };
}

/** An event moved into a group or room (a sticker sent in the family group, a postback tapped there). */
export function inChat<E extends Record<string, unknown>>(event: E, source: ChatSource = FAMILY_GROUP): E {
  return { ...event, source };
}

/** Who an event came from: a one-to-one user, or a group or room. */
export type EventSource = ChatSource | { type: 'user'; userId: string };

export interface ImageEventOptions {
  source?: EventSource;
  replyToken?: string;
  imageSet?: { id: string; index: number; total: number };
  /** `contentProvider.type`: `line` (the bytes are fetched from LINE) unless given. */
  provider?: string;
}

/** An image message (`quote-<messageId>` as its quote token), one-to-one unless `source` says otherwise. */
export function imageEvent(messageId: string, options: ImageEventOptions = {}): Record<string, unknown> {
  const event = base();
  return {
    ...event,
    source: options.source ?? event.source,
    type: 'message',
    replyToken: options.replyToken ?? `reply-image-${counter}`,
    message: {
      id: messageId,
      type: 'image',
      quoteToken: `quote-${messageId}`,
      contentProvider: { type: options.provider ?? 'line' },
      ...(options.imageSet ? { imageSet: options.imageSet } : {}),
    },
  };
}
