import holidayJp from '@holiday-jp/holiday_jp';
import { isoDate, type JstDate } from './jst.ts';

/**
 * Japanese national holidays (incl. substitute holidays 振替休日 and citizens' holidays 国民の休日)
 * from @holiday-jp/holiday_jp, keyed by `YYYY-MM-DD`. Looked up by string so the process's
 * time zone never matters (the library's `isHoliday(Date)` reads the local time zone).
 * Covers 1970–2050; outside that range no day is a holiday.
 */
const HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays));

/** True when the Japan-time date is a national holiday. */
export function isJapaneseHoliday(date: Pick<JstDate, 'year' | 'month' | 'day'>): boolean {
  return HOLIDAYS.has(isoDate(date));
}
