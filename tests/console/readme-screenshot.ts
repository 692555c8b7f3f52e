/**
 * Regenerates docs/console.png (the README's picture of the operator console):
 *
 *     node tests/console/readme-screenshot.ts
 *
 * A week of made-up reports (recorded as the webhook would, through the recorder) with a
 * rising refund-call scenario, shown to a logged-in editor in Debian's Chromium.
 */
import { statSync } from 'node:fs';
import { addOperator } from '../../src/console/operators.ts';
import { createRecorder } from '../../src/reports/recorder.ts';
import type { EventRecord } from '../../src/reports/event-record.ts';
import { launchChromium } from '../simulator/chromium.ts';
import { startConsoleStack } from '../support/console-stack.ts';

const OUT = 'docs/console.png';
const s = await startConsoleStack('embedded', { BOT_NOW: '2026-12-07T15:00:00+09:00', LOG_LEVEL: 'silent' });
const browser = await launchChromium();
try {
  await addOperator(s.t.store, 'suzuki', 'editor', 'screenshot password', null);
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
  await recorder.close();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1180, height: 1250 });
  await page.goto(`${s.consoleUrl}/admin/login`);
  await page.getByLabel('アカウント名').fill('suzuki');
  await page.getByLabel('パスワード').fill('screenshot password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL(`${s.consoleUrl}/admin/`);
  await page.waitForFunction(() => (window as unknown as { Chart?: { getChart(e: Element): unknown } }).Chart?.getChart(document.getElementById('week-chart')!) !== undefined);
  await page.screenshot({ path: OUT });
  process.stdout.write(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} KB\n`);
} finally {
  await browser.close();
  await s.close();
}
