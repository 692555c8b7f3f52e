import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (CI: `apt-get install chromium fonts-noto-cjk`); playwright never downloads one here. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, a phone-sized window, Japanese locale and Japan time. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'simulator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 440, height: 900 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    env: { ...process.env, LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ja-JP',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Resolves when the page has no event in flight (body[data-pending] is kept by app.js); reading an image takes longer: pass a longer `timeoutMs`. */
export async function idle(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['pending'] === '0', null, { timeout: timeoutMs });
}

/** Opens the simulator and waits for the greeting (opening the page is "adding the friend"). */
export async function openSimulator(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.row.bot[data-reply]').length > 0, null, { timeout: 20_000 });
  await idle(page);
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  return page;
}

export const replyCount = (page: Page) => page.locator('.row.bot[data-reply]').count();
