import { dayPlan } from './day-plan.ts';
import type { HoursRules } from './hours-rules.ts';
import { addDays, jstClock, jstInstant, type JstDate } from './jst.ts';

export type { HoursRules } from './hours-rules.ts';

/**
 * Whether a line is open at an instant, computed in Japan time.
 * - `alwaysOpen`: a 24-hour line (then `open` is true and both instants are null).
 * - `known`: false when the hours of this day are not known nationally (188 without a
 *   deployment on a weekday); then `open` is false and both instants are null.
 * - `closesAt`: when the current opening ends (null when closed or 24-hour).
 * - `nextOpen`: when it opens next, if closed now (null when open, or no opening is
 *   known within {@link SEARCH_DAYS} days).
 */
export interface OpeningStatus {
  open: boolean;
  alwaysOpen: boolean;
  known: boolean;
  closesAt: Date | null;
  nextOpen: Date | null;
}

/** How far ahead `nextOpen` and a `closesAt` running past midnight are searched. */
export const SEARCH_DAYS = 31;

/** Whether a line following `rules` is open at `at` (pure; the clock is passed in). */
export function openingStatus(rules: HoursRules, at: Date): OpeningStatus {
  if (rules.alwaysOpen) {
    return { open: true, alwaysOpen: true, known: true, closesAt: null, nextOpen: null };
  }
  const now = jstClock(at);
  const today = dayPlan(rules, now);
  if (!today.known) return { open: false, alwaysOpen: false, known: false, closesAt: null, nextOpen: null };

  const minuteNow = now.msOfDay / 60_000;
  const current = today.intervals.find((iv) => iv.start <= minuteNow && minuteNow < iv.end);
  if (current) {
    return { open: true, alwaysOpen: false, known: true, closesAt: closingInstant(rules, now, current.end), nextOpen: null };
  }
  const laterToday = today.intervals.find((iv) => iv.start > minuteNow);
  const nextOpen = laterToday ? jstInstant(now, laterToday.start) : nextOpeningAfter(rules, now);
  return { open: false, alwaysOpen: false, known: true, closesAt: null, nextOpen };
}

/** The end of an interval, carried over midnight while the next day opens at 00:00. */
function closingInstant(rules: HoursRules, date: JstDate, end: number): Date {
  let day = date;
  let endMinute = end;
  for (let i = 0; i < SEARCH_DAYS && endMinute === 1440; i++) {
    const next = addDays(day, 1);
    const plan = dayPlan(rules, next);
    const first = plan.known ? plan.intervals[0] : undefined;
    if (!first || first.start !== 0) break;
    day = next;
    endMinute = first.end;
  }
  return jstInstant(day, endMinute);
}

/** The first opening on a later day; null if a day of unknown hours comes first, or none within the search window. */
function nextOpeningAfter(rules: HoursRules, date: JstDate): Date | null {
  for (let i = 1; i <= SEARCH_DAYS; i++) {
    const day = addDays(date, i);
    const plan = dayPlan(rules, day);
    if (!plan.known) return null;
    const first = plan.intervals[0];
    if (first) return jstInstant(day, first.start);
  }
  return null;
}
