import type { Classification } from '../nlu/classification.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import { codePointLength } from '../nlu/normalise-text.ts';
import { CHECK_STEPS, type CheckStep, type GuidedCheck } from '../content/guided-check-schema.ts';
import type { CheckState } from '../postback/postback.ts';
import { epochMinutes } from '../hours/jst.ts';

/**
 * The guided check's logic, as pure functions of the state carried in postback data and the
 * loaded guided-check.yaml: which question comes next, which intent a finished check means,
 * what a resident's own words already answer, and whether a message should start a check.
 */

/** Allowed clock skew for a check's start time in the future (a tampered or foreign postback beyond it is refused). */
const FUTURE_SKEW_MINUTES = 5;

/** What a postback's state is worth now: usable, too old, or not made by this bot. */
export type StateVerdict = 'ok' | 'expired' | 'invalid';

/** Whether every answer names an option of its question and the start time is plausible at `now`. */
export function judgeState(state: CheckState, check: GuidedCheck, now: Date): StateVerdict {
  for (const step of CHECK_STEPS) {
    const id = state.answers[step];
    if (id !== undefined && !check.questions[step].options.some((o) => o.id === id)) return 'invalid';
  }
  const age = epochMinutes(now) - state.startedAt;
  if (age < -FUTURE_SKEW_MINUTES) return 'invalid';
  return age > check.expiresAfterMinutes ? 'expired' : 'ok';
}

/** True when the `what` answer is an option that asked for nothing (so 「もう渡しましたか？」 is not asked). */
function nothingAsked(answers: CheckState['answers'], check: GuidedCheck): boolean {
  const what = answers.what;
  return what !== undefined && check.questions.what.options.some((o) => o.id === what && o.nothingAsked);
}

/** The questions still to ask, in order: the unanswered ones, without 「もう渡しましたか？」 when nothing was asked for. */
function remainingSteps(answers: CheckState['answers'], check: GuidedCheck): CheckStep[] {
  return CHECK_STEPS.filter((step) => answers[step] === undefined && !(step === 'handed' && nothingAsked(answers, check)));
}

/** The next question to ask, or null when the check is finished. */
export function nextStep(answers: CheckState['answers'], check: GuidedCheck): CheckStep | null {
  return remainingSteps(answers, check)[0] ?? null;
}

/** How many questions are still to come, counting 「もう渡しましたか？」 unless nothing was asked for. */
export function questionsLeft(answers: CheckState['answers'], check: GuidedCheck): number {
  return remainingSteps(answers, check).length;
}

/** The intent of a finished check: the first rule whose `when` matches (the last rule always does). */
export function checkIntent(answers: CheckState['answers'], check: GuidedCheck): IntentId {
  for (const rule of check.rules) {
    const matches = Object.entries(rule.when).every(([step, ids]) => {
      const answer = answers[step as CheckStep];
      return answer !== undefined && (ids as readonly string[]).includes(answer);
    });
    if (matches) return rule.intent;
  }
  // Unreachable with validated data (the last rule has no `when`); kept total for the type.
  return check.rules[check.rules.length - 1]!.intent;
}

/** True when `handed` was answered with the first option (「はい、してしまった」): lead with stopping the money. */
export function handedOver(answers: CheckState['answers'], check: GuidedCheck): boolean {
  return answers.handed !== undefined && answers.handed === check.questions.handed.options[0]?.id;
}

/** The questions a resident's own words (folded: see foldText) already answer: for each, the option with the longest matching word. */
export function answersInText(folded: string, check: GuidedCheck): CheckState['answers'] {
  const answers: CheckState['answers'] = {};
  for (const step of CHECK_STEPS) {
    let best: { id: string; length: number } | null = null;
    for (const option of check.questions[step].options) {
      const word = option.words.find((w) => folded.includes(w));
      if (word && (!best || word.length > best.length)) best = { id: option.id, length: word.length };
    }
    if (best) answers[step] = best.id;
  }
  return answers;
}

/**
 * Whether a one-to-one message (`text`, and `folded` by foldText) has too little to go on, so
 * the check should start (with what the message already says filled in) instead of a direct answer. See guided-check.yaml
 * `startFromText` for the rule in words.
 */
export function startsCheck(
  text: string,
  folded: string,
  classification: Classification | null,
  answers: CheckState['answers'],
  check: GuidedCheck,
): boolean {
  const rule = check.startFromText;
  if (!classification) return false;
  if (codePointLength(text.trim()) > rule.maxChars) return false;
  if (classification.flags.length > 0) return false;
  if (classification.redFlags.some((f) => f.kind === 'link' || f.kind === 'phone')) return false;
  const intent = classification.intent;
  const scam = intent.startsWith('scam.');
  if (!scam && !rule.intents.has(intent as IntentId)) return false;
  const suspicious = rule.triggers.some((t) => folded.includes(t));
  // Outside scam.* only words of suspicion count: 「メールの送り方」 is not a report of a scam mail.
  if (!suspicious && (!scam || Object.keys(answers).length === 0)) return false;
  const unsure = classification.confidence < rule.minConfidence;
  if (answers.what !== undefined && !unsure) return false;
  const vagueWho = answers.who === undefined || check.questions.who.options.some((o) => o.id === answers.who && o.vague);
  return unsure || vagueWho || answers.how === undefined;
}
