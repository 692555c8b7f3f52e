import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Incoming } from '../pipeline/incoming.ts';

/** When the event happens: an ISO-8601 instant with an offset (the page sends Asia/Tokyo, +09:00). */
const At = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 instant with an offset, e.g. 2026-12-30T21:00:00+09:00' }).optional();

/**
 * What the simulator page sends for one user action: a typed or pasted text (also the text of a
 * message action), a postback (button, quick reply, rich menu) or "add as friend".
 * Limits follow LINE's: 5,000 characters per text message, 300 per postback data.
 */
export const SimulatorEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1, 'text must not be empty').max(5000), at: At }),
  z.strictObject({ type: z.literal('postback'), data: z.string().min(1, 'data must not be empty').max(300), at: At }),
  z.strictObject({ type: z.literal('follow'), at: At }),
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
    chat: 'user' as const,
  };
  switch (event.type) {
    case 'text':
      return { ...base, kind: 'text', text: event.text, mentionsBot: false };
    case 'postback':
      return { ...base, kind: 'postback', data: event.data };
    case 'follow':
      return { ...base, kind: 'follow' };
  }
}

/** One line per problem, naming the field: `text: must not be empty`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
