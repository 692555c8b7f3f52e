import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Incoming } from '../incoming/incoming.ts';

/** When the event happens: an ISO-8601 instant with an offset (the page sends Asia/Tokyo, +09:00). */
const At = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 instant with an offset, e.g. 2026-12-30T21:00:00+09:00' }).optional();

/**
 * Where the simulated message is sent: the one-to-one chat with the account (the default) or a
 * family group, where the bot stays quiet unless @mentioned or the message is a confident scam match.
 */
/** Largest image the page may send: 8 MB, as base64 (4 characters per 3 bytes). */
export const SIMULATOR_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const SIMULATOR_IMAGE_MAX_BASE64 = Math.ceil(SIMULATOR_IMAGE_MAX_BYTES / 3) * 4;

const Chat = z.enum(['user', 'group'], { message: 'must be "user" or "group"' }).optional();

/**
 * What the simulator page sends for one user action: a typed or pasted text (also the text of a
 * message action), a postback (button, quick reply, rich menu), "add as friend" or "add to a group".
 * `mention` is the text @mentioning the bot (the mention itself is not part of `text`, as the
 * webhook's normaliser cuts it out); it only counts in a group, as LINE has no mentions in a
 * one-to-one chat. Limits follow LINE's: 5,000 characters per text message, 300 per postback data.
 */
export const SimulatorEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    text: z.string().min(1, 'text must not be empty').max(5000),
    chat: Chat,
    mention: z.boolean({ message: 'must be true or false' }).optional(),
    at: At,
  }),
  z.strictObject({ type: z.literal('postback'), data: z.string().min(1, 'data must not be empty').max(300), chat: Chat, at: At }),
  // An image attached on the page (file picker, paste, drag and drop): its bytes in base64, read as the webhook reads LINE's images.
  z.strictObject({
    type: z.literal('image'),
    image: z.base64('must be the image bytes in base64').min(1, 'image must not be empty').max(SIMULATOR_IMAGE_MAX_BASE64, 'image is too large (at most 8 MB)'),
    chat: Chat,
    at: At,
  }),
  z.strictObject({ type: z.literal('follow'), at: At }),
  z.strictObject({ type: z.literal('join'), at: At }),
]);

export type SimulatorEvent = z.infer<typeof SimulatorEventSchema>;


/** The user key every simulator event carries (there is no LINE user behind the page). */
export const SIMULATOR_USER_KEY = 'simulator';

/** A simulator event → the same {@link Incoming} the webhook's normaliser builds, at instant `at`. */
export function incomingFromSimulator(event: SimulatorEvent, at: Date): Incoming {
  const base = {
    eventId: `simulator-${randomUUID()}`,
    replyToken: null,
    userKey: SIMULATOR_USER_KEY,
    at,
    isRedelivery: false,
  };
  switch (event.type) {
    case 'text': {
      const chat = event.chat ?? 'user';
      // A quote token as LINE gives one for each text message (the page shows the quoted message above the bot's reply).
      return { ...base, chat, kind: 'text', text: event.text, mentionsBot: chat === 'group' && event.mention === true, quoteToken: `simulator-quote-${randomUUID()}` };
    }
    case 'postback':
      return { ...base, chat: event.chat ?? 'user', kind: 'postback', data: event.data };
    case 'image':
      // Read by the plugin (src/simulator/simulator-image.ts) before the pipeline; as is, an image the bot does not read.
      return { ...base, chat: event.chat ?? 'user', kind: 'media', mediaType: 'image' };
    case 'follow':
      return { ...base, chat: 'user', kind: 'follow' };
    case 'join':
      return { ...base, chat: 'group', kind: 'join' };
  }
}

/** One line per problem, naming the field: `text: must not be empty`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
