import type { Classification, RedFlag } from '../nlu/classification.ts';
import { OUT_OF_SCOPE, isIntentId, isScamIntent, type IntentId } from '../nlu/intent-ids.ts';
import type { IncomingText } from '../incoming/incoming.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { codePointLength, foldText } from '../nlu/normalise-text.ts';
import { planContacts } from './contact-plan.ts';
import type { Decision, GroupAnswerDecision } from './decision.ts';
import { urgentSituation } from './urgent-situation.ts';

/**
 * What the bot does with a text in a group or room: nothing, unless it is @mentioned, the
 * message carries the `urgent` flag (the scammer is there or coming now, money is going: it
 * always speaks, with 110 first), or the message is a confident scam match (groups.yaml
 * `watch`). Chit-chat and short messages never trigger it, whatever the classifier says.
 */
export function decideInGroup(incoming: IncomingText, classification: Classification | null, now: Date, knowledge: Knowledge): Decision | null {
  const intent = classification && isIntentId(classification.intent) ? classification.intent : OUT_OF_SCOPE;
  if (incoming.mentionsBot) {
    if (!classification || intent.startsWith('meta.') || incoming.text.trim() === '') return { kind: 'group_notice', notice: 'mention_help' };
    return groupAnswer(incoming.text, classification, topAnswerable(classification), now, knowledge);
  }
  if (!classification) return null;
  if (!classification.flags.includes('urgent') && !isConfidentScamMatch(incoming.text, classification, knowledge)) return null;
  return groupAnswer(incoming.text, classification, classification.intent as IntentId, now, knowledge);
}

/** The classifier's intent, or when that is conversation, the best-ranked intent that is not. */
function topAnswerable(classification: Classification): IntentId {
  const best = [classification.intent, ...classification.ranking.map((r) => r.intent)].find((i) => isIntentId(i) && !i.startsWith('meta.'));
  return best && isIntentId(best) ? best : OUT_OF_SCOPE;
}

/** The kinds of warning sign that count as evidence (a government link does not). */
function evidenceKinds(redFlags: readonly RedFlag[]): Set<string> {
  return new Set(redFlags.filter((f) => !(f.kind === 'link' && f.government)).map((f) => f.kind));
}

/**
 * groups.yaml `watch`: long enough, not a general warning about scams (quietWords), classified as
 * a scam, and at one of the `levels` (confidence and number of kinds of warning sign).
 */
export function isConfidentScamMatch(text: string, classification: Classification, knowledge: Knowledge): boolean {
  const watch = knowledge.replies.groups.watch;
  if (codePointLength(text.trim()) < watch.minChars) return false;
  if (!isScamIntent(classification.intent)) return false;
  const folded = foldText(text);
  if (watch.quietWords.some((w) => folded.includes(w))) return false;
  const evidence = evidenceKinds(classification.redFlags).size;
  const certainty = scamCertainty(classification);
  return watch.levels.some((l) => certainty >= l.minConfidence && evidence >= l.minEvidenceKinds);
}

/**
 * How sure the classifier is that the message is a scam at all — the share of its ranking on scam
 * intents — rather than sure of which scam: whether to speak up does not depend on telling a
 * fake call about the insurance card from a fake call about a refund.
 */
function scamCertainty(classification: Classification): number {
  const share = classification.ranking.filter((r) => isScamIntent(r.intent)).reduce((sum, r) => sum + r.score, 0);
  return Math.max(classification.confidence, share);
}

function groupAnswer(text: string, classification: Classification, intent: IntentId, now: Date, knowledge: Knowledge): GroupAnswerDecision {
  const content = knowledge.replies.intents.get(intent);
  if (!content) throw new Error(`decide: no reply content for intent "${intent}"`);
  const urgent = classification.flags.includes('urgent');
  const plan = planContacts(content.contacts, { intent, urgent }, knowledge, now);
  const callable = plan.contacts.filter((c) => c.contact.numbers.length > 0);
  const contact = callable.find((c) => c.status.open) ?? callable.find((c) => !c.status.known) ?? callable[0] ?? null;
  return {
    kind: 'group_answer',
    contentId: intent,
    verdict: content.verdict,
    urgent: urgent ? urgentSituation(text, knowledge.replies.urgency) : null,
    contact,
    basicId: knowledge.lineBasicId,
    at: now,
  };
}
