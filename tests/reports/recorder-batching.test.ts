import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecorder } from '../../src/reports/recorder.ts';
import { eventRecord } from '../../src/reports/event-record.ts';
import { exportRows, weekReport } from '../../src/reports/report-queries.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';

// Under load the recorder writes alike events as one row with their number (n), so the database
// has a few dozen rows to write a second instead of one per event. What the console and the CSV
// count must not change.
describe.each(STORE_KINDS)('alike events written together (%s)', (kind) => {
  let t: TestStore;
  const shapes = [
    { decision: 'answer', intent: 'scam.refund_atm', confidence: 0.97, flags: ['urgent'], redFlags: ['phone'], answer: 'scam.refund_atm' },
    { decision: 'answer', intent: 'scam.phishing', confidence: 0.88, flags: [], redFlags: ['link'], answer: 'scam.phishing' },
    { decision: 'answer', intent: 'meta.out_of_scope', confidence: 0.4, flags: [], redFlags: [] },
  ];
  beforeAll(async () => {
    t = await createTestStore(kind);
    const recorder = createRecorder({ store: () => t.store, deployment: null, flushIntervalMs: 3_600_000 });
    // 600 events over two Japan-time hours of 2026-12-07 (09:xx and 10:xx), three kinds of answer, 200 residents.
    for (let i = 0; i < 600; i++) {
      const at = new Date(Date.UTC(2026, 11, 7, i < 400 ? 0 : 1, i % 60, i % 50));
      recorder.record(eventRecord({ kind: 'text', chat: 'user', at, userKey: `u_${i % 200}`, text: 'x' }, shapes[i % 3]!, false, 'line', false));
    }
    await recorder.close();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('writes one row per kind of event and hour, holding their number', async () => {
    const { rows } = await t.store.query<{ rows: number; events: number }>('SELECT count(*)::int AS rows, sum(n)::int AS events FROM events');
    expect(rows[0]).toEqual({ rows: 6, events: 600 });
  });

  it('counts every event on the console and in the CSV as if each had its own row', async () => {
    const week = await weekReport(t.store, '2026-12-07');
    expect(week.eventsTotal).toBe(600);
    expect(week.byIntent.get('scam.refund_atm')?.at(-1)).toBe(200);
    expect(week.byIntent.get('scam.phishing')?.at(-1)).toBe(200);
    expect(week.urgentByDay.at(-1)).toBe(200);
    expect(week.byHour[9]! + week.byHour[10]!).toBe(400); // the two scenarios' reports (out of scope is not a report)
    expect(week.residentsByDay.at(-1)).toBe(200);
    const csv = await exportRows(t.store, '2026-12-07', '2026-12-07');
    expect(csv.reduce((sum, r) => sum + r.count, 0)).toBe(600);
    expect(csv.find((r) => r.intent === 'scam.refund_atm')).toMatchObject({ count: 200, urgent: 200 });
  });
});
