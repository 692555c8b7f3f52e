import type { Incoming } from '../pipeline/incoming.ts';
import type { Classification } from '../nlu/classification.ts';
import { OUT_OF_SCOPE, isIntentId, type IntentId } from '../nlu/intent-ids.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { planContacts } from './contact-plan.ts';
import type { AnswerDecision, Decision, MenuDecision, Warning } from './decision.ts';
import { MAIN_MENU, parsePostback } from './postback.ts';
import { urgentSituation } from './urgent-situation.ts';
import { warningSigns } from './warning-signs.ts';

export type { Decision } from './decision.ts';

/** What decide reads: the event, its classification (text only), the clock and the loaded data. */
export interface DecideInput {
  incoming: Incoming;
  classification: Classification | null;
  now: Date;
  knowledge: Knowledge;
}

/**
 * (event, classification, clock, data) → what to say; null means no reply (`ignored` events).
 * Pure: the same input always gives the same decision.
 */
export function decide(input: DecideInput): Decision | null {
  const { incoming, classification, now, knowledge } = input;
  switch (incoming.kind) {
    case 'text':
      return answerToMessage(incoming.text, classification, now, knowledge);
    case 'postback':
      return decidePostback(incoming.data, now, knowledge);
    case 'follow':
      return { kind: 'welcome' };
    case 'media':
      return { kind: 'media', mediaType: incoming.mediaType };
    case 'ignored':
      return null;
  }
}

function answerToMessage(text: string, classification: Classification | null, now: Date, knowledge: Knowledge): AnswerDecision {
  const intent: IntentId = classification && isIntentId(classification.intent) ? classification.intent : OUT_OF_SCOPE;
  const flags = classification?.flags ?? [];
  const urgent = flags.includes('urgent');
  const warnings: Warning[] = [];
  if (flags.includes('contains_my_number')) warnings.push({ kind: 'contains_my_number' });
  if (urgent) warnings.push({ kind: 'urgent', situation: urgentSituation(text, knowledge.replies.urgency) });
  const answer = answerFor(intent, 'message', urgent, now, knowledge);
  return { ...answer, warnings, redFlags: warningSigns(classification?.redFlags ?? [], answer.verdict) };
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
    askFeedback: content.verdict !== 'meta',
    at: now,
  };
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
  }
}
