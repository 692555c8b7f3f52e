import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';
import { HAS_CHROMIUM, idle, launchChromium, openSimulator, type Browser } from './chromium.ts';

// Whatever a message contains — a forwarded scam text, a reply built from data/ — the page
// shows it as text: no script runs, no element is injected, no javascript: link appears.

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned=1;alert(2)">';
const SVG = '"><svg onload=alert(3)>';
const PAYLOAD = `${SCRIPT}${IMG}${SVG}`;
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

const HOSTILE_MESSAGES = [
  { type: 'text', text: `${PAYLOAD} https://example.com/${IMG}` },
  {
    type: 'flex',
    altText: PAYLOAD,
    contents: {
      type: 'bubble',
      header: { type: 'box', layout: 'vertical', backgroundColor: 'red;background-image:url(javascript:alert(4))', contents: [{ type: 'text', text: PAYLOAD }] },
      hero: { type: 'image', url: 'javascript:alert(5)', size: 'full' },
      body: {
        type: 'box',
        layout: 'vertical',
        width: '100px;background:url(https://evil.example/)',
        contents: [
          { type: 'text', text: 'x', contents: [{ type: 'span', text: PAYLOAD, color: 'expression(alert(6))' }] },
          { type: 'icon', url: `${GIF}"><img src=x onerror=alert(7)>` },
          { type: 'button', action: { type: 'uri', label: PAYLOAD, uri: 'javascript:alert(8)' } },
          { type: 'button', action: { type: 'uri', label: 'data', uri: 'data:text/html,<script>alert(9)</script>' } },
          { type: 'button', action: { type: 'postback', label: PAYLOAD, data: 'x', displayText: PAYLOAD } },
        ],
      },
    },
  },
  { type: 'template', altText: PAYLOAD, template: { type: 'buttons', title: PAYLOAD, text: PAYLOAD, actions: [{ type: 'message', label: PAYLOAD, text: PAYLOAD }] } },
  { type: PAYLOAD, text: PAYLOAD, quickReply: { items: [{ type: 'action', imageUrl: 'javascript:alert(10)', action: { type: 'message', label: PAYLOAD, text: PAYLOAD } }] } },
];

let sim: SimulatorApp;
let browser: Browser;

describe.skipIf(!HAS_CHROMIUM)('hostile text in the simulator page', () => {
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime() });
    await sim.listen();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('is shown as text, whether the user types it or a reply carries it', async () => {
    const page = await openSimulator(browser.context, sim.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/simulator/api/events', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ messages: HOSTILE_MESSAGES, summary: { intent: PAYLOAD }, at: '2026-11-24T05:00:00.000Z' }) }),
    );

    await page.fill('#input', PAYLOAD);
    await page.keyboard.press('Control+Enter');
    await idle(page);
    // Tap everything tappable in the reply and the quick-reply chip.
    const reply = page.locator('.row.bot[data-reply]').last();
    for (const el of await reply.locator('.tappable').all()) await el.click();
    await page.locator('#quick-replies .qr-chip').first().click();
    await idle(page);
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#chat script, #chat svg, img[src="x"], [onerror], [onload]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"], img[src^="javascript:"]').count()).toBe(0);
    expect(page.url()).toBe(`${sim.url}/`);

    const userText = await page.locator('.row.user .msg-text').first().textContent();
    expect(userText).toBe(PAYLOAD);
    const shown = await page.locator('#chat').innerText();
    for (const part of [SCRIPT, IMG, SVG]) expect(shown).toContain(part);
    expect(await reply.locator('.fx-header > .fx-box').evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
    expect(await reply.locator('.fx-body > .fx-box').evaluate((el) => (el as HTMLElement).style.width)).toBe('');
    await page.close();
  });
});
