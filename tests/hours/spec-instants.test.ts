import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import holidayJp from '@holiday-jp/holiday_jp';
import { isJapaneseHoliday } from '../../src/hours/holidays.ts';
import { openingStatus } from '../../src/hours/opening-status.ts';
import { toJstIso } from '../../src/hours/jst.ts';
import { contactStatusLine } from '../../src/replies/contact-status.ts';
import { INTENT_IDS, type IntentId } from '../../src/nlu/intent-ids.ts';
import type { Flag } from '../../src/nlu/classification.ts';
import { actions, bubbles, classified, knowledge, replyTo, visibleText } from '../replies/fixtures.ts';

/**
 * Office hours at pinned instants, as the contract says them — every expectation below was
 * written from /work/shared/spec/contacts.md (numbers, hours, year end) and the official
 * holiday calendar (2026, 2027), not from the code or the data:
 *
 * - マイナンバー総合フリーダイヤル 0120-95-0178 (and its foreign-language lines 0120-0178-26/27):
 *   weekdays 9:30–20:00; Saturdays, Sundays and national holidays 9:30–17:30; closed 12/29–1/3.
 *   The foreign lines are "same as mynumber_freedial", card suspension for loss or theft included
 *   (24 hours, 365 days, on 0120-0178-27): outside the hours their card says so.
 * - card suspension (the same 0120-95-0178): 24 hours, 365 days, the year end included.
 * - 188: weekdays depend on the region (without a deployment: 「受付時間は地域により異なります」);
 *   Saturdays, Sundays and holidays 10:00–16:00 (国民生活センター); closed 12/29–1/3. With a
 *   deployment, the local centre's hours on its days (志木市: weekdays 10:00–12:00, 13:00–16:00).
 * - #9110: weekdays 8:30–17:15; nights and holidays a duty desk or a recording (so the card says
 *   so instead of "closed"). The spec names no year-end rule for #9110 (nor does its source, the
 *   npa.go.jp #9110 page): a weekday from 12/29 to 1/3 that is not a national holiday is a
 *   weekday, and the hours in words say that year-end handling differs by prefecture.
 * - 110, the prefectural police HQ switchboards: 24 hours.
 * - 個人情報保護委員会 03-6457-9585: weekdays 9:30–17:30, closed on holidays and 12/29–1/3.
 * - 国際電話不取扱受付センター 0120-210-364: operator weekdays 9:00–17:00, recorded guidance
 *   24 hours (no year-end rule in the spec).
 *
 * Instants are Japan time unless they end in `Z`.
 */

const open = (until: string) => `受付中（${until}まで）`;
const laterToday = (time: string) => `受付時間外です。本日 ${time} から受付します`;
const endedToday = (next: string) => `本日の受付は終了しました。次の受付は ${next} からです`;
const notToday = (next: string) => `本日は受付していません。次の受付は ${next} からです`;
const POLICE_AFTER = '夜間・土日祝日は、当直の職員か留守番電話が対応します（都道府県により異なります）';
const police = (next: string) => `受付時間外です。${POLICE_AFTER}。通常の受付は ${next} からです`;
const INTL_AFTER = '自動音声の案内は24時間つながります';
const intl = (next: string) => `受付時間外です。${INTL_AFTER}。通常の受付は ${next} からです`;
const FOREIGN_AFTER = 'カードをなくした・盗まれたときの一時利用停止は、0120-0178-27 で24時間つながります';
const foreign = (next: string) => `受付時間外です。${FOREIGN_AFTER}。通常の受付は ${next} からです`;
const H24 = '24時間受付';
const VARIES = '受付時間は地域により異なります';
const NEXT_VARIES = '受付時間外です。次の受付時間は地域により異なります';

type Deployment = 'shiki' | 'shimada' | null;
/**
 * [what, instant, deployment, contact, open, edge, the status line a resident reads]. `edge`:
 * when it closes (open) or opens next (closed), Japan time `YYYY-MM-DDTHH:MM`; null for a
 * 24-hour line, for hours not known nationally, and when the next opening is not known.
 */
type Row = [string, string, Deployment, string, boolean, string | null, string];

