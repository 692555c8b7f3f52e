import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { testRuntime } from '../support/test-runtime.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';
import { HAS_CHROMIUM, CHROMIUM, idle, launchChromium, openSimulator, type Browser } from './chromium.ts';
import { npmOcrPool } from '../support/test-ocr-pool.ts';
import { rememberingOcrPool } from '../support/remembering-ocr-pool.ts';

// A city's staff member tries image reading in the simulator: attach a screenshot (file picker,
// paste, drag and drop) and see the bot's answer start with the text it read.
if (!HAS_CHROMIUM) console.warn(`tests/simulator/browser-image.test.ts skipped: ${CHROMIUM} is missing`);

const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'images', 'iphone-light-police.jpg');
let sim: SimulatorApp;
let browser: Browser;
let url: string;
// The browser tests send the same screenshot three ways: read once (as the webhook tests do; reading itself is tested in tests/images/).
// The API tests below use the simulator's own reader, as `npm start` makes it.
const ocrPool = rememberingOcrPool(npmOcrPool(8));
afterAll(() => ocrPool.close());

/** Waits (OCR takes seconds) until no event is pending. */
const settled = (page: Page) => idle(page, 60_000);
const lastReply = (page: Page) => page.locator('.row.bot[data-reply]').last().innerText();
const flat = (s: string) => s.replace(/\s/g, '');

describe.skipIf(!HAS_CHROMIUM)('attaching an image in the simulator', () => {
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:00:00+09:00' }, ocrPool });
    url = await sim.listen();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('the 画像 button sends the chosen file and the answer starts with the text read from it', async () => {
    const page = await openSimulator(browser.context, url);
    await page.setInputFiles('#attach-file', FIXTURE);
    await page.waitForFunction(() => document.body.dataset['pending'] !== '0' || document.querySelectorAll('.row.user').length > 0);
    await settled(page);
    expect(await page.locator('.row.user').last().innerText()).toContain('画像を送りました');
    const replies = page.locator('.row.bot[data-reply]').last();
    const shown = await replies.innerText();
    expect(shown).toContain('画像から読み取った文字');
    expect(flat(shown)).toContain('050-3188-2041');
    expect(flat(shown)).toMatch(/マイナンバーが犯罪に/);
  }, 90_000);

  it('a pasted image and a dropped image are read the same way', async () => {
    const page = await openSimulator(browser.context, url);
    const base64 = readFileSync(FIXTURE).toString('base64');
    const before = await page.locator('.row.bot[data-reply]').count();
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'screenshot.jpg', { type: 'image/jpeg' }));
      document.getElementById('input')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, base64);
    await page.waitForFunction((n) => document.querySelectorAll('.row.bot[data-reply]').length > n, before, { timeout: 60_000 });
    await settled(page);
    expect(await lastReply(page)).toContain('画像から読み取った文字');

    const count = await page.locator('.row.bot[data-reply]').count();
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'dropped.jpg', { type: 'image/jpeg' }));
      document.getElementById('chat')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, base64);
    await page.waitForFunction((n) => document.querySelectorAll('.row.bot[data-reply]').length > n, count, { timeout: 60_000 });
    await settled(page);
    expect(flat(await lastReply(page))).toContain('050-3188-2041');
  }, 120_000);
});

describe('the simulator API for images', () => {
  let api: SimulatorApp;
  beforeAll(async () => {
    api = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:00:00+09:00' } });
    // As the server does once it is ready: the reader's start (its model loaded) is not counted in an image's deadline.
    await api.app.warmImageReading();
  }, 90_000);
  afterAll(() => api?.close());

  it('refuses an image that is not base64, with the field named', async () => {
    const res = await api.app.server.inject({ method: 'POST', url: '/simulator/api/events', headers: { host: 'localhost' }, payload: { type: 'image', image: '***' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^image:/);
  });

  it('in the family-group preview, answers a scam screenshot quoting it, and stays silent on what it cannot read', async () => {
    const post = (image: string) => api.app.server.inject({ method: 'POST', url: '/simulator/api/events', headers: { host: 'localhost' }, payload: { type: 'image', image, chat: 'group' } });
    const scam = await post(readFileSync(FIXTURE).toString('base64'));
    expect(scam.statusCode).toBe(200);
    const answer = scam.json() as { chat: string; silent: boolean; messages: { altText?: string; quoteToken?: string }[] };
    expect(answer).toMatchObject({ chat: 'group', silent: false });
    expect(JSON.stringify(answer.messages)).toContain('画像から読み取った文字');
    expect(answer.messages.some((m) => typeof m.quoteToken === 'string')).toBe(true);
    // One-to-one this gets 「画像を開けませんでした」; in a group, nothing (never 「読み取れませんでした」 to a family).
    const broken = await post(Buffer.from('<html>not an image</html>').toString('base64'));
    expect(broken.json()).toMatchObject({ chat: 'group', silent: true, messages: [] });
  }, 60_000);

  it('answers bytes that are not an image politely', async () => {
    const image = Buffer.from('<html>not an image</html>').toString('base64');
    const res = await api.app.server.inject({ method: 'POST', url: '/simulator/api/events', headers: { host: 'localhost' }, payload: { type: 'image', image } });
    expect(res.statusCode).toBe(200);
    expect(res.json().messages[0].altText).toBe('画像を開けませんでした');
  }, 30_000);
});
