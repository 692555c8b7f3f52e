/**
 * Regenerates docs/simulator.png (the README's picture of the simulator):
 *
 *     node tests/simulator/readme-screenshot.ts
 *
 * Debian's Chromium draws the clock field in Japanese only with `chromium-l10n` installed.
 */
import { statSync } from 'node:fs';
import { buildSimulatorApp } from './simulator-app.ts';
import { idle, launchChromium, openSimulator } from './chromium.ts';
import { testRuntime } from '../support/test-runtime.ts';

const OUT = 'docs/simulator.png';
const sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:05:00+09:00', LOG_LEVEL: 'silent' } });
const url = await sim.listen();
const browser = await launchChromium();
try {
  const page = await openSimulator(browser.context, url);
  await page.setViewportSize({ width: 440, height: 1300 });
  await page.fill('#input', '市役所の職員から電話でマイナンバーを聞かれた');
  await page.keyboard.press('Control+Enter');
  await idle(page);
  // Show the question and the start of the answer, as a resident reads it.
  await page.locator('.row.user').last().evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: OUT });
  process.stdout.write(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} KB\n`);
} finally {
  await browser.close();
  await sim.close();
}
