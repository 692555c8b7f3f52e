import type { messagingApi } from '@line/bot-sdk';
import type { AnswerDecision, Warning } from '../decide/decision.ts';
import { MAIN_MENU, formatPostback } from '../decide/postback.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { IntentContent } from './content/intent-content-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { cityOfficeBubble, contactBubble } from './contact-bubble.ts';
import { LIMITS, flexMessage, textMessage } from './flex-components.ts';
import { topicButton, type MenuButton } from './menu-buttons.ts';
import { feedbackButtons, quickReply, withQuickReply } from './quick-replies.ts';
import { describeRedFlag, redFlagsBubble } from './red-flags-bubble.ts';
import { verdictBubble } from './verdict-bubble.ts';
import { bannerBubble } from './warning-bubble.ts';

/**
 * An answer as LINE messages, in reading order:
 * 1. the My Number warning (if the message contained one), 2. the urgent banner (110 first),
 * 3. the verdict card, 4. 「この文面の危険サイン」, 5. the contact cards (a carousel),
 * 6. 「役に立ちましたか？」 with chips. When that would exceed LINE's 5 messages, the warning
 * signs join the verdict card in one carousel. Chips go under the last message.
 */
export function renderAnswer(decision: AnswerDecision, knowledge: Knowledge): messagingApi.Message[] {
  const { texts } = knowledge.replies;
  const content = knowledge.replies.intents.get(decision.contentId);
  if (!content) throw new Error(`render: no reply content for "${decision.contentId}"`);
  const urgent = decision.warnings.some((w) => w.kind === 'urgent');

  const messages: messagingApi.Message[] = decision.warnings.map((w, i) => bannerMessage(w, knowledge, urgent && i === 0));
  const verdict = verdictBubble(content, texts);
  const verdictAlt = answerAltText(content, decision, knowledge);
  const flags = decision.redFlags.length > 0 ? redFlagsBubble(decision.redFlags, texts.redFlags) : null;
  const flagsAlt = fillTemplate(texts.altText.redFlags, {
    title: texts.redFlags.title,
    list: decision.redFlags.map((f) => describeRedFlag(f, texts.redFlags)).join(texts.altText.separator),
  });
  const contacts = contactsMessage(decision, knowledge);
  const planned = messages.length + 1 + (flags ? 1 : 0) + (contacts ? 1 : 0) + (decision.askFeedback ? 1 : 0);
  if (flags && planned > LIMITS.messages) {
    messages.push(flexMessage(verdictAlt, [verdict, flags]));
  } else {
    messages.push(flexMessage(verdictAlt, [verdict]));
    if (flags) messages.push(flexMessage(flagsAlt, [flags]));
  }
  if (contacts) messages.push(contacts);
  if (decision.askFeedback) messages.push(textMessage(texts.feedback.question));

  const chips: MenuButton[] = [
    ...(decision.askFeedback ? feedbackButtons(decision.contentId, texts.feedback) : []),
    ...content.chips.map((id) => topicButton(id, knowledge.replies)),
    mainMenuButton(knowledge),
  ];
  const last = messages.length - 1;
  return messages.map((m, i) => (i === last ? withQuickReply(m, quickReply(chips)) : m));
}

/** The chip that opens the main menu (labelled with its title). */
export function mainMenuButton(knowledge: Knowledge): MenuButton {
  return { label: knowledge.replies.menus.get(MAIN_MENU)?.title ?? MAIN_MENU, data: formatPostback({ kind: 'menu', menu: MAIN_MENU }) };
}

function bannerMessage(warning: Warning, knowledge: Knowledge, withCall: boolean): messagingApi.FlexMessage {
  const { texts } = knowledge.replies;
  const callLabel = texts.urgent.callButton;
  if (warning.kind === 'contains_my_number') {
    const notice = texts.myNumberWarning;
    return flexMessage(notice.title, [bannerBubble(notice, withCall ? callLabel : null)]);
  }
  const notice = texts.urgent[warning.situation];
  return flexMessage(`${notice.title} ${callLabel}`, [bannerBubble(notice, callLabel)]);
}

function answerAltText(content: IntentContent, decision: AnswerDecision, knowledge: Knowledge): string {
  const { altText } = knowledge.replies.texts;
  const callable = decision.contacts.filter((c) => c.contact.numbers.length > 0);
  const first = (callable.find((c) => c.status.open || !c.status.known) ?? callable[0])?.contact;
  const number = first?.numbers[0]?.display;
  return first && number
    ? fillTemplate(altText.answerWithCall, { headline: content.headline, lead: content.lead, name: first.name, number })
    : fillTemplate(altText.answer, { headline: content.headline, lead: content.lead });
}

function contactsMessage(decision: AnswerDecision, knowledge: Knowledge): messagingApi.FlexMessage | null {
  const { texts } = knowledge.replies;
  const names = new Map(decision.contacts.map((c) => [c.contact.id, c.contact.name]));
  const bubbles = decision.contacts.map((choice) =>
    contactBubble(choice, decision.at, choice.replaces ? (names.get(choice.replaces) ?? null) : null, texts.contactCard, knowledge.hoursTexts),
  );
  if (decision.askCityOffice) bubbles.push(cityOfficeBubble(texts.cityOffice));
  if (bubbles.length === 0) return null;
  const list = decision.contacts
    .map(({ contact }) => `${contact.name} ${contact.numbers[0]?.display ?? contact.email ?? ''}`.trim())
    .concat(decision.askCityOffice ? [texts.cityOffice.title] : [])
    .join(texts.altText.separator);
  return flexMessage(fillTemplate(texts.altText.contacts, { list }), bubbles.slice(0, LIMITS.bubbles));
}
