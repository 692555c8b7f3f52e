/**
 * Screenshots of the simulator as a resident sees it on a 412 px phone, for looking at by eye:
 *
 *     node tests/simulator/look-at-412.ts [out-dir] [font: small|normal|large|xlarge]
 *
 * A forwarded-style scam report at the year end at night (every line closed), then the same in a
 * family group. Writes 412-*.png into out-dir (default /tmp/shots).
 */
import { buildSimulatorApp } from './simulator-app.ts';
import { idle, launchChromium, openSimulator } from './chromium.ts';
import { testRuntime } from '../support/test-runtime.ts';

const out = process.argv[2] ?? '/tmp/shots';
const font = process.argv[3] ?? 'normal';
const sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-12-31T22:00:00+09:00', LOG_LEVEL: 'silent' } });
const url = await sim.listen();
const browser = await launchChromium();
try {
  const page = await openSimulator(browser.context, url);
  await page.setViewportSize({ width: 412, height: 915 });
  if (font !== 'normal' && (await page.locator('#font-size').count()) > 0) await page.selectOption('#font-size', font);
  await page.screenshot({ path: `${out}/412-${font}-0-welcome.png` });
  await page.fill('#input', '市役所の職員を名乗る人から電話があって、今すぐ手続きしないとマイナンバーカードが失効すると言われました。https://myna-kakunin.example.com/ を開けと言われた');
  await page.keyboard.press('Control+Enter');
  await idle(page);
  await page.screenshot({ path: `${out}/412-${font}-1-answer.png` });
  await page.locator('#chat').evaluate((el) => el.scrollBy(0, 700));
  await page.screenshot({ path: `${out}/412-${font}-2-more.png` });
  await page.locator('#chat').evaluate((el) => el.scrollBy(0, 1400));
  await page.screenshot({ path: `${out}/412-${font}-3-cards.png` });
  await page.check('input[name="chat"][value="group"]');
  await page.fill('#input', '母に市役所の職員を名乗る人から電話があって、今からマイナンバーカードを取りに来るって言われたらしい');
  await page.keyboard.press('Control+Enter');
  await idle(page);
  await page.screenshot({ path: `${out}/412-${font}-4-group.png` });
} finally {
  await browser.close();
  await sim.close();
}
