import type { IncomingPostback, IncomingText } from '../incoming/incoming.ts';
import { formatPostback } from '../postback/postback.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { respond, type Reply } from './pipeline.ts';

/** The flag on an event's log line when its text was not classified in time (CLASSIFY_DEADLINE_MS). */
export const CLASSIFY_DEADLINE_FLAG = 'classify_deadline';

/**
 * The answer to a text whose classification passed its deadline (or whose worker died on it):
 * what a resident gets from the 「詐欺かも？」 button, the first question of the guided check,
 * so they can go on with a few taps, without typing, to an answer with the right contacts.
 * Its words are the guided check's (data/replies/guided-check.yaml). In a group, as for any
 * text nobody could read, the bot speaks only when it was @mentioned.
 */
export function pastDeadlineReply(incoming: IncomingText, runtime: Runtime, now: Date): Reply {
  const speaks = incoming.chat === 'user' || incoming.mentionsBot;
  const startCheck: IncomingPostback = {
    kind: 'postback',
    data: formatPostback({ kind: 'check', state: null }),
    eventId: incoming.eventId,
    replyToken: incoming.replyToken,
    userKey: incoming.userKey,
    at: incoming.at,
    isRedelivery: incoming.isRedelivery,
    chat: incoming.chat,
  };
  const reply = speaks ? respond(startCheck, runtime, now) : null;
  return {
    messages: reply?.messages ?? [],
    summary: { kind: 'text', decision: reply?.summary.decision ?? null, intent: null, confidence: null, flags: [CLASSIFY_DEADLINE_FLAG], redFlags: [] },
  };
}
