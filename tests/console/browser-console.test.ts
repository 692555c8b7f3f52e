import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addOperator } from '../../src/console/operators.ts';
import { HAS_CHROMIUM, launchChromium, type Browser } from '../simulator/chromium.ts';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack.ts';
import { callbackBody, followEvent, postbackEvent, textEvent } from '../support/signed-webhook.ts';
import { postWebhook } from '../webhook/post.ts';
import { dumpAllTables, piecesOf } from '../support/dump-tables.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

/**
 * The operator's view, in Chromium: log in, read the week's numbers after a known set of events
 * went through the webhook, export the CSV, write a local warning and see it in the next reply.
 */
const PASSWORD = 'browser test password';
const REFUND = ['市役所の者ですが医療費の還付金があるのでATMに行ってくださいと電話がありました', '税務署から還付金の手続きが今日までだと電話があり、コンビニのATMに行くよう言われました'];
const PHISHING = ['【マイナポイント】ポイントの申込期限が本日までです。こちらから手続きしてください https://mynapoint-jp.com/x', 'マイナンバーカードの電子証明書が失効しますとSMSが来てリンクが付いていました'];
const WARNING = '市内で、市役所職員を名乗る還付金の電話が続いています（12月7日）';
const at = (iso: string) => new Date(iso).getTime();

/** Known events: refund calls on Dec 5 (2) and Dec 7 (1), phishing on Dec 6 (2), a follow, three feedback taps (Nov 30, Dec 6, Dec 7). */
function knownEvents() {
  const events: Record<string, unknown>[] = [];
  const push = (e: Record<string, unknown>, when: string) => events.push({ ...e, timestamp: at(when) });
  push(textEvent(REFUND[0]!, 'rt-refund-1'), '2026-12-05T09:00:00+09:00');
  push(textEvent(REFUND[1]!, 'rt-refund-2'), '2026-12-05T23:59:00+09:00');
  push(textEvent(REFUND[0]!, 'rt-refund-3'), '2026-12-07T00:10:00+09:00');
  push(textEvent(PHISHING[0]!, 'rt-phish-1'), '2026-12-06T10:00:00+09:00');
  push(textEvent(PHISHING[1]!, 'rt-phish-2'), '2026-12-06T11:00:00+09:00');
  push(followEvent('rt-follow'), '2026-12-06T12:00:00+09:00');
  push(postbackEvent('v1|fb|yes|scam.refund_atm', 'rt-fb'), '2026-12-07T08:00:00+09:00');
  push(postbackEvent('v1|fb|no|scam.refund_atm', 'rt-fb-2'), '2026-11-30T20:00:00+09:00');
  push(postbackEvent('v1|fb|yes|faq.lost_card', 'rt-fb-3'), '2026-12-06T09:00:00+09:00');
  return events;
}

/** The labels and data chart.js drew on a canvas (null when nothing was drawn). */
function chartData(page: Page, canvasId: string) {
  return page.evaluate((id) => {
    const c = (window as unknown as { Chart: { getChart(el: Element): { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } } | undefined } }).Chart.getChart(document.getElementById(id)!);
    return c ? { labels: c.data.labels, datasets: c.data.datasets.map((d) => d.data), legend: c.data.datasets.map((d) => d.label) } : null;
  }, canvasId);
}

