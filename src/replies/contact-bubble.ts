import type { messagingApi } from '@line/bot-sdk';
import type { ContactChoice } from '../contacts/choose-contacts.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import { contactStatusLine, type StatusTone } from './contact-status.ts';
import type { HoursTexts } from '../hours/hours-texts.ts';
import type { Notice, ReplyTexts } from '../content/reply-texts-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { bubble, button, clipboardAction, column, line, telAction } from './flex-components.ts';
import { COLORS } from './theme.ts';

/** Most notes of a contact shown on its card (the rest are in the data for operators). */
export const MAX_NOTES = 2;
/** Colour of the status line: green open, red closed, dark amber when someone else answers out of hours. */
export const STATUS_COLORS: Readonly<Record<StatusTone, string>> = { open: COLORS.open, closed: COLORS.closed, afterHours: COLORS.noticeInk };
/** The contact whose call button is red. */
const EMERGENCY_ID = 'police_emergency';

/**
 * One contact card: name, the number in large type, whether the line is open now
 * (受付中（20:00まで） / 本日の受付は終了しました… / 24時間受付), the hours, notes and a large
 * call button per number (`tel:` from the data). A stand-in for a closed line says so first.
 * The first button is primary while the line is open or its hours are not known nationally.
 */
export function contactBubble(
  choice: ContactChoice,
  at: Date,
  replacedName: string | null,
  texts: ReplyTexts['contactCard'],
  hoursTexts: HoursTexts,
): messagingApi.FlexBubble {
  const { contact } = choice;
  const closed = isClosedNow(choice.status);
  const first = contact.numbers[0];
  const body: messagingApi.FlexComponent[] = [];
  if (replacedName) {
    body.push(
      column([line(fillTemplate(texts.standIn, { name: replacedName }), { weight: 'bold', color: COLORS.noticeInk })], {
        backgroundColor: COLORS.notice,
        paddingAll: 'md',
        cornerRadius: 'md',
      }),
    );
  }
  body.push(line(contact.name, { size: 'lg', weight: 'bold', margin: replacedName ? 'lg' : 'none' }));
  if (first) {
    body.push(line(first.display, { size: 'xxl', weight: 'bold', margin: 'md' }));
    if (first.label) body.push(line(first.label, { color: COLORS.muted }));
    if (first.charged) body.push(line(texts.charged, { color: COLORS.muted }));
    if (first.extension) body.push(line(fillTemplate(texts.extension, { extension: first.extension }), { weight: 'bold' }));
  } else if (contact.email) {
    body.push(line(fillTemplate(texts.emailLine, { email: contact.email }), { size: 'lg', weight: 'bold', margin: 'md' }));
  }
  const status = contactStatusLine(contact, choice.status, at, hoursTexts);
  body.push(line(status.text, { weight: 'bold', color: STATUS_COLORS[status.tone], margin: 'lg' }));
  if (contact.hoursText !== status.text) body.push(line(texts.hoursHeading, { size: 'sm', color: COLORS.muted, margin: 'md' }), line(contact.hoursText));
  body.push(...contact.notes.slice(0, MAX_NOTES).map((n) => line(n, { color: COLORS.muted, margin: 'md' })));
  return bubble({ body: column(body, { paddingAll: 'lg' }), footer: contactButtons(contact, closed, texts), size: 'mega' });
}

/** Whether the card shows the line as closed now (hours known and not open). */
export function isClosedNow(status: ContactChoice['status']): boolean {
  return status.known && !status.open;
}

/**
 * The large button dialling one of a contact's numbers: coloured (red for 110, green otherwise)
 * when `primary`, grey otherwise.
 */
export function callButton(contact: Contact, number: Contact['numbers'][number], primary: boolean, texts: ReplyTexts['contactCard']): messagingApi.FlexButton {
  const action = telAction(fillTemplate(texts.callButton, { number: number.display }), number.tel);
  return primary ? button(action, { color: contact.id === EMERGENCY_ID ? COLORS.emergency : COLORS.call }) : button(action, { style: 'secondary' });
}

function contactButtons(contact: Contact, closed: boolean, texts: ReplyTexts['contactCard']): messagingApi.FlexBox | undefined {
  // The second and third numbers (e.g. paid 050 lines for IP phones) say what they are for, right above their buttons.
  const buttons: messagingApi.FlexComponent[] = contact.numbers.flatMap((n, i) => {
    const call = callButton(contact, n, i === 0 && !closed, texts);
    const what = i === 0 ? null : n.label && n.charged ? fillTemplate(texts.otherNumberCharged, { label: n.label }) : (n.label ?? (n.charged ? texts.charged : null));
    return what ? [line(what, { size: 'sm', color: COLORS.muted, margin: 'md' }), call] : [call];
  });
  if (contact.email) {
    const copy = clipboardAction(texts.copyEmail, contact.email);
    buttons.push(buttons.length > 0 ? button(copy, { style: 'secondary' }) : button(copy, { color: COLORS.call }));
  }
  return buttons.length > 0 ? column(buttons, { spacing: 'sm' }) : undefined;
}

/** The card shown instead of a city office when the bot runs without a deployment: ask your city office. */
export function cityOfficeBubble(notice: Notice): messagingApi.FlexBubble {
  return bubble({
    body: column(
      [line(notice.title, { size: 'lg', weight: 'bold' }), ...notice.lines.map((l) => line(l, { margin: 'md' }))],
      { paddingAll: 'lg' },
    ),
    size: 'mega',
  });
}
