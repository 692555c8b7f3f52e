import { afterAll, describe, expect, it } from 'vitest';
import type { HoursRules } from '../../src/hours/hours-rules.ts';
import { openingStatus } from '../../src/hours/opening-status.ts';
import { ALWAYS, FREEDIAL, HOTLINE_188, POLICE_9110, SHIKI_CONSUMER, jst } from './fixtures.ts';

interface Case {
  what: string;
  rules: HoursRules;
  at: string;
  open: boolean;
  closesAt: string | null;
  nextOpen: string | null;
}

/** Tricky instants (Japan time) and what a resident must be told. */
const CASES: Case[] = [
  // 2026-05-06 (Wed) is a substitute holiday (振替休日) for 5/3 falling on a Sunday.
  { what: 'substitute holiday uses holiday hours', rules: FREEDIAL, at: '2026-05-06T17:00', open: true, closesAt: '2026-05-06T17:30', nextOpen: null },
  { what: 'substitute holiday evening: weekday 20:00 does not apply', rules: FREEDIAL, at: '2026-05-06T18:00', open: false, closesAt: null, nextOpen: '2026-05-07T09:30' },
  { what: '#9110 closed on the substitute holiday', rules: POLICE_9110, at: '2026-05-06T10:00', open: false, closesAt: null, nextOpen: '2026-05-07T08:30' },
  // 2026-09-22 (Tue) is a citizens' holiday (国民の休日) between 敬老の日 and 秋分の日.
  { what: "citizens' holiday uses holiday hours", rules: FREEDIAL, at: '2026-09-22T19:00', open: false, closesAt: null, nextOpen: '2026-09-23T09:30' },
  { what: "#9110 closed over the Silver Week", rules: POLICE_9110, at: '2026-09-22T10:00', open: false, closesAt: null, nextOpen: '2026-09-24T08:30' },
  // Weekday closing of the free dial.
  { what: 'weekday 19:59 open until 20:00', rules: FREEDIAL, at: '2026-11-24T19:59', open: true, closesAt: '2026-11-24T20:00', nextOpen: null },
  { what: 'weekday 20:00 closed', rules: FREEDIAL, at: '2026-11-24T20:00', open: false, closesAt: null, nextOpen: '2026-11-25T09:30' },
  // Saturday closing.
  { what: 'Saturday 17:29 open', rules: FREEDIAL, at: '2026-11-28T17:29', open: true, closesAt: '2026-11-28T17:30', nextOpen: null },
  { what: 'Saturday 17:30 closed, Sunday 9:30 next', rules: FREEDIAL, at: '2026-11-28T17:30', open: false, closesAt: null, nextOpen: '2026-11-29T09:30' },
  // Year end 12/29–1/3; 2027-01-04 is a Monday.
  { what: '12/28 evening still open', rules: FREEDIAL, at: '2026-12-28T19:00', open: true, closesAt: '2026-12-28T20:00', nextOpen: null },
  { what: '12/28 after closing: next is 1/4', rules: FREEDIAL, at: '2026-12-28T20:30', open: false, closesAt: null, nextOpen: '2027-01-04T09:30' },
  { what: '12/29 closed all day', rules: FREEDIAL, at: '2026-12-29T12:00', open: false, closesAt: null, nextOpen: '2027-01-04T09:30' },
  { what: '1/3 23:59 closed', rules: FREEDIAL, at: '2027-01-03T23:59', open: false, closesAt: null, nextOpen: '2027-01-04T09:30' },
  { what: '1/4 09:29 closed, opens later today', rules: FREEDIAL, at: '2027-01-04T09:29', open: false, closesAt: null, nextOpen: '2027-01-04T09:30' },
  { what: '1/4 09:30 open', rules: FREEDIAL, at: '2027-01-04T09:30', open: true, closesAt: '2027-01-04T20:00', nextOpen: null },
  // Lunch break at 志木市 消費生活相談.
  { what: 'Shiki 11:59 open until 12:00', rules: SHIKI_CONSUMER, at: '2026-11-24T11:59', open: true, closesAt: '2026-11-24T12:00', nextOpen: null },
  { what: 'Shiki lunch break', rules: SHIKI_CONSUMER, at: '2026-11-24T12:00', open: false, closesAt: null, nextOpen: '2026-11-24T13:00' },
  { what: 'Shiki after lunch', rules: SHIKI_CONSUMER, at: '2026-11-24T13:00', open: true, closesAt: '2026-11-24T16:00', nextOpen: null },
  { what: 'Shiki Friday evening: next is Monday', rules: SHIKI_CONSUMER, at: '2026-11-27T16:00', open: false, closesAt: null, nextOpen: '2026-11-30T10:00' },
  // 24-hour line, including the year end.
  { what: '24h line at night on 1/1', rules: ALWAYS, at: '2027-01-01T03:00', open: true, closesAt: null, nextOpen: null },
  // 188: known on weekends, not on weekdays.
  { what: '188 Saturday holiday line', rules: HOTLINE_188, at: '2026-11-28T10:00', open: true, closesAt: '2026-11-28T16:00', nextOpen: null },
];

