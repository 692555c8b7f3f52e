import type { messagingApi } from '@line/bot-sdk';
import type { GroupAnswerDecision, GroupNoticeDecision } from '../decide/decision.ts';
import { formatPostback } from '../postback/postback.ts';
import { fillTemplate } from '../data/template.ts';
import { contactStatusLine } from './contact-status.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { bubble, button, column, flexMessage, line, postbackAction, telAction, textMessage, uriAction } from './flex-components.ts';
import { noticeBubble } from './notice-bubble.ts';
import { STATUS_COLORS, callButton, isClosedNow } from './contact-bubble.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import type { ContactChoice } from '../contacts/choose-contacts.ts';
import type { HoursTexts } from '../hours/hours-texts.ts';
import { COLORS, VERDICT_STYLES } from './theme.ts';
import { EMERGENCY_TEL } from './warning-bubble.ts';

/**
 * The group card: short and for everyone — 「グループのみなさまへ」, the answer's headline and lead,
 * the urgent line when urgent, one contact (status and call button), and 「詳しく」: a link that
 * opens the one-to-one chat with the account and types the detail request there, or (without
 * LINE_BOT_BASIC_ID) a button that shows the full answer.
 */
export function renderGroupAnswer(decision: GroupAnswerDecision, knowledge: Knowledge): messagingApi.Message[] {
  const { texts, groups } = knowledge.replies;
  const content = knowledge.replies.intents.get(decision.contentId);
  if (!content) throw new Error(`render: no reply content for "${decision.contentId}"`);
  const style = VERDICT_STYLES[content.verdict];
  const urgent = decision.urgent ? texts.urgent[decision.urgent] : null;
  const header = column(
    [
      line(groups.reply.greeting, { size: 'sm', weight: 'bold', color: style.headerInk }),
      line(content.headline, { size: 'xl', weight: 'bold', color: style.headerInk, margin: 'sm' }),
    ],
    { backgroundColor: style.header, paddingAll: 'lg' },
  );
  const body: messagingApi.FlexComponent[] = [];
  if (urgent) body.push(line(urgent.title, { size: 'lg', weight: 'bold', color: COLORS.emergency }));
  body.push(line(content.lead, { size: 'lg', weight: 'bold', margin: urgent ? 'md' : 'none' }));
  const footer: messagingApi.FlexComponent[] = [];
  if (urgent) footer.push(button(telAction(texts.urgent.callButton, EMERGENCY_TEL), { color: COLORS.emergency }));
  const contact = decision.contact?.contact;
  const number = contact?.numbers[0];
  if (contact && number && !(urgent && number.tel === EMERGENCY_TEL)) {
    const closed = isClosedNow(decision.contact!.status);
    body.push(
      line(fillTemplate(groups.reply.callLine, { name: contact.name }), { weight: 'bold', margin: 'lg' }),
      statusLine(contact, decision.contact!.status, decision.at, knowledge.hoursTexts),
    );
    footer.push(callButton(contact, number, !closed, texts.contactCard));
  }
  footer.push(button(detailAction(decision, knowledge, content.chip), { style: 'secondary' }));
  const card = bubble({ header, body: column(body, { paddingAll: 'lg' }), footer: column(footer, { spacing: 'sm' }), size: 'mega' });
  const alt = fillTemplate(groups.reply.altText, { headline: content.headline, lead: content.lead });
  // A short text first: LINE quotes the message being answered only on a text message (see quote.ts).
  const quoteLine = textMessage(fillTemplate(groups.reply.quoteLine, { headline: urgent ? urgent.title : content.headline }));
  return [quoteLine, flexMessage(urgent ? `${urgent.title} ${alt}` : alt, [card])];
}

function statusLine(contact: Contact, status: ContactChoice['status'], at: Date, hoursTexts: HoursTexts): messagingApi.FlexText {
  const s = contactStatusLine(contact, status, at, hoursTexts);
  return line(s.text, { color: STATUS_COLORS[s.tone] });
}

/** 「詳しく」: LINE's oaMessage URL scheme (one-to-one chat, request typed in) or a topic postback. */
function detailAction(decision: GroupAnswerDecision, knowledge: Knowledge, chip: string): messagingApi.Action {
  const { more, detailRequest } = knowledge.replies.groups.reply;
  if (!decision.basicId) return postbackAction(more, formatPostback({ kind: 'topic', intent: decision.contentId }));
  const text = fillTemplate(detailRequest, { topic: chip });
  return uriAction(more, `https://line.me/R/oaMessage/${encodeURIComponent(decision.basicId)}/?${encodeURIComponent(text)}`);
}

/**
 * The card after joining a group; when @mentioned with nothing to answer, a short text (so it
 * can quote the message that called the bot).
 */
export function renderGroupNotice(decision: GroupNoticeDecision, knowledge: Knowledge): messagingApi.Message {
  const { groups } = knowledge.replies;
  if (decision.notice === 'mention_help') return textMessage([groups.mentionHelp.title, ...groups.mentionHelp.lines].join('\n'));
  return flexMessage(groups.join.title, [noticeBubble(groups.join)]);
}
