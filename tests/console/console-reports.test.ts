import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { addOperator } from '../../src/console/operators.ts';
import { createRecorder } from '../../src/reports/recorder.ts';
import type { EventRecord } from '../../src/reports/event-record.ts';
import { ConsoleClient, rowNumbers } from '../support/console-client.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { bareConsole } from '../support/console-stack.ts';

const NOW = new Date('2026-12-07T10:00:00+09:00');
const PASSWORD = 'a long enough password';

function rec(at: string, intent: string | null, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    at: new Date(at),
    source: 'line',
    chat: 'user',
    input: 'text',
    decision: intent ? 'answer' : 'menu',
    intent,
    scenario: intent,
    confidenceBand: intent ? 'high' : null,
    flags: [],
    redFlags: [],
    silent: false,
    userKey: 'u_test',
    feedback: null,
    unanswered: null,
    ...extra,
  };
}

describe.each(STORE_KINDS)('console reports (%s)', (kind) => {
  let t: TestStore;
  let app: FastifyInstance;
  const c = () => new ConsoleClient(app);
  let client: ConsoleClient;
  beforeAll(async () => {
    t = await createTestStore(kind);
    await addOperator(t.store, 'viewer1', 'viewer', PASSWORD, null);
    await addOperator(t.store, 'editor1', 'editor', PASSWORD, null);
    const recorder = createRecorder({ store: () => t.store, deployment: null });
    const records: EventRecord[] = [];
    // This week (Dec 1–7, JST): 6 refund calls (trend), 2 phishing, 1 urgent, a greeting, an out-of-scope text, a postback.
    for (const day of ['01', '03', '05', '07', '07', '07']) records.push(rec(`2026-12-${day}T09:30:00+09:00`, 'scam.refund_atm'));
    records.push(rec('2026-12-06T23:30:00+09:00', 'scam.phishing'), rec('2026-12-06T14:59:00Z', 'scam.phishing', { flags: ['urgent'] }));
    records.push(rec('2026-12-07T08:00:00+09:00', 'meta.greeting'));
    records.push(rec('2026-12-07T08:05:00+09:00', 'meta.out_of_scope', { confidenceBand: 'low' }));
    records.push(rec('2026-12-07T08:06:00+09:00', null, { input: 'postback' }));
    // A finished guided check (a postback) answering the refund scenario counts as a report of it; a topic chosen from a menu does not.
    records.push(rec('2026-12-07T08:10:00+09:00', null, { input: 'postback', scenario: 'scam.refund_atm' }));
    records.push(rec('2026-12-07T08:11:00+09:00', null, { input: 'postback', decision: 'answer', scenario: null }));
    records.push(rec('2026-12-07T08:07:00+09:00', null, { input: 'postback', decision: 'feedback', feedback: { intent: 'scam.refund_atm', helpful: true } }));
    // The four weeks before (Nov 3–30): 4 refund calls (weekly average 1), 8 phishing (average 2).
    for (const day of ['05', '12', '19', '26']) records.push(rec(`2026-11-${day}T10:00:00+09:00`, 'scam.refund_atm'));
    for (const day of ['03', '04', '10', '11', '17', '18', '24', '30']) records.push(rec(`2026-11-${day}T10:00:00+09:00`, 'scam.phishing'));
    // Before the window: not counted anywhere.
    records.push(rec('2026-11-02T10:00:00+09:00', 'scam.phishing'));
    for (const r of records) recorder.record(r);
    await recorder.flush();
    await recorder.close();
    app = await bareConsole(t.store, NOW, {
      cookieSecure: false,
      recorderStats: () => ({ recorded: 0, lost: 7, buffered: 0, lastError: 'down', lastErrorAt: NOW }),
      scenarioLabel: (id) => `label:${id}`,
    });
    client = c();
    await client.login('viewer1', PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('shows this week by scenario and day (Japan time), with the four-week average and the change', async () => {
    const page = (await client.get('/admin/')).body;
    // days Dec 1..7, then the 7-day total, the previous weekly average, the change
    expect(rowNumbers(page, 'scam.refund_atm').slice(0, 9)).toEqual([1, 0, 1, 0, 1, 0, 4, 7, 1]);
    expect(page).toMatch(/data-intent="scam\.refund_atm"[^>]*>.*?\+600%/s);
    // 2026-12-06T14:59Z is Dec 6 23:59 in Japan
    expect(rowNumbers(page, 'scam.phishing').slice(0, 9)).toEqual([0, 0, 0, 0, 0, 2, 0, 2, 2]);
    expect(page).not.toContain('data-intent="meta.greeting"');
    expect(page).toContain('<canvas id="week-chart"');
  });

  it('flags a scenario at ≥ 2× its four-week average and ≥ 5 reports, and only that one', async () => {
    const page = (await client.get('/admin/')).body;
    expect(page).toContain('急に増えている手口');
    expect(page).toMatch(/<tr data-intent="scam\.refund_atm" class="trending">/);
    expect(page).not.toMatch(/<tr data-intent="scam\.phishing" class="trending">/);
    // a viewer gets no draft button; an editor does
    expect(page).not.toContain('/admin/warnings/new?intent=scam.refund_atm');
    const editor = c();
    await editor.login('editor1', PASSWORD);
    expect((await editor.get('/admin/')).body).toContain('/admin/warnings/new?intent=scam.refund_atm');
  });

  it('says how many records this process could not write', async () => {
    expect((await client.get('/admin/')).body).toMatch(/記録できなかった件数：<strong>7件<\/strong>/);
  });

  it('shows urgent cases per day and the feedback per intent', async () => {
    const page = (await client.get('/admin/')).body;
    expect(page).toMatch(/緊急[^]*?<tbody><tr><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>0<\/td><td class="total">1<\/td>/);
    expect(rowNumbers((await client.get('/admin/feedback')).body, 'scam.refund_atm').slice(0, 2)).toEqual([1, 0]);
  });

  it('exports daily counts as CSV with a BOM, columns date, intent, count, days in Japan time', async () => {
    const res = await client.get('/admin/export.csv?from=2026-12-01&to=2026-12-07');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = res.body.slice(1).trim().split('\r\n');
    const cols = header!.split(',');
    expect(cols).toEqual(expect.arrayContaining(['date', 'intent', 'count']));
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
    const count = (date: string, intent: string) => rows.filter((r) => r['date'] === date && r['intent'] === intent).reduce((s, r) => s + Number(r['count']), 0);
    expect(count('2026-12-07', 'scam.refund_atm')).toBe(3);
    expect(count('2026-12-06', 'scam.phishing')).toBe(2);
    expect(rows.reduce((s, r) => s + Number(r['count']), 0)).toBe(14);
    expect(rows.filter((r) => r['scenario'] === 'scam.refund_atm').reduce((s, r) => s + Number(r['count']), 0)).toBe(7);
    expect(rows.find((r) => r['intent'] === 'scam.refund_atm')?.['intent_label']).toBe('label:scam.refund_atm');
  });

  it('refuses malformed export dates (400)', async () => {
    for (const q of ['from=2026-13-01&to=2026-12-07', 'from=2026-12-07&to=2026-12-01', 'from=x&to=y', 'from=2024-01-01&to=2026-01-01']) {
      expect((await client.get(`/admin/export.csv?${q}`)).statusCode, q).toBe(400);
    }
  });

  it('counts out-of-scope messages per week without showing any text', async () => {
    const page = (await client.get('/admin/unanswered')).body;
    expect(page).toMatch(/12月1日\(火\)〜12月7日\(月\)<\/th><td>1<\/td><td>0<\/td>/);
    expect(page).toContain('文面は保存していません');
  });
});