const FREEDIAL: Row[] = [
  // Weekday 2026-12-01 (Tue): 9:30–20:00.
  ['weekday one minute before opening', '2026-12-01T09:29', null, 'mynumber_freedial', false, '2026-12-01T09:30', laterToday('9:30')],
  ['weekday opening minute', '2026-12-01T09:30', null, 'mynumber_freedial', true, '2026-12-01T20:00', open('20:00')],
  ['weekday one minute before closing', '2026-12-01T19:59', null, 'mynumber_freedial', true, '2026-12-01T20:00', open('20:00')],
  ['weekday closing minute', '2026-12-01T20:00', null, 'mynumber_freedial', false, '2026-12-02T09:30', endedToday('12月2日(水) 9:30')],
  ['weekday closing minute, with a deployment', '2026-12-01T20:00', 'shiki', 'mynumber_freedial', false, '2026-12-02T09:30', endedToday('12月2日(水) 9:30')],
  ['Friday night: Saturday 9:30 next', '2026-12-04T23:00', null, 'mynumber_freedial', false, '2026-12-05T09:30', endedToday('12月5日(土) 9:30')],
  // Saturday 2026-12-05 and Sunday 2026-12-06: 9:30–17:30.
  ['Saturday one minute before opening', '2026-12-05T09:29', null, 'mynumber_freedial', false, '2026-12-05T09:30', laterToday('9:30')],
  ['Saturday opening minute', '2026-12-05T09:30', null, 'mynumber_freedial', true, '2026-12-05T17:30', open('17:30')],
  ['Saturday one minute before closing', '2026-12-05T17:29', null, 'mynumber_freedial', true, '2026-12-05T17:30', open('17:30')],
  ['Saturday closing minute', '2026-12-05T17:30', null, 'mynumber_freedial', false, '2026-12-06T09:30', endedToday('12月6日(日) 9:30')],
  ['Saturday 19:00: weekday hours do not apply', '2026-12-05T19:00', 'shimada', 'mynumber_freedial', false, '2026-12-06T09:30', endedToday('12月6日(日) 9:30')],
  ['Sunday 17:29', '2026-12-06T17:29', null, 'mynumber_freedial', true, '2026-12-06T17:30', open('17:30')],
  ['Sunday closing minute: Monday next', '2026-12-06T17:30', null, 'mynumber_freedial', false, '2026-12-07T09:30', endedToday('12月7日(月) 9:30')],
  // A national holiday on a weekday uses the holiday hours: 勤労感謝の日 2026-11-23 (Mon).
  ['holiday 17:29 (勤労感謝の日)', '2026-11-23T17:29', null, 'mynumber_freedial', true, '2026-11-23T17:30', open('17:30')],
  ['holiday closing minute', '2026-11-23T17:30', null, 'mynumber_freedial', false, '2026-11-24T09:30', endedToday('11月24日(火) 9:30')],
  ['holiday 19:00: closed although a Monday', '2026-11-23T19:00', null, 'mynumber_freedial', false, '2026-11-24T09:30', endedToday('11月24日(火) 9:30')],
  // 国民の休日 2026-09-22 (Tue) between 敬老の日 and 秋分の日.
  ['国民の休日 9:30', '2026-09-22T09:30', null, 'mynumber_freedial', true, '2026-09-22T17:30', open('17:30')],
  ['国民の休日 17:30: 秋分の日 next', '2026-09-22T17:30', null, 'mynumber_freedial', false, '2026-09-23T09:30', endedToday('9月23日(水) 9:30')],
  ['秋分の日 18:00', '2026-09-23T18:00', null, 'mynumber_freedial', false, '2026-09-24T09:30', endedToday('9月24日(木) 9:30')],
  ['the Thursday after: weekday hours again', '2026-09-24T19:59', null, 'mynumber_freedial', true, '2026-09-24T20:00', open('20:00')],
  // 振替休日: 2026-05-06 (Wed) for 5/3; 2027-03-22 (Mon) for 春分の日 on Sunday 3/21.
  ['振替休日 2026-05-06 17:29', '2026-05-06T17:29', null, 'mynumber_freedial', true, '2026-05-06T17:30', open('17:30')],
  ['振替休日 2026-05-06 18:00', '2026-05-06T18:00', null, 'mynumber_freedial', false, '2026-05-07T09:30', endedToday('5月7日(木) 9:30')],
  ['春分の日 2027-03-21 (Sunday)', '2027-03-21T17:30', null, 'mynumber_freedial', false, '2027-03-22T09:30', endedToday('3月22日(月) 9:30')],
  ['振替休日 2027-03-22 19:00', '2027-03-22T19:00', null, 'mynumber_freedial', false, '2027-03-23T09:30', endedToday('3月23日(火) 9:30')],
  ['2027-03-23 19:00 weekday', '2027-03-23T19:00', null, 'mynumber_freedial', true, '2027-03-23T20:00', open('20:00')],
  // 2027 holidays (official since 2026-02).
  ['成人の日 2027-01-11 18:00', '2027-01-11T18:00', null, 'mynumber_freedial', false, '2027-01-12T09:30', endedToday('1月12日(火) 9:30')],
  ['昭和の日 2027-04-29 17:29', '2027-04-29T17:29', null, 'mynumber_freedial', true, '2027-04-29T17:30', open('17:30')],
  ['憲法記念日 2027-05-03 19:00: みどりの日 next', '2027-05-03T19:00', null, 'mynumber_freedial', false, '2027-05-04T09:30', endedToday('5月4日(火) 9:30')],
  ['こどもの日 2027-05-05 17:30', '2027-05-05T17:30', null, 'mynumber_freedial', false, '2027-05-06T09:30', endedToday('5月6日(木) 9:30')],
  ['海の日 2027-07-19 19:00', '2027-07-19T19:00', null, 'mynumber_freedial', false, '2027-07-20T09:30', endedToday('7月20日(火) 9:30')],
  ['秋分の日 2027-09-23 (Thu) 19:00', '2027-09-23T19:00', null, 'mynumber_freedial', false, '2027-09-24T09:30', endedToday('9月24日(金) 9:30')],
  ['2027-09-22 (Wed) is a weekday', '2027-09-22T19:00', null, 'mynumber_freedial', true, '2027-09-22T20:00', open('20:00')],
  // Year end 12/29–1/3.
  ['12/28 one minute before closing', '2026-12-28T19:59', null, 'mynumber_freedial', true, '2026-12-28T20:00', open('20:00')],
  ['12/28 closing minute: next 1/4', '2026-12-28T20:00', null, 'mynumber_freedial', false, '2027-01-04T09:30', endedToday('1月4日(月) 9:30')],
  ['12/29 9:30', '2026-12-29T09:30', null, 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['1/1 noon', '2027-01-01T12:00', 'shiki', 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['1/3 (Sunday) 10:00', '2027-01-03T10:00', null, 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['1/3 23:59', '2027-01-03T23:59', null, 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['1/4 one minute before opening', '2027-01-04T09:29', null, 'mynumber_freedial', false, '2027-01-04T09:30', laterToday('9:30')],
  ['1/4 opening minute', '2027-01-04T09:30', null, 'mynumber_freedial', true, '2027-01-04T20:00', open('20:00')],
  ['2027-12-28 (Tue) 20:00: next 2028-01-04 (Tue)', '2027-12-28T20:00', null, 'mynumber_freedial', false, '2028-01-04T09:30', endedToday('1月4日(火) 9:30')],
  ['2028-01-03 (Mon) still the year end', '2028-01-03T10:00', null, 'mynumber_freedial', false, '2028-01-04T09:30', notToday('1月4日(火) 9:30')],
  ['2027-12-28T15:00Z = 2027-12-29 00:00', '2027-12-28T15:00:00Z', null, 'mynumber_freedial', false, '2028-01-04T09:30', notToday('1月4日(火) 9:30')],
  ['2026-12-31T14:59Z = 12/31 23:59', '2026-12-31T14:59:00Z', null, 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  // Given in UTC around Japan's midnight.
  ['2026-12-28T14:59Z = 12/28 23:59', '2026-12-28T14:59:00Z', null, 'mynumber_freedial', false, '2027-01-04T09:30', endedToday('1月4日(月) 9:30')],
  ['2026-12-28T15:00Z = 12/29 00:00', '2026-12-28T15:00:00Z', null, 'mynumber_freedial', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['2027-01-04T00:29Z = 1/4 9:29', '2027-01-04T00:29:00Z', null, 'mynumber_freedial', false, '2027-01-04T09:30', laterToday('9:30')],
  ['2027-01-04T00:30Z = 1/4 9:30', '2027-01-04T00:30:00Z', null, 'mynumber_freedial', true, '2027-01-04T20:00', open('20:00')],
  ['2026-12-05T14:59Z = Sat 23:59', '2026-12-05T14:59:00Z', null, 'mynumber_freedial', false, '2026-12-06T09:30', endedToday('12月6日(日) 9:30')],
  ['2026-12-05T15:00Z = Sun 00:00', '2026-12-05T15:00:00Z', null, 'mynumber_freedial', false, '2026-12-06T09:30', laterToday('9:30')],
  // Leap day 2028-02-29 (Tue).
  ['2028-02-28 20:00: the leap day next', '2028-02-28T20:00', null, 'mynumber_freedial', false, '2028-02-29T09:30', endedToday('2月29日(火) 9:30')],
  ['leap day 9:30', '2028-02-29T09:30', null, 'mynumber_freedial', true, '2028-02-29T20:00', open('20:00')],
  ['leap day 20:00 given in UTC', '2028-02-29T11:00:00Z', null, 'mynumber_freedial', false, '2028-03-01T09:30', endedToday('3月1日(水) 9:30')],
];

// Out of hours (nights, the year end) card suspension still answers on 0120-0178-27, 24 hours.
const FOREIGN: Row[] = [
  ['foreign: weekday 9:29', '2026-12-01T09:29', null, 'mynumber_freedial_foreign', false, '2026-12-01T09:30', foreign('本日 9:30')],
  ['foreign: weekday 19:59', '2026-12-01T19:59', null, 'mynumber_freedial_foreign', true, '2026-12-01T20:00', open('20:00')],
  ['foreign: weekday 20:00', '2026-12-01T20:00', null, 'mynumber_freedial_foreign', false, '2026-12-02T09:30', foreign('12月2日(水) 9:30')],
  ['foreign: weekday 03:00 given in UTC', '2026-12-01T18:00:00Z', 'shiki', 'mynumber_freedial_foreign', false, '2026-12-02T09:30', foreign('本日 9:30')],
  ['foreign: Saturday 17:30', '2026-12-05T17:30', null, 'mynumber_freedial_foreign', false, '2026-12-06T09:30', foreign('12月6日(日) 9:30')],
  ['foreign: 成人の日 17:29', '2027-01-11T17:29', null, 'mynumber_freedial_foreign', true, '2027-01-11T17:30', open('17:30')],
  ['foreign: 成人の日 19:00', '2027-01-11T19:00', null, 'mynumber_freedial_foreign', false, '2027-01-12T09:30', foreign('1月12日(火) 9:30')],
  ['foreign: 12/30', '2026-12-30T10:00', null, 'mynumber_freedial_foreign', false, '2027-01-04T09:30', foreign('1月4日(月) 9:30')],
  ['foreign: 元日 03:00', '2027-01-01T03:00', null, 'mynumber_freedial_foreign', false, '2027-01-04T09:30', foreign('1月4日(月) 9:30')],
];

const ALWAYS_OPEN: Row[] = [
  ['card suspension on 12/31 at 03:00', '2026-12-31T03:00', null, 'mynumber_card_suspension', true, null, H24],
  ['card suspension at New Year midnight', '2027-01-01T00:00', 'shiki', 'mynumber_card_suspension', true, null, H24],
  ['card suspension on a Sunday 23:59', '2026-12-06T23:59', null, 'mynumber_card_suspension', true, null, H24],
  ['card suspension at 2026-12-28T15:00Z', '2026-12-28T15:00:00Z', null, 'mynumber_card_suspension', true, null, H24],
  ['card suspension on 1/3 at 23:59', '2027-01-03T23:59', null, 'mynumber_card_suspension', true, null, H24],
  ['110 on 1/2 at 04:00', '2027-01-02T04:00', null, 'police_emergency', true, null, H24],
  ['110 on a weekday at 12:00', '2026-12-01T12:00', 'shimada', 'police_emergency', true, null, H24],
  ['埼玉県警察本部 at 3:00 on 1/1', '2027-01-01T03:00', 'shiki', 'local_police_hq', true, null, H24],
  ['静岡県警察本部 on a Sunday night', '2026-12-06T23:00', 'shimada', 'local_police_hq', true, null, H24],
];

const HOTLINE: Row[] = [
  // Without a deployment: weekdays vary by region.
  ['188 weekday 10:00, no deployment', '2026-12-01T10:00', null, 'consumer_hotline', false, null, VARIES],
  ['188 weekday 22:00, no deployment', '2026-12-01T22:00', null, 'consumer_hotline', false, null, VARIES],
  ['188 12/28 (Mon, before the year end), no deployment', '2026-12-28T10:00', null, 'consumer_hotline', false, null, VARIES],
  ['188 with 島田市 (no local centre): weekday varies', '2026-12-01T10:00', 'shimada', 'consumer_hotline', false, null, VARIES],
  ['188 Saturday 9:59', '2026-12-05T09:59', null, 'consumer_hotline', false, '2026-12-05T10:00', laterToday('10:00')],
  ['188 Saturday 10:00', '2026-12-05T10:00', null, 'consumer_hotline', true, '2026-12-05T16:00', open('16:00')],
  ['188 Saturday 15:59', '2026-12-05T15:59', null, 'consumer_hotline', true, '2026-12-05T16:00', open('16:00')],
  ['188 Saturday 16:00: Sunday next', '2026-12-05T16:00', null, 'consumer_hotline', false, '2026-12-06T10:00', endedToday('12月6日(日) 10:00')],
  ['188 Sunday 16:00: Monday varies', '2026-12-06T16:00', null, 'consumer_hotline', false, null, NEXT_VARIES],
  ['188 holiday (勤労感謝の日) 10:00', '2026-11-23T10:00', null, 'consumer_hotline', true, '2026-11-23T16:00', open('16:00')],
  ['188 国民の休日 16:00: 秋分の日 next', '2026-09-22T16:00', null, 'consumer_hotline', false, '2026-09-23T10:00', endedToday('9月23日(水) 10:00')],
  ['188 敬老の日 2026-09-21 12:00', '2026-09-21T12:00', null, 'consumer_hotline', true, '2026-09-21T16:00', open('16:00')],
  ['188 振替休日 2027-03-22 15:59', '2027-03-22T15:59', null, 'consumer_hotline', true, '2027-03-22T16:00', open('16:00')],
  ['188 12/29 (Tue): closed, next varies', '2026-12-29T10:00', null, 'consumer_hotline', false, null, NEXT_VARIES],
  ['188 1/2 (Saturday) closed for the year end', '2027-01-02T12:00', null, 'consumer_hotline', false, null, NEXT_VARIES],
  ['188 1/9 (Saturday) 10:00', '2027-01-09T10:00', null, 'consumer_hotline', true, '2027-01-09T16:00', open('16:00')],
  ['188 成人の日 2027-01-11 15:59', '2027-01-11T15:59', null, 'consumer_hotline', true, '2027-01-11T16:00', open('16:00')],
  // 志木市: the local centre's weekday hours with a lunch break, the holiday line on its closed days.
  ['188 志木 9:59', '2026-12-01T09:59', 'shiki', 'consumer_hotline', false, '2026-12-01T10:00', laterToday('10:00')],
  ['188 志木 10:00', '2026-12-01T10:00', 'shiki', 'consumer_hotline', true, '2026-12-01T12:00', open('12:00')],
  ['188 志木 11:59', '2026-12-01T11:59', 'shiki', 'consumer_hotline', true, '2026-12-01T12:00', open('12:00')],
  ['188 志木 lunch starts 12:00', '2026-12-01T12:00', 'shiki', 'consumer_hotline', false, '2026-12-01T13:00', laterToday('13:00')],
  ['188 志木 12:59', '2026-12-01T12:59', 'shiki', 'consumer_hotline', false, '2026-12-01T13:00', laterToday('13:00')],
  ['188 志木 13:00', '2026-12-01T13:00', 'shiki', 'consumer_hotline', true, '2026-12-01T16:00', open('16:00')],
  ['188 志木 15:59', '2026-12-01T15:59', 'shiki', 'consumer_hotline', true, '2026-12-01T16:00', open('16:00')],
  ['188 志木 16:00', '2026-12-01T16:00', 'shiki', 'consumer_hotline', false, '2026-12-02T10:00', endedToday('12月2日(水) 10:00')],
  ['188 志木 Friday 16:00: the Saturday holiday line next', '2026-12-04T16:00', 'shiki', 'consumer_hotline', false, '2026-12-05T10:00', endedToday('12月5日(土) 10:00')],
  ['188 志木 Saturday 12:30 (no lunch break)', '2026-12-05T12:30', 'shiki', 'consumer_hotline', true, '2026-12-05T16:00', open('16:00')],
  ['188 志木 Sunday 16:00: Monday 10:00', '2026-12-06T16:00', 'shiki', 'consumer_hotline', false, '2026-12-07T10:00', endedToday('12月7日(月) 10:00')],
  ['188 志木 国民の休日 12:30', '2026-09-22T12:30', 'shiki', 'consumer_hotline', true, '2026-09-22T16:00', open('16:00')],
  ['188 志木 勤労感謝の日 (Mon) 9:59: the holiday line at 10:00', '2026-11-23T09:59', 'shiki', 'consumer_hotline', false, '2026-11-23T10:00', laterToday('10:00')],
  ['188 志木 12/28 16:00: next 1/4', '2026-12-28T16:00', 'shiki', 'consumer_hotline', false, '2027-01-04T10:00', endedToday('1月4日(月) 10:00')],
  ['188 志木 1/3 (Sunday) closed', '2027-01-03T12:00', 'shiki', 'consumer_hotline', false, '2027-01-04T10:00', notToday('1月4日(月) 10:00')],
  ['188 志木 2028-01-04 (Tue) 9:59', '2028-01-04T09:59', 'shiki', 'consumer_hotline', false, '2028-01-04T10:00', laterToday('10:00')],
];

const LOCAL: Row[] = [
  ['志木 消費生活相談 11:59', '2026-12-01T11:59', 'shiki', 'local_consumer_center', true, '2026-12-01T12:00', open('12:00')],
  ['志木 消費生活相談 lunch 12:00', '2026-12-01T12:00', 'shiki', 'local_consumer_center', false, '2026-12-01T13:00', laterToday('13:00')],
  ['志木 消費生活相談 13:00', '2026-12-01T13:00', 'shiki', 'local_consumer_center', true, '2026-12-01T16:00', open('16:00')],
  ['志木 消費生活相談 Saturday', '2026-12-05T12:00', 'shiki', 'local_consumer_center', false, '2026-12-07T10:00', notToday('12月7日(月) 10:00')],
  ['志木 消費生活相談 国民の休日 (next after 秋分の日)', '2026-09-22T10:00', 'shiki', 'local_consumer_center', false, '2026-09-24T10:00', notToday('9月24日(木) 10:00')],
  ['志木 消費生活相談 12/28 15:59', '2026-12-28T15:59', 'shiki', 'local_consumer_center', true, '2026-12-28T16:00', open('16:00')],
  ['志木 消費生活相談 12/28 16:00', '2026-12-28T16:00', 'shiki', 'local_consumer_center', false, '2027-01-04T10:00', endedToday('1月4日(月) 10:00')],
  ['志木 市民課 8:29', '2026-12-01T08:29', 'shiki', 'local_city_office', false, '2026-12-01T08:30', laterToday('8:30')],
  ['志木 市民課 8:30', '2026-12-01T08:30', 'shiki', 'local_city_office', true, '2026-12-01T17:15', open('17:15')],
  ['志木 市民課 17:14', '2026-12-28T17:14', 'shiki', 'local_city_office', true, '2026-12-28T17:15', open('17:15')],
  ['志木 市民課 12/28 17:15: next 1/4', '2026-12-28T17:15', 'shiki', 'local_city_office', false, '2027-01-04T08:30', endedToday('1月4日(月) 8:30')],
  ['島田 市民課 given in UTC: 11/25 00:00', '2026-11-24T15:00:00Z', 'shimada', 'local_city_office', false, '2026-11-25T08:30', laterToday('8:30')],
  ['島田 市民課 2026-11-24T14:59Z = 11/24 23:59', '2026-11-24T14:59:00Z', 'shimada', 'local_city_office', false, '2026-11-25T08:30', endedToday('11月25日(水) 8:30')],
  ['島田 市民課 leap day 17:14', '2028-02-29T17:14', 'shimada', 'local_city_office', true, '2028-02-29T17:15', open('17:15')],
  ['島田 市民課 成人の日 2027-01-11', '2027-01-11T10:00', 'shimada', 'local_city_office', false, '2027-01-12T08:30', notToday('1月12日(火) 8:30')],
];

const POLICE: Row[] = [
  ['#9110 8:29', '2026-12-01T08:29', null, 'police_consultation', false, '2026-12-01T08:30', police('本日 8:30')],
  ['#9110 8:30', '2026-12-01T08:30', null, 'police_consultation', true, '2026-12-01T17:15', open('17:15')],
  ['#9110 17:14', '2026-12-01T17:14', null, 'police_consultation', true, '2026-12-01T17:15', open('17:15')],
  ['#9110 17:15', '2026-12-01T17:15', null, 'police_consultation', false, '2026-12-02T08:30', police('12月2日(水) 8:30')],
  ['#9110 Saturday', '2026-12-05T10:00', null, 'police_consultation', false, '2026-12-07T08:30', police('12月7日(月) 8:30')],
  ['#9110 Sunday night given in UTC (Mon 00:00)', '2026-12-06T15:00:00Z', 'shiki', 'police_consultation', false, '2026-12-07T08:30', police('本日 8:30')],
  ['#9110 勤労感謝の日', '2026-11-23T10:00', null, 'police_consultation', false, '2026-11-24T08:30', police('11月24日(火) 8:30')],
  ['#9110 国民の休日: next after 秋分の日', '2026-09-22T10:00', null, 'police_consultation', false, '2026-09-24T08:30', police('9月24日(木) 8:30')],
  ['#9110 振替休日 2026-05-06', '2026-05-06T10:00', null, 'police_consultation', false, '2026-05-07T08:30', police('5月7日(木) 8:30')],
  ['#9110 振替休日 2027-03-22', '2027-03-22T10:00', null, 'police_consultation', false, '2027-03-23T08:30', police('3月23日(火) 8:30')],
  ['#9110 昭和の日 2027-04-29', '2027-04-29T10:00', null, 'police_consultation', false, '2027-04-30T08:30', police('4月30日(金) 8:30')],
  ['#9110 2027-04-30 is a weekday', '2027-04-30T10:00', null, 'police_consultation', true, '2027-04-30T17:15', open('17:15')],
  ['#9110 12/28 17:14', '2026-12-28T17:14', null, 'police_consultation', true, '2026-12-28T17:15', open('17:15')],
  // No year-end rule in the spec: 12/29–12/31 and 1/2–1/3 are weekdays when they fall Monday to Friday.
  ['#9110 12/28 17:15: 12/29 next', '2026-12-28T17:15', null, 'police_consultation', false, '2026-12-29T08:30', police('12月29日(火) 8:30')],
  ['#9110 12/29 (Tue) 10:00: a weekday', '2026-12-29T10:00', null, 'police_consultation', true, '2026-12-29T17:15', open('17:15')],
  ['#9110 12/30 (Wed) 8:29', '2026-12-30T08:29', 'shiki', 'police_consultation', false, '2026-12-30T08:30', police('本日 8:30')],
  ['#9110 12/31 (Thu) 17:14', '2026-12-31T17:14', null, 'police_consultation', true, '2026-12-31T17:15', open('17:15')],
  ['#9110 12/31 17:15: 元日, then the weekend, 1/4 next', '2026-12-31T17:15', null, 'police_consultation', false, '2027-01-04T08:30', police('1月4日(月) 8:30')],
  ['#9110 元日 2027-01-01', '2027-01-01T10:00', null, 'police_consultation', false, '2027-01-04T08:30', police('1月4日(月) 8:30')],
  ['#9110 1/4 8:30', '2027-01-04T08:30', null, 'police_consultation', true, '2027-01-04T17:15', open('17:15')],
  ['#9110 2027-12-31 (Fri) 17:15: 元日 (Sat), 1/3 (Mon) next', '2027-12-31T17:15', null, 'police_consultation', false, '2028-01-03T08:30', police('1月3日(月) 8:30')],
  ['#9110 2028-01-03 (Mon): a weekday', '2028-01-03T10:00', null, 'police_consultation', true, '2028-01-03T17:15', open('17:15')],
  ['#9110 leap day 8:30', '2028-02-29T08:30', null, 'police_consultation', true, '2028-02-29T17:15', open('17:15')],
];

const PPC: Row[] = [
  ['個人情報保護委員会 9:29', '2026-12-01T09:29', null, 'ppc_mynumber_complaints', false, '2026-12-01T09:30', laterToday('9:30')],
  ['個人情報保護委員会 9:30', '2026-12-01T09:30', null, 'ppc_mynumber_complaints', true, '2026-12-01T17:30', open('17:30')],
  ['個人情報保護委員会 17:29', '2026-12-01T17:29', null, 'ppc_mynumber_complaints', true, '2026-12-01T17:30', open('17:30')],
  ['個人情報保護委員会 17:30', '2026-12-01T17:30', null, 'ppc_mynumber_complaints', false, '2026-12-02T09:30', endedToday('12月2日(水) 9:30')],
  ['個人情報保護委員会 Saturday', '2026-12-05T10:00', null, 'ppc_mynumber_complaints', false, '2026-12-07T09:30', notToday('12月7日(月) 9:30')],
  ['個人情報保護委員会 文化の日 2026-11-03', '2026-11-03T10:00', null, 'ppc_mynumber_complaints', false, '2026-11-04T09:30', notToday('11月4日(水) 9:30')],
  ['個人情報保護委員会 国民の休日: next after 秋分の日', '2026-09-22T10:00', null, 'ppc_mynumber_complaints', false, '2026-09-24T09:30', notToday('9月24日(木) 9:30')],
  ['個人情報保護委員会 天皇誕生日 2027-02-23', '2027-02-23T10:00', null, 'ppc_mynumber_complaints', false, '2027-02-24T09:30', notToday('2月24日(水) 9:30')],
  ['個人情報保護委員会 12/28 17:30', '2026-12-28T17:30', null, 'ppc_mynumber_complaints', false, '2027-01-04T09:30', endedToday('1月4日(月) 9:30')],
  ['個人情報保護委員会 12/29', '2026-12-29T10:00', null, 'ppc_mynumber_complaints', false, '2027-01-04T09:30', notToday('1月4日(月) 9:30')],
  ['個人情報保護委員会 2027-12-28 17:29', '2027-12-28T17:29', null, 'ppc_mynumber_complaints', true, '2027-12-28T17:30', open('17:30')],
  ['個人情報保護委員会 2027-12-29', '2027-12-29T10:00', null, 'ppc_mynumber_complaints', false, '2028-01-04T09:30', notToday('1月4日(火) 9:30')],
];

const INTL: Row[] = [
  ['国際電話不取扱 8:59', '2026-12-01T08:59', null, 'intl_call_block', false, '2026-12-01T09:00', intl('本日 9:00')],
  ['国際電話不取扱 9:00', '2026-12-01T09:00', null, 'intl_call_block', true, '2026-12-01T17:00', open('17:00')],
  ['国際電話不取扱 16:59', '2026-12-01T16:59', null, 'intl_call_block', true, '2026-12-01T17:00', open('17:00')],
  ['国際電話不取扱 17:00 (the recording still answers)', '2026-12-01T17:00', null, 'intl_call_block', false, '2026-12-02T09:00', intl('12月2日(水) 9:00')],
  ['国際電話不取扱 Saturday', '2026-12-05T10:00', null, 'intl_call_block', false, '2026-12-07T09:00', intl('12月7日(月) 9:00')],
  ['国際電話不取扱 holiday (operator closed)', '2026-11-23T10:00', null, 'intl_call_block', false, '2026-11-24T09:00', intl('11月24日(火) 9:00')],
  // The spec gives this line no year-end rule (unlike the others): a weekday 12/29 is a weekday.
  ['国際電話不取扱 12/29 (Tue)', '2026-12-29T10:00', null, 'intl_call_block', true, '2026-12-29T17:00', open('17:00')],
  ['国際電話不取扱 1/4 8:59', '2027-01-04T08:59', null, 'intl_call_block', false, '2027-01-04T09:00', intl('本日 9:00')],
];

const ROWS: Row[] = [...FREEDIAL, ...FOREIGN, ...ALWAYS_OPEN, ...HOTLINE, ...LOCAL, ...POLICE, ...PPC, ...INTL];

/** An instant from `YYYY-MM-DDTHH:MM` (Japan time) or a full ISO string with an offset or `Z`. */
function instant(text: string): Date {
  return new Date(/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}:00+09:00`);
}

/** `YYYY-MM-DDTHH:MM` in Japan time, or null. */
function jstMinute(at: Date | null): string | null {
  return at ? toJstIso(at).slice(0, 16) : null;
}

/** What the card of contact `id` says at `at`: open or not, the closing or next opening minute, the status line. */
function seen(at: string, deployment: Deployment, id: string): { open: boolean; edge: string | null; text: string } {
  const k = knowledge(deployment);
  const contact = k.directory.contacts.get(id);
  if (!contact) throw new Error(`no contact ${id} with deployment ${deployment}`);
  const when = instant(at);
  const status = openingStatus(contact.hours, when);
  return { open: status.open, edge: jstMinute(status.open ? status.closesAt : status.nextOpen), text: contactStatusLine(contact, status, when, k.hoursTexts).text };
}

describe('office hours at instants read from the spec', () => {
  it('has about 150 instants', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(140);
  });

  it.each(ROWS)('%s (%s, deployment %s, %s)', (_what, at, deployment, id, isOpen, edge, text) => {
    expect(seen(at, deployment, id)).toEqual({ open: isOpen, edge, text });
  });

  it('says the same whatever the process time zone (the server may run in UTC or abroad)', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const differing = ROWS.filter(([, at, deployment, id, isOpen, edge, text]) => JSON.stringify(seen(at, deployment, id)) !== JSON.stringify({ open: isOpen, edge, text }));
        expect(differing.map((r) => r[0]), zone).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

/** The numbers of the contract, digits as dialled, per contact ID. */
const NUMBERS: Record<string, string> = {
  mynumber_freedial: 'tel:0120950178',
  mynumber_card_suspension: 'tel:0120950178',
  mynumber_freedial_foreign: 'tel:0120017826',
  consumer_hotline: 'tel:188',
  police_consultation: 'tel:%239110',
  police_emergency: 'tel:110',
  ppc_mynumber_complaints: 'tel:0364579585',
  intl_call_block: 'tel:0120210364',
};

describe('the contract numbers and hours in data', () => {
  it.each(Object.entries(NUMBERS))('%s: first number %s', (id, tel) => {
    expect(knowledge().directory.contacts.get(id)?.numbers[0]?.tel).toBe(tel);
  });

  it('the free dial lists the two charged 050 lines for IP phones, the foreign line 0120-0178-27, the commission its main line', () => {
    const c = knowledge().directory.contacts;
    expect(c.get('mynumber_freedial')?.numbers.map((n) => [n.display, n.tel, Boolean(n.charged)])).toEqual([
      ['0120-95-0178', 'tel:0120950178', false],
      ['050-3818-1250', 'tel:05038181250', true],
      ['050-3816-9405', 'tel:05038169405', true],
    ]);
    expect(c.get('mynumber_freedial_foreign')?.numbers.map((n) => n.tel)).toEqual(['tel:0120017826', 'tel:0120017827']);
    expect(c.get('ppc_mynumber_complaints')?.numbers.map((n) => n.tel)).toEqual(['tel:0364579585', 'tel:0364579849']);
    expect(c.get('antiphishing_report')?.email).toBe('info@antiphishing.jp');
  });

  it('志木市: 048-473-1111 内線3200 for consumer matters, 048-832-0110 for the 埼玉県警察本部', () => {
    const c = knowledge('shiki').directory.contacts;
    expect(c.get('local_consumer_center')?.numbers[0]).toMatchObject({ tel: 'tel:0484731111', extension: '3200' });
    expect(c.get('local_police_hq')?.numbers[0]?.tel).toBe('tel:0488320110');
  });
});

// ---------------------------------------------------------------------------------------------
// What a resident sees in the reply

const CALL_TEXT = '市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました';

/** The contact cards of a reply, by contact name, with their text and their call buttons. */
function cards(messages: messagingApi.Message[], deployment: Deployment): Map<string, { text: string; tels: string[] }> {
  const names = new Set([...knowledge(deployment).directory.contacts.values()].map((c) => c.name));
  const out = new Map<string, { text: string; tels: string[] }>();
  for (const b of messages.flatMap((m) => bubbles(m))) {
    const lines = visibleText([b.body]).split('\n');
    const name = lines.find((l) => names.has(l));
    if (!name || out.has(name)) continue;
    const tels = actions([b.footer]).flatMap((a) => {
      const uri = a.type === 'uri' ? (a as messagingApi.URIAction).uri : undefined;
      return uri?.startsWith('tel:') ? [uri] : [];
    });
    out.set(name, { text: visibleText([b.body]), tels });
  }
  return out;
}

function card(messages: messagingApi.Message[], deployment: Deployment, id: string) {
  const name = knowledge(deployment).directory.contacts.get(id)?.name ?? id;
  const c = cards(messages, deployment).get(name);
  if (!c) throw new Error(`no card for ${id}`);
  return c;
}

const NOTHING_OPEN = 'いまは、どの相談窓口も受付時間外です';
const firstLine = (messages: messagingApi.Message[]) => visibleText([messages[0]]);

describe('rendered replies at instants of the spec', () => {
  it('fake official call, 12/31 22:00, no deployment: nothing open, #9110 on 1/4 8:30 first; each card says why', () => {
    const m = replyTo(CALL_TEXT, classified('scam.fake_official_call'), instant('2026-12-31T22:00'));
    expect(firstLine(m)).toContain(NOTHING_OPEN);
    expect(firstLine(m)).toContain('いちばん早く受付が始まるのは、1月4日(月) 8:30 の警察相談専用電話（#9110）です。');
    expect(actions([m[0]])).toContainEqual(expect.objectContaining({ uri: 'tel:110' }));
    const police9110 = card(m, null, 'police_consultation');
    expect(police9110.text).toContain(police('1月4日(月) 8:30'));
    expect(police9110.tels[0]).toBe('tel:%239110');
    const hotline = card(m, null, 'consumer_hotline');
    expect(hotline.text).toContain(NEXT_VARIES);
    expect(hotline.tels[0]).toBe('tel:188');
    const freedial = card(m, null, 'mynumber_freedial');
    expect(freedial.text).toContain(notToday('1月4日(月) 9:30'));
    expect(freedial.tels[0]).toBe('tel:0120950178');
  });

  it('#9110 on 12/30 (Wed) at 10:00: open like any weekday, its hours saying that the year end differs by prefecture', () => {
    for (const deployment of [null, 'shiki'] as const) {
      const m = replyTo(CALL_TEXT, classified('scam.fake_official_call'), instant('2026-12-30T10:00'), deployment);
      const police9110 = card(m, deployment, 'police_consultation');
      expect(police9110.text, String(deployment)).toContain(open('17:15'));
      expect(police9110.text, String(deployment)).toContain('年末年始の対応は、都道府県により異なります');
      expect(police9110.tels[0]).toBe('tel:%239110');
      expect(visibleText(m)).not.toContain(NOTHING_OPEN);
    }
  });

  it('the same with 志木市: the 埼玉県警察本部 (24 h) stands in, so no "nothing open" notice; 188 gives 1/4 10:00', () => {
    const m = replyTo(CALL_TEXT, classified('scam.fake_official_call'), instant('2026-12-31T22:00'), 'shiki');
    expect(visibleText(m)).not.toContain(NOTHING_OPEN);
    const hq = card(m, 'shiki', 'local_police_hq');
    expect(hq.text).toContain('警察相談専用電話は、いま受付時間外です。かわりにこちらへ');
    expect(hq.text).toContain(H24);
    expect(hq.tels[0]).toBe('tel:0488320110');
    expect(card(m, 'shiki', 'consumer_hotline').text).toContain(notToday('1月4日(月) 10:00'));
  });

  it('a Sunday at 03:00 given in UTC (Sat 18:00Z): nothing open, the free dial today 9:30', () => {
    const m = replyTo(CALL_TEXT, classified('scam.fake_official_call'), instant('2026-12-05T18:00:00Z'));
    expect(firstLine(m)).toContain('いちばん早く受付が始まるのは、本日 9:30 のマイナンバー総合フリーダイヤル（0120-95-0178）です。');
    expect(card(m, null, 'consumer_hotline').text).toContain(laterToday('10:00'));
    expect(card(m, null, 'mynumber_freedial').text).toContain(laterToday('9:30'));
  });

  it('only the free dial (faq.fees): weekday 20:00 with and without a deployment, 12/28 23:59 given in UTC', () => {
    for (const deployment of [null, 'shiki', 'shimada'] as const) {
      const m = replyTo('再発行の手数料はいくら？', classified('faq.fees'), instant('2026-12-01T20:00'), deployment);
      expect(firstLine(m), String(deployment)).toContain('いちばん早く受付が始まるのは、12月2日(水) 9:30 のマイナンバー総合フリーダイヤル（0120-95-0178）です。');
      expect(card(m, deployment, 'mynumber_freedial').text).toContain(endedToday('12月2日(水) 9:30'));
    }
    const m = replyTo('再発行の手数料はいくら？', classified('faq.fees'), instant('2026-12-28T14:59:00Z'));
    expect(firstLine(m)).toContain('1月4日(月) 9:30 のマイナンバー総合フリーダイヤル（0120-95-0178）');
  });

  it('the free dial at 19:59 on a weekday and 17:29 on a holiday: open, the green call button dials 0120-95-0178', () => {
    for (const [at, until] of [['2026-12-01T19:59', '20:00'], ['2026-09-22T17:29', '17:30']] as const) {
      const m = replyTo('再発行の手数料はいくら？', classified('faq.fees'), instant(at));
      expect(visibleText(m)).not.toContain(NOTHING_OPEN);
      const c = card(m, null, 'mynumber_freedial');
      expect(c.text).toContain(open(until));
      expect(c.tels[0]).toBe('tel:0120950178');
    }
  });

  it('lost card on 1/1 at 03:00: the 24-hour suspension line, open, 0120-95-0178', () => {
    for (const deployment of [null, 'shiki'] as const) {
      const m = replyTo('マイナンバーカードをなくしました', classified('faq.lost_card'), instant('2027-01-01T03:00'), deployment);
      expect(visibleText(m)).not.toContain(NOTHING_OPEN);
      const c = card(m, deployment, 'mynumber_card_suspension');
      expect(c.text).toContain(H24);
      expect(c.tels[0]).toBe('tel:0120950178');
    }
  });

  it('a card mailed away, on 12/30: the free dial is closed, so the 24-hour suspension line stands in', () => {
    const m = replyTo('マイナンバーカードを郵送してと言われて送ってしまった', classified('scam.card_mail_request'), instant('2026-12-30T10:00'));
    expect(visibleText(m)).not.toContain(NOTHING_OPEN);
    expect(card(m, null, 'mynumber_freedial').text).toContain(notToday('1月4日(月) 9:30'));
    const stand = card(m, null, 'mynumber_card_suspension');
    expect(stand.text).toContain('マイナンバー総合フリーダイヤルは、いま受付時間外です。かわりにこちらへ');
    expect(stand.tels[0]).toBe('tel:0120950178');
  });

  it('a foreign-language question on Saturday 18:00: nothing open, the foreign line on Sunday 9:30; suspension 24 hours on 0120-0178-27', () => {
    const m = replyTo('Is this a scam?', classified('faq.foreign_language'), instant('2026-12-05T18:00'));
    expect(firstLine(m)).toContain('12月6日(日) 9:30');
    expect(firstLine(m)).toContain('0120-0178-26');
    const c = card(m, null, 'mynumber_freedial_foreign');
    expect(c.tels).toEqual(['tel:0120017826', 'tel:0120017827']);
    expect(c.text).toContain(foreign('12月6日(日) 9:30'));
    expect(c.text).not.toContain('本日の受付は終了しました');
  });

  it('a foreign-language question at 02:00 on 1/2: the card says card suspension answers on 0120-0178-27 now', () => {
    for (const deployment of [null, 'shiki'] as const) {
      const m = replyTo('I lost my My Number card', classified('faq.foreign_language'), instant('2027-01-02T02:00'), deployment);
      const c = card(m, deployment, 'mynumber_freedial_foreign');
      expect(c.text, String(deployment)).toContain(foreign('1月4日(月) 9:30'));
      expect(c.text, String(deployment)).toContain('24時間');
      expect(c.tels).toContain('tel:0120017827');
    }
  });

  it('a fee demand at 志木市 during the lunch break: 188 opens at 13:00 today, the police HQ stands in, #9110 open', () => {
    const m = replyTo('登録料を払えと言われた', classified('scam.fee_demand'), instant('2026-12-01T12:30'), 'shiki');
    expect(visibleText(m)).not.toContain(NOTHING_OPEN);
    expect(card(m, 'shiki', 'consumer_hotline').text).toContain(laterToday('13:00'));
    expect(card(m, 'shiki', 'consumer_hotline').tels[0]).toBe('tel:188');
    expect(card(m, 'shiki', 'police_consultation').text).toContain(open('17:15'));
    expect(card(m, 'shiki', 'local_police_hq').tels[0]).toBe('tel:0488320110');
  });

  it('investment fraud on Saturday 17:00 without a deployment: nothing open, 188 on Sunday 10:00 first', () => {
    const m = replyTo('SNSの投資グループで利益が出たのに、出金するには手数料が必要だと言われました', classified('scam.investment_romance'), instant('2026-12-05T17:00'));
    expect(firstLine(m)).toContain('いちばん早く受付が始まるのは、12月6日(日) 10:00 の消費者ホットライン（188）です。');
    expect(card(m, null, 'police_consultation').text).toContain(police('12月7日(月) 8:30'));
  });

  it('a weekday night without a deployment: 188 may be open locally, so no "nothing open" notice', () => {
    const m = replyTo('登録料を払えと言われた', classified('scam.fee_demand'), instant('2026-12-01T21:00'));
    expect(visibleText(m)).not.toContain(NOTHING_OPEN);
    expect(card(m, null, 'consumer_hotline').text).toContain(VARIES);
  });

  it('a fake-police call at night: 110 first and open; the international-call line says its recording answers', () => {
    const m = replyTo('警察を名乗る電話で、あなたのマイナンバーカードが悪用されていると言われた', classified('scam.fake_police'), instant('2026-12-01T21:00'));
    const emergency = card(m, null, 'police_emergency');
    expect(emergency.text).toContain(H24);
    expect(emergency.tels[0]).toBe('tel:110');
    const block = card(m, null, 'intl_call_block');
    expect(block.text).toContain(intl('12月2日(水) 9:00'));
    expect(block.text).not.toContain('本日の受付は終了しました');
    expect(block.tels[0]).toBe('tel:0120210364');
  });

  it('the contact list on the leap day at 9:30 (志木市): every card with its own number and status', () => {
    const m = replyTo('相談窓口を教えてください', classified('faq.contacts'), instant('2028-02-29T09:30'), 'shiki');
    const expected: [string, string, string][] = [
      ['police_emergency', 'tel:110', H24],
      ['police_consultation', 'tel:%239110', open('17:15')],
      ['consumer_hotline', 'tel:188', laterToday('10:00')],
      ['local_consumer_center', 'tel:0484731111', laterToday('10:00')],
      ['mynumber_freedial', 'tel:0120950178', open('20:00')],
      ['mynumber_card_suspension', 'tel:0120950178', H24],
      ['local_city_office', 'tel:0484731111', open('17:15')],
      ['mynumber_freedial_foreign', 'tel:0120017826', open('20:00')],
      ['ppc_mynumber_complaints', 'tel:0364579585', open('17:30')],
      ['intl_call_block', 'tel:0120210364', open('17:00')],
      ['local_police_hq', 'tel:0488320110', H24],
    ];
    for (const [id, tel, status] of expected) {
      const c = card(m, 'shiki', id);
      expect(c.tels[0], id).toBe(tel);
      expect(c.text, id).toContain(status);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Retired numbers (spec: never shown)

const RETIRED = ['0570-20-0178', '0570-20-0291', '0570-783-578', '0570-064-738', '0570-0100-76', '03-6441-3452'];

/** Retired numbers in `text`, however written (hyphens, spaces, full-width digits, tel: URIs). */
function retiredIn(text: string): string[] {
  const digits = (text.normalize('NFKC').match(/[0-9](?:[0-9]|[ \t.()\-‐‑–—−ー－]+(?=[0-9]))*/g) ?? []).map((r) => r.replace(/[^0-9]/g, ''));
  return RETIRED.filter((n) => digits.some((d) => d.includes(n.replaceAll('-', ''))));
}

describe('retired numbers never appear', () => {
  it('the scan finds each of them, however written', () => {
    expect(retiredIn('旧 0570-20-0178 / tel:0570200291 / ０５７０－７８３－５７８ / 0570 064 738 / (03)6441-3452 / 0570ー0100ー76')).toEqual(RETIRED);
    expect(retiredIn('0120-95-0178 050-3818-1250 03-6457-9585')).toEqual([]);
  });

  it('in the README', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    expect(retiredIn(readme)).toEqual([]);
  });

  const INSTANTS = ['2026-12-01T14:00', '2026-12-01T21:00', '2026-12-06T03:00', '2026-12-31T22:00', '2027-03-22T12:00', '2028-02-29T09:30'];
  const FLAGS: Flag[][] = [[], ['urgent']];
  it.each([null, 'shiki', 'shimada'] as const)('in any rendered reply of any intent (deployment %s)', (deployment) => {
    const found: string[] = [];
    for (const intent of INTENT_IDS as readonly IntentId[]) {
      for (const at of INSTANTS) {
        for (const flags of FLAGS) {
          const json = JSON.stringify(replyTo('テスト', classified(intent, flags), instant(at), deployment));
          for (const n of retiredIn(json)) found.push(`${intent} ${at} ${flags.join(',')}: ${n}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The holiday source

describe('national holidays (@holiday-jp/holiday_jp)', () => {
  const is = (iso: string) => {
    const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
    return isJapaneseHoliday({ year, month, day });
  };

  it('has the official 2027 calendar (暦要項 of 2026-02), substitute and citizens’ holidays included', () => {
    const official2027 = ['01-01', '01-11', '02-11', '02-23', '03-21', '03-22', '04-29', '05-03', '05-04', '05-05', '07-19', '08-11', '09-20', '09-23', '10-11', '11-03', '11-23'];
    const listed = Object.keys(holidayJp.holidays).filter((d) => d.startsWith('2027-')).map((d) => d.slice(5));
    expect(listed).toEqual(official2027);
    expect(is('2026-09-22')).toBe(true); // 国民の休日
    expect(is('2026-05-06')).toBe(true); // 振替休日
    expect(is('2027-09-22')).toBe(false);
  });

  it('covers the years ahead: at least through the year after next, up to 2050', () => {
    const years = new Set(Object.keys(holidayJp.holidays).map((d) => Number(d.slice(0, 4))));
    for (let y = 2026; y <= 2050; y++) expect(years.has(y), String(y)).toBe(true);
    expect(years.has(new Date().getUTCFullYear() + 2), 'holiday data ends within two years: update @holiday-jp/holiday_jp').toBe(true);
  });

  it('after its last year no date is a holiday (documented in the README): 2051-01-01 would get weekday hours', () => {
    expect(is('2050-11-23')).toBe(true);
    expect(is('2051-01-01')).toBe(false);
  });
});
