import { addDays, isoDate, jstClock } from '../hours/jst.ts';

/** `YYYY-MM-DD` of the Japan-time date of an instant. */
export function jstDay(at: Date): string {
  return isoDate(jstClock(at));
}

/** Japan-time hour (0–23) of an instant. */
export function jstHour(at: Date): number {
  return jstClock(at).hour;
}

/** The `YYYY-MM-DD` date `days` after a `YYYY-MM-DD` date. */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDate(addDays({ year: y, month: m, day: d }, days));
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return shiftDay(value, 0) === value;
}
