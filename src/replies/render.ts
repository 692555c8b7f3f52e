import type { messagingApi } from '@line/bot-sdk';
import type { CheckOnlyDecision, Decision, FeedbackDecision, GuideDecision, MediaDecision, MenuDecision } from '../decide/decision.ts';
import { numberLinkAltText, numberLinkBubble } from './number-link-card.ts';
import { contactBubble } from './contact-bubble.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { LIMITS, flexMessage, textMessage } from './flex-components.ts';
import { menuBubble } from './menu-bubble.ts';
import { menuButtons, topicButton, type MenuButton } from './menu-buttons.ts';
import { noticeBubble } from './notice-bubble.ts';
import { quickReply, withQuickReply } from './quick-replies.ts';
import { mainMenuButton, renderAnswer } from './render-answer.ts';
import { MAIN_MENU, formatPostback } from '../postback/postback.ts';
import { renderCheckExpired, renderCheckQuestion } from './check-card.ts';
import { renderGroupAnswer, renderGroupNotice } from './group-card.ts';
import { renderImageProblem } from './image-replies.ts';

/** The guide offered with the media reply (how to forward a message as text). */
const FORWARD_GUIDE = 'forward';
/** The guide that asks for a number or link to check (menus.yaml `guides`). */
const CHECK_GUIDE = 'check_number_link';
/** The topic offered after a "not helpful" feedback. */
const CONTACTS_TOPIC = 'faq.contacts';

/**
 * Decision → LINE messages (at most 5). Pure: every word comes from `knowledge` (data/replies,
 * data/hours-text.yaml, the contacts), every instant from the decision.
 */
export function render(decision: Decision, knowledge: Knowledge): messagingApi.Message[] {
  const messages = renderAll(decision, knowledge);
  return messages.slice(0, LIMITS.messages);
}

function renderAll(decision: Decision, knowledge: Knowledge): messagingApi.Message[] {
  const { texts } = knowledge.replies;
  switch (decision.kind) {
    case 'answer':
      return renderAnswer(decision, knowledge);
    case 'welcome': {
      const bubble = noticeBubble({ title: texts.welcome.title, lines: texts.welcome.lines });
      return [withQuickReply(flexMessage(texts.welcome.title, [bubble]), quickReply(menuButtons(MAIN_MENU, knowledge.replies)))];
    }
    case 'media':
      return [decision.imageProblem ? renderImageProblem(decision.imageProblem, knowledge) : renderMedia(decision, knowledge)];
    case 'menu':
      return [renderMenu(decision, knowledge)];
    case 'guide':
      return [renderGuide(decision, knowledge)];
    case 'feedback':
      return [renderFeedback(decision, knowledge)];
    case 'rate_limited':
      return [textMessage(texts.rateLimited)];
    case 'check_question':
      return [renderCheckQuestion(decision, knowledge)];
    case 'check_expired':
      return [renderCheckExpired(decision, knowledge)];
    case 'check_only':
      return [renderCheckOnly(decision, knowledge)];
    case 'group_answer':
      return renderGroupAnswer(decision, knowledge);
    case 'group_notice':
      return [renderGroupNotice(decision, knowledge)];
  }
}

function renderMedia(decision: MediaDecision, knowledge: Knowledge): messagingApi.Message {
  const { media } = knowledge.replies.texts;
  const first = (media.byType as Record<string, string | undefined>)[decision.mediaType];
  const bubble = noticeBubble({ title: media.title, lines: first ? [first, ...media.lines.slice(1)] : media.lines });
  const chips: MenuButton[] = [guideButton(FORWARD_GUIDE, knowledge), topicButton('meta.help', knowledge.replies), mainMenuButton(knowledge)];
  return withQuickReply(flexMessage(media.title, [bubble]), quickReply(chips.filter((c) => c.label !== '')));
}

function renderMenu(decision: MenuDecision, knowledge: Knowledge): messagingApi.Message {
  const menu = knowledge.replies.menus.get(decision.menuId) ?? knowledge.replies.menus.get(MAIN_MENU);
  if (!menu) throw new Error('render: no main menu');
  const notice = decision.reason === 'unknown_postback' ? knowledge.replies.texts.unknownPostback : null;
  const buttons = menuButtons(knowledge.replies.menus.has(decision.menuId) ? decision.menuId : MAIN_MENU, knowledge.replies);
  const message = flexMessage(notice ? `${notice} ${menu.title}` : menu.title, [menuBubble(menu, buttons, notice)]);
  return decision.menuId === MAIN_MENU ? message : withQuickReply(message, quickReply([mainMenuButton(knowledge)]));
}

function renderGuide(decision: GuideDecision, knowledge: Knowledge): messagingApi.Message {
  const guide = knowledge.replies.guides.get(decision.guideId);
  if (!guide) return renderMenu({ kind: 'menu', menuId: MAIN_MENU, reason: 'unknown_postback' }, knowledge);
  const bubble = noticeBubble({ title: guide.title, lines: guide.intro ? [guide.intro] : [], steps: guide.steps });
  return withQuickReply(flexMessage(guide.title, [bubble]), quickReply([topicButton('meta.help', knowledge.replies), mainMenuButton(knowledge)]));
}

function renderFeedback(decision: FeedbackDecision, knowledge: Knowledge): messagingApi.Message {
  const { feedback } = knowledge.replies.texts;
  const chips = decision.helpful
    ? menuButtons(MAIN_MENU, knowledge.replies)
    : [topicButton(CONTACTS_TOPIC, knowledge.replies), mainMenuButton(knowledge)];
  return withQuickReply(textMessage(decision.helpful ? feedback.thanksYes : feedback.thanksNo), quickReply(chips));
}

/** The check alone (a message that was only numbers or links): the card, and the blocking line's card for a number from abroad. */
function renderCheckOnly(decision: CheckOnlyDecision, knowledge: Knowledge): messagingApi.Message {
  const { checks, at } = decision;
  const bubbles = [numberLinkBubble(checks, at, knowledge.checkTexts, knowledge.hoursTexts)];
  if (checks.abroad) bubbles.push(contactBubble(checks.abroad, at, null, knowledge.replies.texts.contactCard, knowledge.hoursTexts));
  const alt = numberLinkAltText(checks, at, knowledge.checkTexts, knowledge.hoursTexts, knowledge.replies.texts.altText.separator);
  return withQuickReply(flexMessage(alt, bubbles), quickReply([guideButton(CHECK_GUIDE, knowledge), mainMenuButton(knowledge)].filter((c) => c.label !== '')));
}

function guideButton(guideId: string, knowledge: Knowledge): MenuButton {
  const guide = knowledge.replies.guides.get(guideId);
  return { label: guide?.chip ?? '', data: formatPostback({ kind: 'guide', guide: guideId }) };
}
