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
