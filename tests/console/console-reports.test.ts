import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { addOperator } from '../../src/console/operators.ts';
import { createRecorder } from '../../src/reports/recorder.ts';
import type { EventRecord } from '../../src/reports/event-record.ts';
import { ConsoleClient, rowNumbers } from '../support/console-client.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { bareConsole } from '../support/console-stack.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

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

/** The row groups of a table: each <tbody>'s heading (th scope="rowgroup") and the intents of its rows. */
function tbodies(pageHtml: string, tableId: string): { heading: string; intents: string[] }[] {
  const table = new RegExp(`<table[^>]* id="${tableId}"[^]*?</table>`).exec(pageHtml)?.[0] ?? '';
  return [...table.matchAll(/<tbody>([^]*?)<\/tbody>/g)].map((m) => ({
    heading: /<th scope="rowgroup"[^>]*>([^<]*)<\/th>/.exec(m[1]!)?.[1] ?? '',
    intents: [...m[1]!.matchAll(/<tr data-intent="([^"]+)"/g)].map((r) => r[1]!),
  }));
}

/** The rows of a topic's weekly feedback table: [first day, period, yes, no, share]. */
function weekRows(pageHtml: string, intent: string): (string | number)[][] {
  const table = new RegExp(`<table[^>]* data-feedback-table="${intent.replace(/\./g, '\\.')}"[^]*?</table>`).exec(pageHtml)?.[0] ?? '';
  return [...table.matchAll(/<tr data-week="([^"]+)"><th scope="row">(.*?)<\/th><td>(\d+)<\/td><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!.replace(/<[^>]+>/g, ''), Number(m[3]), Number(m[4]), m[5]!]);
}

