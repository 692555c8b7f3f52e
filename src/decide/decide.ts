import type { Incoming } from '../incoming/incoming.ts';
import type { Classification } from '../nlu/classification.ts';
import { OUT_OF_SCOPE, isIntentId, type IntentId } from '../nlu/intent-ids.ts';
import { foldText } from '../nlu/normalise-text.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { planContacts } from './contact-plan.ts';
import type { AnswerDecision, Decision, MenuDecision, Warning } from './decision.ts';
import { MAIN_MENU, parsePostback, type CheckState } from '../postback/postback.ts';
import { answersInText, checkIntent, handedOver, judgeState, nextStep, questionsLeft, startsCheck } from './guided-check.ts';
import { epochMinutes } from '../hours/jst.ts';
import { runnerUps } from './runner-ups.ts';
import { decideInGroup } from './group-reply.ts';
import { relativeIn } from './family-proxy.ts';
import { urgentSituation } from './urgent-situation.ts';
import { warningSigns } from './warning-signs.ts';
import { activeWarningTexts } from '../local-warnings/local-warning.ts';
import type { CheckResult } from '../checks/check-message.ts';
import { isCheckOnly, summariseChecks } from './check-summary.ts';

export type { Decision } from './decision.ts';

/** What decide reads: the event, its classification (text only), the clock and the loaded data. */
export interface DecideInput {
  incoming: Incoming;
  classification: Classification | null;
  now: Date;
  knowledge: Knowledge;
  /** The number and link check of a text message (the checks stage), or null/absent for none. */
  checks?: CheckResult | null;
}

/**
 * (event, classification, clock, data) → what to say; null means no reply (`ignored` events).
 * Pure: the same input always gives the same decision.
 */
export function decide(input: DecideInput): Decision | null {
  const { incoming, classification, now, knowledge } = input;
  const checks = input.checks ?? null;
  const oneToOne = incoming.chat === 'user';
  switch (incoming.kind) {
    case 'text':
      return oneToOne ? answerToMessage(incoming.text, classification, now, knowledge, checks) : decideInGroup(incoming, classification, now, knowledge);
    case 'postback':
      return decidePostback(incoming.data, now, knowledge);
    case 'follow':
      return { kind: 'welcome' };
    case 'join':
      return { kind: 'group_notice', notice: 'join' };
    case 'media':
      // In a group, stickers and photos are conversation: stay quiet.
      return oneToOne ? { kind: 'media', mediaType: incoming.mediaType, ...(incoming.imageProblem ? { imageProblem: incoming.imageProblem } : {}) } : null;
    case 'ignored':
      return null;
  }
}

/**
 * A one-to-one message: the 「詳しく」 text from a group card → that topic in full; too little to
 * go on → the guided check (with what the message says filled in); otherwise the answer for
 * its intent, phrased for passing on when a relative writes for a parent.
 */