describe.skipIf(!HAS_CHROMIUM)('operator console in a browser', () => {
  let s: ConsoleStack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    s = await startConsoleStack('embedded', { BOT_NOW: '2026-12-07T10:00:00+09:00' });
    await addOperator(s.t.store, 'kaori', 'editor', PASSWORD, null, TEST_ACCOUNT);
    expect((await postWebhook(s.bot.url, callbackBody(knownEvents()))).status).toBe(200);
    await s.fake.waitFor(9, '/v2/bot/message/reply');
    await s.bot.app.recorder!.flush();
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('sends an unauthenticated visitor to the log-in form, and logs in', async () => {
    await page.goto(`${s.consoleUrl}/admin/`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.getByLabel('アカウント名').fill('kaori');
    await page.getByLabel('パスワード').fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL(`${s.consoleUrl}/admin/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('この7日間の相談');
  });

  it('shows the week’s numbers as sent: by scenario and day in the table, and the same in the chart', async () => {
    const cells = (intent: string) => page.locator(`#week-table tr[data-intent="${intent}"] td`).allTextContents();
    // Dec 1 … Dec 7, 7-day total
    expect((await cells('scam.refund_atm')).slice(0, 8).map(Number)).toEqual([0, 0, 0, 0, 2, 0, 1, 3]);
    expect((await cells('scam.phishing')).slice(0, 8).map(Number)).toEqual([0, 0, 0, 0, 0, 2, 0, 2]);
    expect(await page.locator('#week-table tbody tr[data-intent]').count()).toBe(2);
    const chart = await chartData(page, 'week-chart');
    expect(chart?.labels).toHaveLength(7);
    // the legend names each topic as its row does, with its kind
    const names = await page.locator('#week-table tbody tr[data-intent] th').evaluateAll((ths) => ths.map((th) => th.childNodes[0]!.textContent!.trim()));
    expect(chart?.legend).toEqual(names.map((n) => `${n}（手口）`));
    expect(chart?.datasets).toEqual([
      [0, 0, 0, 0, 2, 0, 1],
      [0, 0, 0, 0, 0, 2, 0],
    ]);
  });

  it('shows reports by hour of day (Japan time) in a chart with the same numbers as its table', async () => {
    const hours = (await page.locator('#hour-table thead th').allTextContents());
    expect(hours).toEqual(Array.from({ length: 24 }, (_, h) => `${h}時`));
    const cells = (await page.locator('#hour-table tbody td').allTextContents()).map(Number);
    const expected = new Array<number>(24).fill(0);
    Object.assign(expected, { 0: 1, 9: 1, 10: 1, 11: 1, 23: 1 }); // Dec 7 0:10, Dec 5 9:00, phishing 10:00 and 11:00, Dec 5 23:59
    expect(cells).toEqual(expected);
    const chart = await chartData(page, 'hour-chart');
    expect(chart?.labels).toEqual(Array.from({ length: 24 }, (_, h) => String(h)));
    expect(chart?.datasets).toEqual([expected]);
  });

  it('shows 「役に立った」 per topic and week, labelled by kind, in a chart with the same numbers as its table', async () => {
    await page.getByRole('link', { name: '役に立ったか' }).click();
    await page.waitForURL(`${s.consoleUrl}/admin/feedback`);
    const rows = async (intent: string) =>
      (await page.locator(`table[data-feedback-table="${intent}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent))));
    // the eight 7-day blocks ending Dec 7: the no on Nov 30, the yes on Dec 7
    const refund = await rows('scam.refund_atm');
    expect(refund).toHaveLength(8);
    expect(refund.slice(5)).toEqual([['0', '0', '—'], ['0', '1', '0%'], ['1', '0', '100%']]);
    expect((await rows('faq.lost_card')).at(-1)).toEqual(['1', '0', '100%']);
    const chart = await chartData(page, 'fb-chart-scam.refund_atm');
    expect(chart?.labels).toHaveLength(8);
    expect(chart?.datasets).toEqual([
      [0, 0, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 1, 0],
      [null, null, null, null, null, null, 0, 100],
    ]);
    await expect(page.locator('#fb-h-scam\\.refund_atm .kind').textContent()).resolves.toBe('手口');
    await expect(page.locator('#fb-h-faq\\.lost_card .kind').textContent()).resolves.toBe('よくある質問');
    await expect(page.getByRole('heading', { name: '週ごとの推移：よくある質問（カードや制度について）' }).count()).resolves.toBe(1);
  });

  it('exports the same counts as CSV', async () => {
    const res = await page.request.get(`${s.consoleUrl}/admin/export.csv?from=2026-12-01&to=2026-12-07`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).trim().split('\r\n');
    const cols = header!.split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
    const count = (date: string, intent: string) => rows.filter((r) => r['date'] === date && r['intent'] === intent).reduce((n, r) => n + Number(r['count']), 0);
    expect(count('2026-12-05', 'scam.refund_atm')).toBe(2);
    expect(count('2026-12-07', 'scam.refund_atm')).toBe(1);
    expect(count('2026-12-06', 'scam.phishing')).toBe(2);
    expect(rows.reduce((n, r) => n + Number(r['count']), 0)).toBe(8); // with the feedback taps of Dec 6 and 7, not Nov 30
  });

  it('writes a local warning and the next matching reply carries it', async () => {
    await page.goto(`${s.consoleUrl}/admin/warnings/new?intent=scam.refund_atm`);
    await expect(page.locator('input[name="intents"][value="scam.refund_atm"]').isChecked()).resolves.toBe(true);
    await page.getByLabel(/^文面/).fill(WARNING);
    // the preview: the real reply for the scenario, drawn by the simulator's flex renderer
    await page.getByRole('button', { name: '見え方を確かめる' }).click();
    await page.locator('#preview .fx-bubble').first().waitFor();
    await expect(page.locator('#preview').textContent()).resolves.toContain(WARNING);
    await page.getByRole('button', { name: '保存して表示を始める' }).click();
    await page.waitForURL(/\/admin\/warnings\?m=/);
    await expect(page.locator('#warnings').textContent()).resolves.toContain(WARNING);
    const before = s.fake.requests.length;
    await postWebhook(s.bot.url, callbackBody([{ ...textEvent(REFUND[1]!, 'rt-after-warning'), timestamp: at('2026-12-07T10:00:00+09:00') }]));
    const requests = await s.fake.waitFor(before + 1, '/v2/bot/message/reply');
    const reply = requests.find((r) => (r.json as { replyToken: string }).replyToken === 'rt-after-warning');
    expect(JSON.stringify(reply?.json)).toContain(WARNING);
  });

  it('a forged or missing CSRF token is refused', async () => {
    const res = await page.request.post(`${s.consoleUrl}/admin/warnings`, { form: { text: 'x', intents: 'scam.refund_atm', expires: '2026-12-20', _csrf: 'forged' } });
    expect(res.status()).toBe(403);
  });

  it('no table holds what residents wrote, their IDs or the reply tokens', async () => {
    await s.bot.app.recorder!.flush();
    const { text } = await dumpAllTables(s.t.store);
    const forbidden = [...REFUND, ...PHISHING].flatMap(piecesOf).concat(['U4af4980629aaaaaaaaaaaaaaaaaaaaaa', 'rt-refund-1', 'rt-phish-2', 'rt-after-warning', 'mynapoint-jp.com']);
    for (const piece of forbidden) expect(text, JSON.stringify(piece)).not.toContain(piece);
  });
});
