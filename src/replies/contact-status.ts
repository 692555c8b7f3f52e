import type { Contact } from '../contacts/contact-schema.ts';
import type { HoursTexts } from '../hours/hours-texts.ts';
import type { OpeningStatus } from '../hours/opening-status.ts';
import { clockTime, formatJstDateTime, statusText } from '../hours/status-text.ts';
import { sameJstDate } from '../hours/jst.ts';
import { fillTemplate } from '../data/template.ts';

/** How a status line looks: open (green), closed (red), or outside the hours but still answered (dark amber). */
export type StatusTone = 'open' | 'closed' | 'afterHours';

/**
 * The status line of a contact at `at`: 「受付中（20:00まで）」, 「本日の受付は終了しました…」, or,
 * for a line answered outside its hours by someone else (#9110 at night: a duty desk or a
 * recording; the contact's `afterHours`), 「受付時間外です。夜間・土日祝日は…。通常の受付は … からです」
 * — never 「本日は受付していません」 for a line that does answer. The contact cards and the number
 * check card (「この番号、本物？」) both say it this way.
 */
export function contactStatusLine(contact: Pick<Contact, 'hours' | 'afterHours'>, status: OpeningStatus, at: Date, texts: HoursTexts): { text: string; tone: StatusTone } {
  const closed = status.known && !status.open;
  if (closed && contact.afterHours) {
    const text = status.nextOpen
      ? fillTemplate(texts.afterHoursNext, { afterHours: contact.afterHours, nextOpen: openingText(status.nextOpen, at, texts) })
      : fillTemplate(texts.afterHours, { afterHours: contact.afterHours });
    return { text, tone: 'afterHours' };
  }
  return { text: statusText(contact.hours, at, texts), tone: closed ? 'closed' : 'open' };
}

/** When a closed line opens next, as said to a resident: 「本日 9:30」 later today, else 「1月4日(月) 8:30」. */
export function openingText(opens: Date, at: Date, texts: HoursTexts): string {
  return sameJstDate(opens, at) ? fillTemplate(texts.todayAt, { time: clockTime(opens) }) : formatJstDateTime(opens, texts);
}