function answerToMessage(text: string, classification: Classification | null, now: Date, knowledge: Knowledge, checks: CheckResult | null): Decision {
  const detail = knowledge.replies.detailRequests.get(text.trim());
  if (detail) return answerFor(detail, 'topic', false, now, knowledge);
  const summary = checks ? summariseChecks(checks, knowledge, now) : null;
  const flagged = (classification?.flags ?? []).some((f) => f === 'urgent' || f === 'contains_my_number');
  // Only a number or a link (「0120-95-0178 本物？」): the check alone, unless a warning must lead.
  if (summary && checks && !flagged && isCheckOnly(checks, knowledge.checkTexts.checkOnlyMaxOtherChars)) return { kind: 'check_only', checks: summary, at: now };
  const check = knowledge.replies.check;
  // Only short messages can start a check: skip reading a forwarded 1,000-character SMS for answers.
  if (text.length <= 2 * check.startFromText.maxChars) {
    const folded = foldText(text);
    const known = answersInText(folded, check);
    if (startsCheck(text, folded, classification, known, check)) return checkStep({ answers: known, startedAt: epochMinutes(now) }, now, knowledge, true);
  }
  const intent: IntentId = classification && isIntentId(classification.intent) ? classification.intent : OUT_OF_SCOPE;
  const flags = classification?.flags ?? [];
  const urgent = flags.includes('urgent');
  const warnings: Warning[] = [];
  if (flags.includes('contains_my_number')) warnings.push({ kind: 'contains_my_number' });
  if (urgent) warnings.push({ kind: 'urgent', situation: urgentSituation(text, knowledge.replies.urgency) });
  const answer = answerFor(intent, 'message', urgent, now, knowledge);
  const forFamily = answer.verdict === 'meta' ? null : relativeIn(text, knowledge.replies.family);
  const abroad = summary?.abroad;
  const contacts = abroad && !answer.contacts.some((c) => c.contact.id === abroad.contact.id) ? [...answer.contacts, abroad] : answer.contacts;
  const alternatives = classification ? runnerUps(classification, intent, (id) => knowledge.replies.intents.has(id)) : [];
  return {
    ...answer,
    warnings,
    redFlags: warningSigns(classification?.redFlags ?? [], answer.verdict),
    source: (classification?.redFlags ?? []).some((f) => f.kind === 'link') ? 'forwarded' : 'told',
    forFamily,
    askFeedback: answer.askFeedback && forFamily === null,
    checks: summary,
    contacts,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/** The next question of a check, or its answer when every question needed is answered. */
function checkStep(state: CheckState, now: Date, knowledge: Knowledge, first: boolean): Decision {
  const check = knowledge.replies.check;
  const step = nextStep(state.answers, check);
  if (step) return { kind: 'check_question', step, state, left: questionsLeft(state.answers, check), first };
  const paid = handedOver(state.answers, check);
  const answer = answerFor(checkIntent(state.answers, check), 'check', paid, now, knowledge);
  return paid ? { ...answer, warnings: [{ kind: 'urgent', situation: 'paid' }] } : answer;
}

function decideCheckPostback(state: CheckState | null, now: Date, knowledge: Knowledge): Decision {
  if (!state) return checkStep({ answers: {}, startedAt: epochMinutes(now) }, now, knowledge, true);
  switch (judgeState(state, knowledge.replies.check, now)) {
    case 'ok':
      return checkStep(state, now, knowledge, false);
    case 'expired':
      return { kind: 'check_expired' };
    case 'invalid':
      return { kind: 'menu', menuId: MAIN_MENU, reason: 'unknown_postback' };
  }
}

/** The answer for an intent without anything from a message (a topic chosen from a menu or chip). */
export function answerFor(intent: IntentId, origin: AnswerDecision['origin'], urgent: boolean, now: Date, knowledge: Knowledge): AnswerDecision {
  const content = knowledge.replies.intents.get(intent);
  if (!content) throw new Error(`decide: no reply content for intent "${intent}"`);
  const plan = planContacts(content.contacts, { intent, urgent }, knowledge, now);
  return {
    kind: 'answer',
    contentId: intent,
    verdict: content.verdict,
    origin,
    warnings: [],
    redFlags: [],
    contacts: plan.contacts,
    askCityOffice: plan.askCityOffice,
    nothingOpen: plan.nothingOpen,
    askFeedback: content.verdict !== 'meta',
    at: now,
    forFamily: null,
    checks: null,
    ...localWarningsFor(intent, now, knowledge),
  };
}

/** The operator's local warnings for this scenario that are still in force (none: no field, so decisions without any stay as they were). */
function localWarningsFor(intent: IntentId, now: Date, knowledge: Knowledge): Pick<AnswerDecision, 'localWarnings'> {
  const texts = activeWarningTexts(knowledge.localWarnings, intent, now);
  return texts.length > 0 ? { localWarnings: texts } : {};
}

function decidePostback(data: string, now: Date, knowledge: Knowledge): Decision {
  const postback = parsePostback(data);
  const unknown: MenuDecision = { kind: 'menu', menuId: MAIN_MENU, reason: 'unknown_postback' };
  if (!postback) return unknown;
  switch (postback.kind) {
    case 'topic':
      return answerFor(postback.intent, 'topic', false, now, knowledge);
    case 'menu':
      return knowledge.replies.menus.has(postback.menu) ? { kind: 'menu', menuId: postback.menu, reason: 'chosen' } : unknown;
    case 'guide':
      return knowledge.replies.guides.has(postback.guide) ? { kind: 'guide', guideId: postback.guide } : unknown;
    case 'feedback':
      return { kind: 'feedback', helpful: postback.helpful, contentId: postback.intent };
    case 'check':
      return decideCheckPostback(postback.state, now, knowledge);
  }
}
