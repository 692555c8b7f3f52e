import type { ClosedRange, DayKind, HoursRules } from './hours-rules.ts';
import { isJapaneseHoliday } from './holidays.ts';
import type { JstDate } from './jst.ts';
import { parseIntervals, type Interval } from './time-of-day.ts';

/** What a line does on one Japan-time date: its intervals (empty = closed all day), or not known. */
export type DayPlan = { readonly known: true; readonly intervals: readonly Interval[] } | { readonly known: false };

const ALL_DAY: DayPlan = { known: true, intervals: [{ start: 0, end: 1440 }] };
const CLOSED: DayPlan = { known: true, intervals: [] };
const UNKNOWN: DayPlan = { known: false };
const NO_CLOSED_RANGES: readonly ClosedRange[] = Object.freeze([]);

/** The kind of day a date is: a national holiday first, then by day of the week. */
export function dayKind(date: JstDate): DayKind {
  if (isJapaneseHoliday(date)) return 'holiday';
  if (date.weekday === 0) return 'sunday';
  if (date.weekday === 6) return 'saturday';
  return 'weekday';
}

/** The opening plan of `rules` on `date` (see {@link HoursRules} for the meaning of each key). */
export function dayPlan(rules: HoursRules, date: JstDate): DayPlan {
  const own = ownDayPlan(rules, date);
  if (rules.fallback && !(own.known && own.intervals.length > 0)) return dayPlan(rules.fallback, date);
  return own;
}

function ownDayPlan(rules: HoursRules, date: JstDate): DayPlan {
  if (rules.alwaysOpen) return ALL_DAY;
  if (isClosedDate(rules.closed ?? NO_CLOSED_RANGES, date)) return CLOSED;
  const texts = rules[dayKind(date)];
  if (texts === undefined) return rules.varies ? UNKNOWN : CLOSED;
  return { known: true, intervals: sortedIntervals(texts) };
}

/**
 * `derive`, worked out once per loaded list (an object of the loaded hours data) and then
 * remembered while that list lives: the hours are read on every reply.
 */
function oncePerList<K extends object, V>(derive: (list: K) => V): (list: K) => V {
  const known = new WeakMap<K, V>();
  return (list) => {
    if (known.has(list)) return known.get(list)!;
    const value = derive(list);
    known.set(list, value);
    return value;
  };
}

/** Each list of `"HH:MM-HH:MM"` texts, parsed and sorted. */
const sortedIntervals = oncePerList((texts: readonly string[]): readonly Interval[] => Object.freeze(parseIntervals(texts).sort((a, b) => a.start - b.start)));

/** True when the date falls in one of the yearly closed ranges (`12-29`→`01-03` wraps the year end). */
export function isClosedDate(ranges: readonly ClosedRange[], date: Pick<JstDate, 'month' | 'day'>): boolean {
  const key = date.month * 100 + date.day;
  return rangeKeys(ranges).some(({ from, to }) => (from <= to ? key >= from && key <= to : key >= from || key <= to));
}

/** Each list of closed ranges as MMDD numbers. */
const rangeKeys = oncePerList((ranges: readonly ClosedRange[]): readonly { from: number; to: number }[] =>
  Object.freeze(ranges.map((r) => ({ from: monthDayKey(r.from), to: monthDayKey(r.to) }))),
);

/** `"MM-DD"` → MMDD as a number (e.g. 1229), for ordering. */
export function monthDayKey(text: string): number {
  const [m = '0', d = '0'] = text.split('-');
  return Number(m) * 100 + Number(d);
}
