import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';
import { HAS_CHROMIUM, idle, launchChromium, openSimulator, type Browser } from './chromium.ts';

// Flex messages drawn with LINE's sizes and colours, whatever the replies module produces:
// the reply is replaced by a known message and the page is measured.

const BUBBLE = {
  type: 'bubble',
  styles: { footer: { backgroundColor: '#f0f4ff', separator: true, separatorColor: '#ff0000' } },
  header: { type: 'box', layout: 'vertical', backgroundColor: '#b71c1c', contents: [{ type: 'text', text: 'ヘッダー', color: '#ffffff', size: 'xl', weight: 'bold' }] },
  hero: { type: 'image', url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
  body: {
    type: 'box',
    layout: 'vertical',
    spacing: 'md',
    contents: [
      { type: 'text', text: '一行目', testid: 'first' },
      { type: 'text', text: '折り返さない長い文章'.repeat(8), wrap: false },
      { type: 'text', text: '折り返す長い文章'.repeat(8), wrap: true, color: '#ff0000' },
      { type: 'box', layout: 'horizontal', contents: [{ type: 'text', text: 'A', flex: 1 }, { type: 'text', text: 'B', flex: 2 }] },
      { type: 'separator', margin: 'xl', color: '#00ff00' },
      { type: 'box', layout: 'baseline', cornerRadius: 'md', borderWidth: 'medium', borderColor: '#0000ff', paddingAll: '12px', contents: [
        { type: 'icon', url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', size: 'lg', aspectRatio: '2:1' },
        { type: 'text', text: 'アイコン', contents: [{ type: 'span', text: '太字', weight: 'bold' }, { type: 'span', text: '普通' }] },
      ] },
    ],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      { type: 'button', style: 'primary', action: { type: 'uri', label: '188に電話', uri: 'tel:188' } },
      { type: 'button', style: 'secondary', height: 'sm', action: { type: 'postback', label: '詳しく', data: 'v1|topic|faq.contacts', displayText: '詳しく知りたい' } },
      { type: 'button', style: 'link', action: { type: 'message', label: 'メニュー', text: 'メニュー' } },
      { type: 'button', action: { type: 'uri', label: '公式ページ', uri: 'https://www.digital.go.jp/' } },
    ],
  },
};
const CAROUSEL = { type: 'carousel', contents: [{ ...BUBBLE, size: 'kilo' }, { ...BUBBLE, size: 'kilo' }, { ...BUBBLE, size: 'kilo' }] };
const MESSAGES = [
  { type: 'flex', altText: '単体', contents: BUBBLE },
  { type: 'flex', altText: 'カルーセル', contents: CAROUSEL },
];

let sim: SimulatorApp;
let browser: Browser;
let page: Page;
const sent: unknown[] = [];

describe.skipIf(!HAS_CHROMIUM)('flex messages in the simulator page', () => {
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime() });
    const url = await sim.listen();
    browser = await launchChromium();
    page = await openSimulator(browser.context, url);
    await page.route('**/simulator/api/events', (route: Route) => {
      sent.push(route.request().postDataJSON());
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ messages: MESSAGES, summary: null, at: '2026-11-24T05:00:00.000Z' }) });
    });
    await page.fill('#input', 'テスト');
    await page.keyboard.press('Control+Enter');
    await idle(page);
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  const single = () => page.locator('.row.bot[data-reply]').last().locator('.msg-flex').first();
  const box = async (selector: string) => {
    const b = await single().locator(selector).first().boundingBox();
    if (!b) throw new Error(`${selector} is not shown`);
    return b;
  };
  const css = (selector: string, prop: string) =>
    single().locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

  it('a bubble is 300 px wide (mega) with 17 px corners; body text starts 20 px in; header and footer colours apply', async () => {
    expect((await box('.fx-body')).width).toBe(300);
    expect(await single().evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('17px');
    const bubble = await single().boundingBox();
    const firstText = await box('.fx-body .fx-text');
    expect(firstText.x - (bubble?.x ?? 0)).toBe(20);
    expect(await css('.fx-header > .fx-box', 'background-color')).toBe('rgb(183, 28, 28)');
    expect(await css('.fx-header .fx-text', 'font-size')).toBe('22px');
    expect(await css('.fx-header .fx-text', 'font-weight')).toBe('700');
    expect(await css('.fx-footer', 'background-color')).toBe('rgb(240, 244, 255)');
    expect(await css('.fx-footer', 'border-top-color')).toBe('rgb(255, 0, 0)');
  });

  it('a full-width hero keeps its aspect ratio', async () => {
    const hero = await box('.fx-hero .fx-image-frame');
    expect(hero.width).toBe(300);
    expect(Math.round(hero.height)).toBe(Math.round((300 * 13) / 20));
  });

  it('spacing, wrap, flex ratios, separators, borders, icons and spans follow the message', async () => {
    const texts = single().locator('.fx-body > .fx-box > .fx-text');
    const [a, b] = [await texts.nth(0).boundingBox(), await texts.nth(1).boundingBox()];
    expect(Math.round((b?.y ?? 0) - ((a?.y ?? 0) + (a?.height ?? 0)))).toBe(8);
    const oneLine = texts.nth(1).locator('p');
    expect(await oneLine.evaluate((p) => p.scrollWidth > p.clientWidth)).toBe(true);
    const wrapped = await texts.nth(2).boundingBox();
    expect(wrapped?.height ?? 0).toBeGreaterThan((a?.height ?? 0) * 2.5);
    expect(await texts.nth(2).evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
    const row = single().locator('.fx-body .fx-horizontal').first().locator('.fx-text');
    const [w1, w2] = [(await row.nth(0).boundingBox())?.width ?? 0, (await row.nth(1).boundingBox())?.width ?? 0];
    expect(Math.abs(w2 - 2 * w1)).toBeLessThanOrEqual(1);
    expect(await css('.fx-separator', 'border-top-color')).toBe('rgb(0, 255, 0)');
    expect(await css('.fx-separator', 'margin-top')).toBe('16px');
    expect(await css('.fx-baseline', 'border-top-width')).toBe('2px');
    expect(await css('.fx-baseline', 'border-top-left-radius')).toBe('8px');
    expect(await css('.fx-baseline', 'padding-left')).toBe('12px');
    const icon = await box('.fx-icon');
    expect([icon.width, icon.height]).toEqual([38, 19]);
    expect(await single().locator('.fx-baseline .fx-text span').first().evaluate((s) => getComputedStyle(s).fontWeight)).toBe('700');
    expect(await single().locator('.fx-baseline .fx-text').innerText()).toBe('太字普通');
  });

  it('buttons: primary green 52 px, secondary grey 40 px (sm), link blue text', async () => {
    const buttons = single().locator('.fx-btn');
    const style = (i: number, p: string) => buttons.nth(i).evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), p);
    expect(await style(0, 'background-color')).toBe('rgb(23, 201, 80)');
    expect(await style(0, 'color')).toBe('rgb(255, 255, 255)');
    expect((await buttons.nth(0).boundingBox())?.height).toBe(52);
    expect(await style(1, 'background-color')).toBe('rgb(220, 223, 229)');
    expect((await buttons.nth(1).boundingBox())?.height).toBe(40);
    expect(await style(2, 'color')).toBe('rgb(66, 101, 154)');
    expect(await buttons.nth(0).getAttribute('href')).toBe('tel:188');
    expect(await buttons.nth(3).getAttribute('href')).toBe('https://www.digital.go.jp/');
    expect(await buttons.nth(3).getAttribute('target')).toBe('_blank');
    expect(await buttons.nth(3).getAttribute('rel')).toContain('noopener');
  });

  it('a carousel scrolls sideways, kilo bubbles 260 px, side by side', async () => {
    const carousel = page.locator('.row.bot[data-reply]').last().locator('.fx-carousel');
    expect(await carousel.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const bubbles = carousel.locator('.fx-bubble');
    expect(await bubbles.count()).toBe(3);
    const [b1, b2] = [await bubbles.nth(0).boundingBox(), await bubbles.nth(1).boundingBox()];
    expect(b1?.width).toBe(260);
    expect(b2?.y).toBe(b1?.y);
    expect(Math.round((b2?.x ?? 0) - ((b1?.x ?? 0) + (b1?.width ?? 0)))).toBe(9);
  });

  it('a postback button sends its data and shows its displayText; a message button says its text', async () => {
    sent.length = 0;
    await single().locator('.fx-btn').nth(1).click();
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'postback', data: 'v1|topic|faq.contacts' });
    expect(await page.locator('.row.user .msg-text').last().textContent()).toBe('詳しく知りたい');
    await page.locator('.row.bot[data-reply]').last().locator('.msg-flex').first().locator('.fx-btn').nth(2).click();
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: 'メニュー' });
    expect(await page.locator('.row.user .msg-text').last().textContent()).toBe('メニュー');
  });
});
