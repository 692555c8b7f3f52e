import type { messagingApi } from '@line/bot-sdk';
import type { AnswerDecision, Warning } from '../decide/decision.ts';
import { MAIN_MENU, formatPostback } from '../postback/postback.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { IntentContent } from '../content/intent-content-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { cityOfficeBubble, contactBubble } from './contact-bubble.ts';
import { LIMITS, flexMessage, textMessage } from './flex-components.ts';
import { topicButton, type MenuButton } from './menu-buttons.ts';
import { feedbackButtons, quickReply, withQuickReply } from './quick-replies.ts';
import { describeRedFlags, redFlagsBubble, redFlagsTitle } from './red-flags-bubble.ts';
import { verdictBubble } from './verdict-bubble.ts';
import { withLocalWarnings } from './local-warning-box.ts';
import { bannerBubble, closedNoticeBubble } from './warning-bubble.ts';
import type { NothingOpen } from '../decide/decision.ts';
import { openingText } from './contact-status.ts';
import { noticeBubble } from './notice-bubble.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import type { FamilyTexts, Relative } from '../content/family-schema.ts';
import { numberLinkBubble } from './number-link-card.ts';

/**
 * An answer as LINE messages, in reading order:
 * 1. the My Number warning (if the message contained one), 2. the urgent banner (110 first),
 * 3. the verdict card, 4. 「この文面の危険サイン」, 5. the contact cards (a carousel),
 * 6. 「役に立ちましたか？」 with chips. For a relative asking for a parent, a card on passing it on
 * leads the verdict carousel and a plain message to forward replaces the feedback question. When that would exceed LINE's 5 messages, the warning
 * signs join the verdict card in one carousel. Chips go under the last message.
 */
export function renderAnswer(decision: AnswerDecision, knowledge: Knowledge): messagingApi.Message[] {
  const { texts } = knowledge.replies;
  const content = knowledge.replies.intents.get(decision.contentId);
  if (!content) throw new Error(`render: no reply content for "${decision.contentId}"`);
  const urgent = decision.warnings.some((w) => w.kind === 'urgent');

  const messages: messagingApi.Message[] = decision.warnings.map((w, i) => bannerMessage(w, knowledge, urgent && i === 0));
  // Every line closed: say so before anything else is read, with the next opening and 110 for danger.
  if (decision.nothingOpen && !urgent) messages.push(nothingOpenMessage(decision.nothingOpen, decision.at, knowledge));
  const family = decision.forFamily ? familyIntroBubble(decision.forFamily, knowledge.replies.family) : null;
  const verdict = withLocalWarnings(verdictBubble(content, texts), decision.localWarnings, texts.localWarning.heading);
  const verdictAlt = answerAltText(content, decision, knowledge);
  const source = decision.source ?? 'forwarded';
  const flags = decision.redFlags.length > 0 ? redFlagsBubble(decision.redFlags, texts.redFlags, source) : null;
  const flagsAlt = fillTemplate(texts.altText.redFlags, {
    title: redFlagsTitle(texts.redFlags, source),
    list: describeRedFlags(decision.redFlags, texts.redFlags, source).join(texts.altText.separator),
  });
  const contacts = contactsMessage(decision, knowledge);
  const forward = decision.forFamily ? textMessage(forwardText(decision, content, knowledge)) : null;
  const checked = decision.checks ? numberLinkBubble(decision.checks, decision.at, knowledge.checkTexts, knowledge.hoursTexts) : null;
  const lead = [...(family ? [family] : []), verdict, ...(checked ? [checked] : [])];
  const planned = messages.length + 1 + (flags ? 1 : 0) + (contacts ? 1 : 0) + (decision.askFeedback ? 1 : 0) + (forward ? 1 : 0);
  if (flags && planned > LIMITS.messages) {
    messages.push(flexMessage(verdictAlt, [...lead, flags]));
  } else {
    messages.push(flexMessage(verdictAlt, lead));
    if (flags) messages.push(flexMessage(flagsAlt, [flags]));
  }
  if (contacts) messages.push(contacts);
  if (forward) messages.push(forward);
  const alternatives = decision.alternatives ?? [];
  if (decision.askFeedback) {
    messages.push(textMessage(alternatives.length > 0 ? `${texts.feedback.question}\n${texts.feedback.otherTopics}` : texts.feedback.question));
  }

  const chips: MenuButton[] = [
    // Unsure of the topic: the next ones first, so the right answer is one tap away.
    ...alternatives.map((id) => topicButton(id, knowledge.replies)),
    ...(decision.askFeedback ? feedbackButtons(decision.contentId, texts.feedback) : []),
    ...content.chips.map((id) => topicButton(id, knowledge.replies)),
    mainMenuButton(knowledge),
  ];
  const last = messages.length - 1;
  return messages.map((m, i) => (i === last ? withQuickReply(m, quickReply(chips)) : m));
}

function nothingOpenMessage(nothing: NothingOpen, at: Date, knowledge: Knowledge): messagingApi.FlexMessage {
  const texts = knowledge.replies.texts.nothingOpen;
  const contact = nothing.next ? knowledge.directory.contacts.get(nothing.next.contactId) : undefined;
  const number = contact?.numbers[0]?.display;
  const next =
    nothing.next && contact && number
      ? fillTemplate(texts.next, { nextOpen: openingText(nothing.next.at, at, knowledge.hoursTexts), name: contact.name, number })
      : texts.noNext;
  const card = closedNoticeBubble(texts.title, [next, texts.wait], texts.danger, knowledge.replies.texts.urgent.callButton);
  return flexMessage(`${texts.title} ${next}`, [card]);
}

/** The first card for a relative asking for a parent: 「お母さまのことで、ご相談ですね」 and how to pass it on. */
function familyIntroBubble(relative: Relative, family: FamilyTexts): messagingApi.FlexBubble {
  return noticeBubble({
    title: fillTemplate(family.intro.title, { polite: relative.polite }),
    lines: family.intro.lines.map((l) => fillTemplate(l, { polite: relative.polite })),
  });
}

/** The plain message a relative forwards to the parent: headline, lead, the steps, whom to call. */
function forwardText(decision: AnswerDecision, content: IntentContent, knowledge: Knowledge): string {
  const { forward } = knowledge.replies.family;
  const first = firstCallable(decision);
  const number = first?.numbers[0]?.display;
  const text = fillTemplate(forward.text, {
    plain: decision.forFamily?.plain ?? '',
    headline: content.headline,
    lead: content.lead,
    steps: content.steps.map((s) => `${forward.stepMark}${s}`).join('\n'),
    call: first && number ? fillTemplate(forward.call, { name: first.name, number }) : '',
  });
  return text.replace(/\n{2,}/g, '\n').trim();
}

/** The contact whose number the alt text and forwarded message name: the first open (or always-open) line with a number. */
function firstCallable(decision: AnswerDecision): Contact | undefined {
  const callable = decision.contacts.filter((c) => c.contact.numbers.length > 0);
  return (callable.find((c) => c.status.open || !c.status.known) ?? callable[0])?.contact;
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
  const first = firstCallable(decision);
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
