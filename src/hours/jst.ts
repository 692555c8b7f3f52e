/**
 * Japan-time calendar arithmetic on UTC epochs, independent of the process's `TZ`
 * (Japan has had no daylight saving time since 1951, so JST = UTC+9 always).
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date in Japan. `weekday`: 0 = Sunday … 6 = Saturday. */
export interface JstDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/** The Japan-time wall clock of an instant. */
export interface JstClock extends JstDate {
  readonly hour: number;
  readonly minute: number;
  /** Milliseconds since Japan-time midnight of that date. */
  readonly msOfDay: number;
}

/** The Japan-time date and time of an instant. */
export function jstClock(at: Date): JstClock {
  const shifted = new Date(at.getTime() + JST_OFFSET_MS);
  const msOfDay = ((shifted.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    msOfDay,
  };
}

/** The instant at `minutes` after Japan-time midnight of `date` (1440 = next midnight). */
export function jstInstant(date: Pick<JstDate, 'year' | 'month' | 'day'>, minutes: number): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day) - JST_OFFSET_MS + minutes * 60_000);
}

/** The Japan-time date `days` after `date`. */
export function addDays(date: Pick<JstDate, 'year' | 'month' | 'day'>, days: number): JstDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** `YYYY-MM-DD` of a Japan-time date. */
export function isoDate(date: Pick<JstDate, 'year' | 'month' | 'day'>): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** True when two instants fall on the same Japan-time date. */
export function sameJstDate(a: Date, b: Date): boolean {
  const x = jstClock(a);
  const y = jstClock(b);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/** ISO 8601 with the Japan offset, e.g. `2026-01-04T09:30:00+09:00` (whole seconds). */
export function toJstIso(at: Date): string {
  const c = jstClock(at);
  const s = Math.floor(c.msOfDay / 1000) % 60;
  return `${isoDate(c)}T${pad(c.hour)}:${pad(c.minute)}:${pad(s)}+09:00`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Minutes since 1970 (UTC) of `at`: the unit of a guided check's start time and of the render cache's clock key. */
export function epochMinutes(at: Date): number {
  return Math.floor(at.getTime() / 60_000);
}
