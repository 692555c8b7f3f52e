/**
 * Opening-hours rules of one contact, as written in `data/contacts.yaml` and
 * `data/deployments/*.yaml`. All times are Japan time (Asia/Tokyo).
 *
 * - `alwaysOpen: true`: a 24-hour, 365-day line; no other key is used.
 * - `weekday` / `saturday` / `sunday` / `holiday`: the intervals of that kind of day,
 *   each `"HH:MM-HH:MM"` (several a day for a lunch break; `24:00` allowed as an end).
 *   A national holiday always uses `holiday`, whatever the day of the week.
 *   A missing key means closed that kind of day — unless `varies` is set.
 * - `varies: true`: the kinds of day without a key are not known nationally
 *   (e.g. 188 routes to the nearest local centre, whose hours differ by region).
 * - `closed`: date ranges (`MM-DD` to `MM-DD`, may wrap the year end) when the line is
 *   closed whatever the day; always known.
 * - `fallback`: never written in data; set by the contact directory when a local
 *   schedule stands in front of a national one (188 with a deployment's consumer
 *   centre). On a day this schedule has no interval, the fallback's day applies.
 */
export interface HoursRules {
  readonly alwaysOpen?: boolean | undefined;
  readonly varies?: boolean | undefined;
  readonly weekday?: readonly string[] | undefined;
  readonly saturday?: readonly string[] | undefined;
  readonly sunday?: readonly string[] | undefined;
  readonly holiday?: readonly string[] | undefined;
  readonly closed?: readonly ClosedRange[] | undefined;
  readonly fallback?: HoursRules | undefined;
}

/** Dates (inclusive, `MM-DD`) when a line is closed every year, e.g. `{from: "12-29", to: "01-03"}`. */
export interface ClosedRange {
  readonly from: string;
  readonly to: string;
}

/** The kinds of day a schedule distinguishes. */
export type DayKind = 'weekday' | 'saturday' | 'sunday' | 'holiday';
