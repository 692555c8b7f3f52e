import { dayPlan } from './day-plan.ts';
import type { HoursRules } from './hours-rules.ts';
import type { HoursTexts } from './hours-texts.ts';
import { addDays, jstClock, sameJstDate } from './jst.ts';
import { openingStatus, type OpeningStatus } from './opening-status.ts';
import { fillTemplate } from '../data/template.ts';

/**
 * Says in Japanese, with the words of `data/hours-text.yaml`, whether a line is open at `at`:
 * 「受付中（20:00まで）」, 「本日の受付は終了しました。次の受付は 1月4日(月) 9:30 からです」,
 * 「受付時間外です。本日 13:00 から受付します」, 「24時間受付」, 「受付時間は地域により異なります」.
 */
export function statusText(rules: HoursRules, at: Date, texts: HoursTexts): string {
  return describeStatus(openingStatus(rules, at), at, texts, {
    closedForToday: hadHoursEarlierToday(rules, at),
    nextVaries: hasUnknownDays(rules),
  });
}

/** What {@link describeStatus} needs to know beyond the status to pick the right sentence. */
export interface StatusContext {
  /** The line was open earlier today (「本日の受付は終了しました」) rather than not at all today. */
  readonly closedForToday: boolean;
  /** Some days' hours are not known nationally (`varies`), so a missing `nextOpen` means "depends on the region". */
  readonly nextVaries: boolean;
}

/** The same sentence from an already computed status. */
export function describeStatus(status: OpeningStatus, at: Date, texts: HoursTexts, context: StatusContext): string {
  if (status.alwaysOpen) return texts.alwaysOpen;
  if (!status.known) return texts.varies;
  if (status.open) {
    return status.closesAt ? fillTemplate(texts.open, { closesAt: closingTime(status.closesAt, at, texts) }) : texts.alwaysOpen;
  }
  if (status.nextOpen === null) return context.nextVaries ? texts.closedNextVaries : texts.closedNoNext;
  if (sameJstDate(status.nextOpen, at)) return fillTemplate(texts.opensLaterToday, { time: clockTime(status.nextOpen) });
  const nextOpen = formatJstDateTime(status.nextOpen, texts);
  return fillTemplate(context.closedForToday ? texts.closedForToday : texts.closedToday, { nextOpen });
}

/** True when the line had an opening today (Japan time) that ended at or before `at`. */
export function hadHoursEarlierToday(rules: HoursRules, at: Date): boolean {
  const now = jstClock(at);
  const plan = dayPlan(rules, now);
  const minuteNow = now.msOfDay / 60_000;
  return plan.known && plan.intervals.some((iv) => iv.end <= minuteNow);
}

/** True when some kind of day has hours that are not known nationally (`varies`, also through a fallback). */
export function hasUnknownDays(rules: HoursRules): boolean {
  return Boolean(rules.varies) || (rules.fallback !== undefined && hasUnknownDays(rules.fallback));
}

/** `1月4日(月) 9:30` (Japan time), with the `dateTime` template and weekday names from data. */
export function formatJstDateTime(instant: Date, texts: HoursTexts): string {
  const c = jstClock(instant);
  return fillTemplate(texts.dateTime, {
    month: String(c.month),
    day: String(c.day),
    weekday: texts.weekdays[c.weekday] ?? '',
    time: clockTime(instant),
  });
}

/** `9:30`, `20:00` — Japan time, hour without a leading zero. */
export function clockTime(instant: Date): string {
  const c = jstClock(instant);
  return `${c.hour}:${String(c.minute).padStart(2, '0')}`;
}

/** Closing time as said to a resident: `20:00` today, `24:00` at the coming midnight, else date and time. */
function closingTime(closesAt: Date, at: Date, texts: HoursTexts): string {
  if (sameJstDate(closesAt, at)) return clockTime(closesAt);
  const c = jstClock(closesAt);
  const tomorrow = addDays(jstClock(at), 1);
  if (c.msOfDay === 0 && c.year === tomorrow.year && c.month === tomorrow.month && c.day === tomorrow.day) {
    return texts.endOfDay;
  }
  return formatJstDateTime(closesAt, texts);
}

