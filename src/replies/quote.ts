import type { messagingApi } from '@line/bot-sdk';

/** Message types LINE lets quote another message (`quoteToken`): text, text v2 and stickers; not flex. */
const QUOTING_TYPES: ReadonlySet<string> = new Set(['text', 'textV2', 'sticker']);

/**
 * The reply with its first message that can quote (a text message) quoting the resident's
 * message (`quoteToken` from the webhook), so everyone in a group sees which message it is
 * about. Returns new objects: rendered replies are shared and frozen. Unchanged when no
 * message can quote.
 */
export function quoting(messages: readonly messagingApi.Message[], quoteToken: string): readonly messagingApi.Message[] {
  const i = messages.findIndex((m) => QUOTING_TYPES.has(m.type));
  if (i < 0) return messages;
  const out = [...messages];
  out[i] = { ...messages[i]!, quoteToken } as messagingApi.Message;
  return out;
}
