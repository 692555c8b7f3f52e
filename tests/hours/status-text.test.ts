import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HoursRules } from '../../src/hours/hours-rules.ts';
import { loadHoursTexts } from '../../src/hours/hours-texts.ts';
import { statusText } from '../../src/hours/status-text.ts';
import { ALWAYS, FREEDIAL, HOTLINE_188, POLICE_9110, SHIKI_CONSUMER, jst } from './fixtures.ts';

const texts = loadHoursTexts(fileURLToPath(new URL('../../data', import.meta.url)));

const CASES: [string, HoursRules, string, string][] = [
  ['open weekday', FREEDIAL, '2026-11-24T19:59', '受付中（20:00まで）'],
  ['year end: next opening after New Year', FREEDIAL, '2026-12-28T20:30', '本日の受付は終了しました。次の受付は 1月4日(月) 9:30 からです'],
  ['closed all day (year end)', FREEDIAL, '2027-01-03T23:59', '本日は受付していません。次の受付は 1月4日(月) 9:30 からです'],
  ['before opening today', FREEDIAL, '2027-01-04T09:29', '受付時間外です。本日 9:30 から受付します'],
  ['lunch break', SHIKI_CONSUMER, '2026-11-24T12:15', '受付時間外です。本日 13:00 から受付します'],
  ['weekend for a weekday line', POLICE_9110, '2026-11-28T10:00', '本日は受付していません。次の受付は 11月30日(月) 8:30 からです'],
  ['24-hour line', ALWAYS, '2026-12-31T23:00', '24時間受付'],
  ['188 on a weekday', HOTLINE_188, '2026-11-24T10:00', '受付時間は地域により異なります'],
  ['188 on a Sunday evening', HOTLINE_188, '2026-11-29T17:00', '受付時間外です。次の受付時間は地域により異なります'],
  ['closing at midnight', { weekday: ['18:00-24:00'] }, '2026-11-24T23:00', '受付中（24:00まで）'],
];

describe('statusText (words from data/hours-text.yaml)', () => {
  it.each(CASES)('%s', (_what, rules, at, expected) => {
    expect(statusText(rules, jst(at), texts)).toBe(expected);
  });

  it('is the same whatever the process time zone', () => {
    const saved = process.env.TZ;
    const results = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles'].map((zone) => {
      process.env.TZ = zone;
      return statusText(FREEDIAL, jst('2026-12-28T20:30'), texts);
    });
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
    expect(new Set(results).size).toBe(1);
  });
});
