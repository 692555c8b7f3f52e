import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';
import { HAS_CHROMIUM, idle, launchChromium, openSimulator, type Browser } from './chromium.ts';

/**
 * The simulator on a 412 px phone (#17 items 13 and 15): what a resident would notice. A long
 * answer at the year end at night (every line closed, so the reply is five messages).
 * Look at the screens themselves with `node tests/simulator/look-at-412.ts`.
 */
const REPORT = '市役所の職員を名乗る人から電話があって、今すぐ手続きしないとマイナンバーカードが失効すると言われました';
let sim: SimulatorApp;
let browser: Browser;
let url: string;

describe.skipIf(!HAS_CHROMIUM)('the simulator at 412 px', () => {
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-12-31T22:00:00+09:00' } });
    url = await sim.listen();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  async function ask(fontSize: string | null = null) {
    const page = await openSimulator(browser.context, url);
    await page.setViewportSize({ width: 412, height: 915 });
    if (fontSize) await page.selectOption('#font-size', fontSize);
    await page.fill('#input', REPORT);
    await page.keyboard.press('Control+Enter');
    await idle(page);
    return page;
  }

  /** One page with the answer at the default size, for the tests that only look at it (each ask costs a classification, a render and a layout). */
  let answered: Promise<Awaited<ReturnType<typeof ask>>> | null = null;
  const lookAtAnswer = () => (answered ??= ask());

  it('after a long reply, shows its first message at the top of the chat, not the end of the cards', async () => {
    const page = await lookAtAnswer();
    const gap = await page.evaluate(() => {
      const chat = document.getElementById('chat')!;
      const rows = document.querySelectorAll('.row.bot[data-reply]');
      const row = rows[rows.length - 1]!;
      return row.getBoundingClientRect().top - chat.getBoundingClientRect().top;
    });
    expect(Math.abs(gap)).toBeLessThan(20);
  });

  it('keeps the classification behind 「判定の詳細」 and shows no English under the reply', async () => {
    const page = await ask();
    const reply = page.locator('.row.bot[data-reply]').last();
    expect(await reply.innerText()).not.toMatch(/scam\.|impersonation|urgency_threat/);
    await reply.getByText('判定の詳細').click();
    expect(await reply.innerText()).toContain('scam.');
    await page.close();
  });

  it('shows every bot time stamp inside the screen, and says the row of cards scrolls sideways', async () => {
    const page = await lookAtAnswer();
    const rights = await page.locator('.row.bot .meta').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(0);
    for (const right of rights) expect(right).toBeLessThanOrEqual(412);
    expect(await page.locator('.row.bot[data-reply]').last().locator('.carousel-hint').first().isVisible()).toBe(true);
  });

  it('breaks Japanese lines between phrases (no lone last character) and keeps the input hint whole', async () => {
    const page = await lookAtAnswer();
    const style = await page.locator('.fx-text p.wrap:not(.anywhere)').first().evaluate((p) => getComputedStyle(p).wordBreak);
    expect(style).toBe('auto-phrase');
    expect(await loneLastCharacters(page)).toEqual([]);
    const hint = await page.locator('#input').evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(t).font;
      probe.textContent = t.placeholder;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return { width, room: t.clientWidth - 28 };
    });
    expect(hint.width).toBeLessThanOrEqual(hint.room);
  });

  /** Wrapped texts of the last reply whose last line holds a single character (「…ございま／す」). */
  async function loneLastCharacters(page: Awaited<ReturnType<typeof ask>>): Promise<string[]> {
    return page.locator('.row.bot[data-reply]').last().locator('.fx-text p.wrap').evaluateAll((ps) =>
      ps.flatMap((p) => {
        const node = p.firstChild;
        const text = node?.textContent ?? '';
        const chars = [...text];
        if (!node || node.nodeType !== Node.TEXT_NODE || chars.length < 3 || text.includes('\n')) return [];
        const top = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return range.getBoundingClientRect().top;
        };
        const last = text.length - chars[chars.length - 1]!.length;
        const before = last - chars[chars.length - 2]!.length;
        return top(last, text.length) > top(before, last) + 2 ? [text] : [];
      }),
    );
  }

  it('「文字の大きさ」 特大 enlarges the card text (scaling: true) and the reply still fits the width', async () => {
    const normal = await lookAtAnswer();
    const size = (p: typeof normal) => p.locator('.row.bot[data-reply]').last().locator('.fx-text p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const base = await size(normal);
    const large = await ask('xlarge');
    expect(await size(large)).toBeGreaterThan(base * 1.3);
    const overflow = await large.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(412);
    expect(await loneLastCharacters(large)).toEqual([]);
    await large.close();
  });
});