describe.each(STORE_KINDS)('console reports (%s)', (kind) => {
  let t: TestStore;
  let app: FastifyInstance;
  const c = () => new ConsoleClient(app);
  let client: ConsoleClient;
  beforeAll(async () => {
    t = await createTestStore(kind);
    await addOperator(t.store, 'viewer1', 'viewer', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'editor1', 'editor', PASSWORD, null, TEST_ACCOUNT);
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
    // A card-loss question answered on Dec 2: a よくある質問, not a 手口.
    records.push(rec('2026-12-02T15:00:00+09:00', 'faq.lost_card'));
    // 「役に立ちましたか？」 over the eight 7-day blocks ending Dec 7 (Oct 13 … Dec 7), besides the yes above:
    const fb = (at: string, intent: string, helpful: boolean) => rec(at, null, { input: 'postback', decision: 'feedback', feedback: { intent, helpful } });
    records.push(fb('2026-10-13T09:00:00+09:00', 'scam.refund_atm', false)); // first block, first day
    records.push(fb('2026-10-12T23:59:00+09:00', 'scam.refund_atm', true)); // the day before: not counted
    records.push(fb('2026-11-24T10:00:00+09:00', 'scam.refund_atm', true), fb('2026-11-30T23:30:00+09:00', 'scam.refund_atm', true), fb('2026-11-27T10:00:00+09:00', 'scam.refund_atm', false));
    // Nov 23 23:00 UTC is Nov 24 08:00 in Japan: the Nov 24–30 block, not Nov 17–23.
    records.push(fb('2026-11-23T23:00:00Z', 'faq.lost_card', true), fb('2026-11-30T10:00:00+09:00', 'faq.lost_card', false));
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
    expect(rowNumbers(page, 'faq.lost_card').slice(0, 8)).toEqual([0, 1, 0, 0, 0, 0, 0, 1]);
    expect(page).not.toContain('data-intent="meta.greeting"');
    expect(page).toContain('<canvas id="week-chart"');
  });

  it('a week with no reports says so where the charts would be, instead of two empty white areas', async () => {
    const quiet = await bareConsole(t.store, new Date('2027-03-01T10:00:00+09:00'), { cookieSecure: false });
    try {
      const viewer = new ConsoleClient(quiet);
      await viewer.login('viewer1', PASSWORD);
      const page = (await viewer.get('/admin/')).body;
      expect(page).toContain('この7日間の相談はまだありません。ボットが答えると、ここに日別のグラフが出ます。');
      expect(page).not.toContain('<canvas id="week-chart"');
      expect(page).not.toContain('<canvas id="hour-chart"');
      expect(page).toContain('id="week-table"');
    } finally {
      await quiet.close();
    }
  });

  it('names scam topics 手口 and card questions よくある質問, in the table’s row groups and the chart’s legend', async () => {
    const page = (await client.get('/admin/')).body;
    const groups = tbodies(page, 'week-table');
    expect(groups.map((g) => [g.heading, g.intents])).toEqual([
      ['詐欺の手口', ['scam.refund_atm', 'scam.phishing']],
      ['よくある質問（カードや制度について）', ['faq.lost_card']],
    ]);
    expect(page).toContain('data-legend="label:faq.lost_card（よくある質問）"');
    expect(page).toContain('data-legend="label:scam.refund_atm（手口）"');
    // the table and the chart are about every answered topic, not only scams
    expect(page).toContain('<caption id="week-cap">相談の内容別・日別の相談件数');
    expect(page).not.toMatch(/<th scope="col">手口<\/th>/);
  });

  it('shows reports per hour of day (Japan time) as a chart and the same numbers in a table', async () => {
    const page = (await client.get('/admin/')).body;
    const table = /<table id="hour-table"[^]*?<\/table>/.exec(page)?.[0] ?? '';
    expect([...table.matchAll(/<th scope="col" data-hour="(\d+)">/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 24 }, (_, h) => h));
    const counts = [...table.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    // refund calls at 9:30 (6), a finished check at 8:10, phishing at 23:30 and 23:59 (14:59 UTC), the card question at 15:00
    const expected = new Array<number>(24).fill(0);
    Object.assign(expected, { 8: 1, 9: 6, 15: 1, 23: 2 });
    expect(counts).toEqual(expected);
    expect(page).toMatch(/<canvas id="hour-chart"[^>]*role="img"/);
    expect(page).toContain('<script src="/admin/static/week-chart.js" defer></script>');
  });

  it('flags a scenario at ≥ 2× its four-week average and ≥ 5 reports, and only that one', async () => {
    const page = (await client.get('/admin/')).body;
    expect(page).toContain('急に増えている相談');
    expect(page).toContain('<strong>label:scam.refund_atm</strong>（手口）：7件');
    expect(page).toMatch(/<tr data-intent="scam\.refund_atm"[^>]* class="trending">/);
    expect(page).not.toMatch(/<tr data-intent="scam\.phishing"[^>]* class="trending">/);
    // a viewer gets no draft button; an editor does
    expect(page).not.toContain('/admin/warnings/new?intent=scam.refund_atm');
    const editor = c();
    await editor.login('editor1', PASSWORD);
    expect((await editor.get('/admin/')).body).toContain('/admin/warnings/new?intent=scam.refund_atm">この手口の注意喚起を下書きする</a>');
  });

  it('says how many records this process could not write', async () => {
    expect((await client.get('/admin/')).body).toMatch(/記録できなかった件数：<strong>7件<\/strong>/);
  });

  it('shows urgent cases per day and the feedback per intent', async () => {
    const page = (await client.get('/admin/')).body;
    expect(page).toMatch(/緊急[^]*?<tbody><tr><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>0<\/td><td class="total">1<\/td>/);
  });

  it('shows 「役に立った」 yes / no per topic over the eight weeks, as recorded (Japan-time weeks)', async () => {
    const page = (await client.get('/admin/feedback')).body;
    // all eight weeks together: yes, no
    expect(rowNumbers(page, 'scam.refund_atm').slice(0, 2)).toEqual([3, 2]);
    expect(rowNumbers(page, 'faq.lost_card').slice(0, 2)).toEqual([1, 1]);
    // per week: period, yes, no, share
    expect(weekRows(page, 'scam.refund_atm')).toEqual([
      ['2026-10-13', '10月13日〜19日', 0, 1, '0%'],
      ['2026-10-20', '10月20日〜26日', 0, 0, '—'],
      ['2026-10-27', '10月27日〜11月2日', 0, 0, '—'],
      ['2026-11-03', '11月3日〜9日', 0, 0, '—'],
      ['2026-11-10', '11月10日〜16日', 0, 0, '—'],
      ['2026-11-17', '11月17日〜23日', 0, 0, '—'],
      ['2026-11-24', '11月24日〜30日', 2, 1, '67%'],
      ['2026-12-01', '12月1日〜7日', 1, 0, '100%'],
    ]);
    expect(weekRows(page, 'faq.lost_card').map((r) => r.slice(2))).toEqual([...new Array(6).fill([0, 0, '—']), [1, 1, '50%'], [0, 0, '—']]);
    // each topic's chart is drawn from its table by feedback-chart.js (chart.js)
    expect(page).toMatch(/<canvas id="fb-chart-scam\.refund_atm"[^>]*role="img"/);
    expect(page).toContain('<script src="/admin/static/feedback-chart.js" defer></script>');
    expect((await client.get('/admin/static/feedback-chart.js')).statusCode).toBe(200);
    // all topics per week
    const weekly = /<table class="numbers" id="feedback-by-week">[^]*?<\/table>/.exec(page)?.[0] ?? '';
    expect([...weekly.matchAll(/<tr data-week="[^"]+"><th scope="row">.*?<\/th><td>(\d+)<\/td><td>(\d+)<\/td>/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([
      [0, 1], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [3, 2], [1, 0],
    ]);
  });

  it('labels the feedback topics by kind: 手口 for scams, よくある質問 for card questions', async () => {
    const page = (await client.get('/admin/feedback')).body;
    expect(tbodies(page, 'feedback-by-intent').map((g) => [g.heading, g.intents])).toEqual([
      ['詐欺の手口', ['scam.refund_atm']],
      ['よくある質問（カードや制度について）', ['faq.lost_card']],
    ]);
    expect(page).toContain('<h3 id="fb-h-faq.lost_card">label:faq.lost_card <span class="kind">よくある質問</span></h3>');
    expect(page).toContain('<caption>「label:scam.refund_atm」（手口）：週ごと</caption>');
    expect(page).not.toContain('<caption>手口別');
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
    expect(rows.reduce((s, r) => s + Number(r['count']), 0)).toBe(15);
    expect(rows.filter((r) => r['scenario'] === 'scam.refund_atm').reduce((s, r) => s + Number(r['count']), 0)).toBe(7);
    expect(rows.find((r) => r['intent'] === 'scam.refund_atm')?.['intent_label']).toBe('label:scam.refund_atm');
    // The category, to total a month by 手口 / よくある質問 in a spreadsheet.
    expect(rows.find((r) => r['intent'] === 'scam.refund_atm')?.['intent_kind']).toBe('手口');
    expect(rows.find((r) => r['intent'] === 'faq.lost_card')?.['intent_kind']).toBe('よくある質問');
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
