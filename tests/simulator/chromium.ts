import { existsSync } from 'node:fs';
import { chromium, type Browser as PlaywrightBrowser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (CI: `apt-get install chromium fonts-noto-cjk`); playwright never downloads one here. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

let shared: Promise<PlaywrightBrowser> | null = null;

function launchBrowser(): Promise<PlaywrightBrowser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
}

/**
 * Headless Chromium: a fresh context (its own cookies and storage, like a new profile) with a
 * phone-sized window, Japanese locale and Japan time. Under Vitest the browser process itself is
 * shared by the test files of a worker (starting one costs ~1.5 s of CPU; Playwright ends it
 * when the worker exits), and `close()` closes the context; a script gets its own browser,
 * closed with it.
 */
export async function launchChromium(): Promise<Browser> {
  const reuse = Boolean(process.env['VITEST']);
  if (reuse && shared) {
    // A browser that crashed or was closed is started again.
    const running = await shared.catch(() => null);
    if (!running?.isConnected()) shared = null;
  }
  const browser = reuse ? (shared ??= launchBrowser()) : launchBrowser();
  const context = await (await browser).newContext({
    viewport: { width: 440, height: 900 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  return {
    context,
    async close() {
      await context.close();
      if (!reuse) await (await browser).close();
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
