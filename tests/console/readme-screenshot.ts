/**
 * Regenerates docs/console.png (the README's picture of the operator console):
 *
 *     node tests/console/readme-screenshot.ts [DIR]
 *
 * A week of made-up reports (recorded as the webhook would, through the recorder) with a
 * rising refund-call scenario, and eight weeks of 「役に立ちましたか？」 answers, shown to a
 * logged-in editor in Debian's Chromium. With DIR, whole-page pictures of 「この7日間」 and
 * 「役に立ったか」 at 1180 and 412 px wide go there too, to check the layout (not committed).
 */
import { statSync } from 'node:fs';
import { addOperator } from '../../src/console/operators.ts';
import { createRecorder } from '../../src/reports/recorder.ts';
import type { EventRecord } from '../../src/reports/event-record.ts';
import { launchChromium } from '../simulator/chromium.ts';
import { startConsoleStack } from '../support/console-stack.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

const OUT = 'docs/console.png';
const s = await startConsoleStack('embedded', { BOT_NOW: '2026-12-07T15:00:00+09:00', LOG_LEVEL: 'silent' });
const browser = await launchChromium();
try {
  await addOperator(s.t.store, 'suzuki', 'editor', 'screenshot password', null, TEST_ACCOUNT);
  const recorder = createRecorder({ store: () => s.t.store, deployment: 'shiki' });
  const mix: [string, number[]][] = [
    ['scam.refund_atm', [1, 2, 1, 3, 2, 4, 3]],
    ['scam.phishing', [3, 2, 4, 2, 3, 1, 2]],
    ['scam.fake_official_call', [1, 0, 2, 1, 1, 0, 1]],
    ['faq.lost_card', [1, 1, 0, 1, 2, 0, 1]],
    ['scam.fee_demand', [0, 1, 0, 0, 1, 0, 0]],
  ];
  const rec = (at: Date, intent: string, i: number): EventRecord => ({
    at, source: 'line', chat: i % 7 === 0 ? 'group' : 'user', input: i % 5 === 0 ? 'image' : 'text', decision: 'answer', intent, scenario: intent,
    confidenceBand: 'high', flags: i % 6 === 0 ? ['urgent'] : [], redFlags: [], silent: false, userKey: `u_${i}`, feedback: null, unanswered: null,
  });
  let i = 0;
  for (const [intent, perDay] of mix) {
    perDay.forEach((n, d) => {
      for (let k = 0; k < n; k++) recorder.record(rec(new Date(Date.UTC(2026, 11, 1 + d, 0 + ((i * 5) % 11), 10 * k)), intent, i++));
    });
    // the four weeks before: a steady level (the refund calls were rare)
    const before: Record<string, number> = { 'scam.refund_atm': 4, 'scam.phishing': 60, 'scam.fake_official_call': 26, 'faq.lost_card': 22, 'scam.fee_demand': 8 };
    for (let k = 0; k < before[intent]!; k++) recorder.record(rec(new Date(Date.UTC(2026, 10, 3 + (k % 28), 1 + (k % 9))), intent, i++));
  }
  // 「役に立ちましたか？」 over the eight weeks before Dec 7: mostly yes, fewer for the phishing answer.
  const answers: [string, number, number][] = [
    ['scam.refund_atm', 3, 1],
    ['scam.phishing', 4, 2],
    ['scam.fake_official_call', 2, 0],
    ['faq.lost_card', 2, 1],
  ];
  for (const [intent, yes, no] of answers) {
    for (let week = 0; week < 8; week++) {
      const n = (k: number) => (k + week + intent.length) % 3; // some weeks more, some fewer, some none
      for (let k = 0; k < yes + n(0) - 1; k++) recorder.record({ ...rec(new Date(Date.UTC(2026, 9, 13 + 7 * week + (k % 7), 3)), intent, i++), decision: 'feedback', input: 'postback', intent: null, scenario: null, confidenceBand: null, flags: [], feedback: { intent, helpful: true } });
      for (let k = 0; k < no + n(1) - 1; k++) recorder.record({ ...rec(new Date(Date.UTC(2026, 9, 13 + 7 * week + (k % 7), 5)), intent, i++), decision: 'feedback', input: 'postback', intent: null, scenario: null, confidenceBand: null, flags: [], feedback: { intent, helpful: false } });
    }
  }
  await recorder.close();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1180, height: 1640 });
  await page.goto(`${s.consoleUrl}/admin/login`);
  await page.getByLabel('アカウント名').fill('suzuki');
  await page.getByLabel('パスワード').fill('screenshot password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL(`${s.consoleUrl}/admin/`);
  await page.waitForFunction(() => (window as unknown as { Chart?: { getChart(e: Element): unknown } }).Chart?.getChart(document.getElementById('week-chart')!) !== undefined);
  await page.screenshot({ path: OUT });
  process.stdout.write(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} KB\n`);
  const dir = process.argv[2];
  if (dir) {
    for (const width of [1180, 412]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path, canvas] of [['week', '/admin/', 'week-chart'], ['feedback', '/admin/feedback', 'fb-chart-scam.refund_atm']] as const) {
        await page.goto(`${s.consoleUrl}${path}`);
        await page.waitForFunction((id) => (window as unknown as { Chart?: { getChart(e: Element): unknown } }).Chart?.getChart(document.getElementById(id)!) !== undefined, canvas);
        const file = `${dir}/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
    }
  }
} finally {
  await browser.close();
  await s.close();
}
