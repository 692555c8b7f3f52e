import type { Classification } from '../nlu/classification.ts';
import { isIntentId, type IntentId } from '../nlu/intent-ids.ts';

/**
 * Honest uncertainty (issue #16): when the classifier is unsure, the answer is still the best
 * intent, and the next ones become chips (「ほかの内容でしたら…」) so a resident reaches the right
 * answer in one tap. Measured on the labelled sets (README "The classifier"): answers given with
 * confidence of 0.9 or more were right 99.7 % of the time, those below it about 88 %; and the right
 * intent was among the three best for 99–100 % of messages.
 */

/** Below this calibrated confidence the runner-ups are offered. */
export const UNSURE_BELOW = 0.9;
/** A runner-up needs at least this score to be worth a chip. */
export const MIN_RUNNER_UP_SCORE = 0.03;
/** At most this many runner-up chips (the answer's own chips and 「はい／いいえ」 follow). */
export const MAX_RUNNER_UPS = 2;

/**
 * The intents after `shown` in the ranking that deserve a chip: none when the classifier is sure;
 * never a conversation intent (meta.*: greeting, thanks, help, out of scope), never one without
 * reply content.
 */
export function runnerUps(classification: Classification, shown: IntentId, hasContent: (id: IntentId) => boolean): IntentId[] {
  if (classification.confidence >= UNSURE_BELOW) return [];
  const out: IntentId[] = [];
  for (const r of classification.ranking) {
    if (out.length >= MAX_RUNNER_UPS || r.score < MIN_RUNNER_UP_SCORE) break;
    if (r.intent === shown || !isIntentId(r.intent) || r.intent.startsWith('meta.') || !hasContent(r.intent)) continue;
    out.push(r.intent);
  }
  return out;
}