const ZONES = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(ZONES)('openingStatus with TZ=%s', (zone) => {
  it.each(CASES)('$what ($at)', (c) => {
    process.env.TZ = zone;
    const s = openingStatus(c.rules, jst(c.at));
    expect({ open: s.open, closesAt: s.closesAt, nextOpen: s.nextOpen }).toEqual({
      open: c.open,
      closesAt: c.closesAt ? jst(c.closesAt) : null,
      nextOpen: c.nextOpen ? jst(c.nextOpen) : null,
    });
  });
});

describe('openingStatus flags', () => {
  it('marks a 24-hour line as always open', () => {
    expect(openingStatus(ALWAYS, jst('2026-12-31T23:00'))).toEqual({ open: true, alwaysOpen: true, known: true, closesAt: null, nextOpen: null });
  });

  it('says 188 on a weekday is not known, rather than closed', () => {
    expect(openingStatus(HOTLINE_188, jst('2026-11-24T11:00'))).toEqual({ open: false, alwaysOpen: false, known: false, closesAt: null, nextOpen: null });
  });

  it('says 188 is known closed over the year end', () => {
    const s = openingStatus(HOTLINE_188, jst('2026-12-30T11:00'));
    expect(s).toMatchObject({ open: false, known: true });
    // 2027-01-04 is a weekday (hours vary), so no next opening is known.
    expect(s.nextOpen).toBeNull();
  });

  it('uses the local centre on weekdays and the national holiday line on weekends (188 with a deployment)', () => {
    const rules: HoursRules = { ...SHIKI_CONSUMER, fallback: HOTLINE_188 };
    expect(openingStatus(rules, jst('2026-11-24T12:30')).nextOpen).toEqual(jst('2026-11-24T13:00'));
    expect(openingStatus(rules, jst('2026-11-28T11:00'))).toMatchObject({ open: true, known: true, closesAt: jst('2026-11-28T16:00') });
    expect(openingStatus(rules, jst('2026-11-27T17:00')).nextOpen).toEqual(jst('2026-11-28T10:00'));
    expect(openingStatus(rules, jst('2026-12-28T17:00')).nextOpen).toEqual(jst('2027-01-04T10:00'));
  });

  it('carries a closing at 24:00 over midnight when the next day opens at 00:00', () => {
    const rules: HoursRules = { weekday: ['18:00-24:00'], saturday: ['00:00-02:00'] };
    expect(openingStatus(rules, jst('2026-11-27T23:00')).closesAt).toEqual(jst('2026-11-28T02:00'));
  });

  it('treats a national holiday on a weekday as closed when the line has no holiday hours', () => {
    // 2026-10-12 (Mon) is スポーツの日.
    expect(openingStatus(POLICE_9110, jst('2026-10-12T10:00'))).toMatchObject({ open: false, nextOpen: jst('2026-10-13T08:30') });
  });
});
