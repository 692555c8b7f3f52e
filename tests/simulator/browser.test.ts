import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';
import { HAS_CHROMIUM, CHROMIUM, idle, launchChromium, openSimulator, replyCount, type Browser } from './chromium.ts';

// A city's staff member opens the simulator in a browser and talks to the bot.
// Skipped (with a message) where Debian's Chromium is not installed.
if (!HAS_CHROMIUM) {
  console.warn(`tests/simulator/browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`);
}

const SCAM_CALL = '市役所の職員から電話でマイナンバーを聞かれた';
const FORWARDED_SMS =
  '【マイナンバー確認】あなたのマイナンバーカードに不正利用の疑いがあります。本日中に下記URLから暗証番号の再登録をしてください。手続きがない場合は利用停止となります。 https://myna-check.example.com/login';
let sim: SimulatorApp;
let browser: Browser;
let url: string;

describe.skipIf(!HAS_CHROMIUM)('the simulator page in Chromium', () => {
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:00:00+09:00' } });
    url = await sim.listen();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('answers a reported scam call with the numbers to call, then quick replies and the rich menu work', async () => {
    const page = await openSimulator(browser.context, url);
    const greeting = page.locator('.row.bot[data-reply]').first();
    expect((await greeting.innerText()).trim()).not.toBe('');

    await page.fill('#input', SCAM_CALL);
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(await page.locator('.row.user .msg-text').last().textContent()).toBe(SCAM_CALL);
    expect(await page.inputValue('#input')).toBe('');

    const reply = page.locator('.row.bot[data-reply]').last();
    const shown = await reply.innerText();
    expect(shown).toContain('188');
    expect(shown).toContain('#9110');
    const telLinks = await reply.locator('a[href^="tel:"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(telLinks).toEqual(expect.arrayContaining(['tel:188', 'tel:%239110']));

    // Tapping a call button shows the number to call (a phone would dial it).
    await reply.locator('a[href="tel:188"]').first().click();
    expect(await page.locator('#toast').isVisible()).toBe(true);
    expect(await page.locator('#toast').innerText()).toContain('188');
    expect(await page.locator('#toast a[href="tel:188"]').count()).toBe(1);

    // Quick replies sit above the input; tapping one says its label and gets an answer.
    const chips = page.locator('#quick-replies .qr-chip');
    expect(await page.locator('#quick-replies').isVisible()).toBe(true);
    expect(await chips.count()).toBeGreaterThan(0);
    const lastChip = chips.last();
    const chipLabel = (await lastChip.innerText()).trim();
    const beforeChip = await replyCount(page);
    await lastChip.click();
    await idle(page);
    expect(await page.locator('.row.user .msg-text').last().textContent()).toBe(chipLabel);
    expect(await replyCount(page)).toBe(beforeChip + 1);

    // The rich menu at the bottom: tapping an area sends its action.
    const area = page.locator('#rich-menu .rich-menu-area').first();
    expect(await area.isVisible()).toBe(true);
    const areaLabel = ((await area.getAttribute('aria-label')) ?? (await area.innerText())).trim();
    const beforeMenu = await replyCount(page);
    await area.click();
    await idle(page);
    expect(await replyCount(page)).toBe(beforeMenu + 1);
    expect(await page.locator('.row.user .msg-text').last().textContent()).toBe(areaLabel);

    // For people: the scam reply in view, as the README shows it.
    await page.fill('#input', SCAM_CALL);
    await page.click('#send');
    await idle(page);
    await page.locator('.row.bot[data-reply]').last().scrollIntoViewIfNeeded();
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/simulator.png' });
    await page.close();
  });

  it('sends the clock field instant, shows it beside the message, and "今" goes back to the server clock', async () => {
    const page = await openSimulator(browser.context, url);
    expect(await page.inputValue('#clock')).toBe('2026-11-24T14:00');
    const sent: unknown[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/simulator/api/events')) sent.push(req.postDataJSON());
    });

    await page.fill('#clock', '2026-12-30T21:00');
    await page.fill('#input', '相談窓口');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: '相談窓口', at: '2026-12-30T21:00:00+09:00' });
    expect(await page.locator('.row.user .meta').last().innerText()).toContain('21:00');
    const yearEnd = await page.locator('.row.bot[data-reply]').last().innerText();

    await page.click('#clock-now');
    await page.fill('#input', '相談窓口');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: '相談窓口' });
    expect(await page.inputValue('#clock')).toBe('2026-11-24T14:00');
    expect(await page.locator('.row.user .meta').last().innerText()).toContain('14:00');
    expect(await page.locator('.row.bot[data-reply]').last().innerText()).not.toBe(yearEnd);
    await page.close();
  });

  it('takes a pasted, multi-line forwarded message and sends it only on Ctrl+Enter', async () => {
    const page = await openSimulator(browser.context, url);
    const forwarded = '【重要】マイナポイントの申請期限が迫っています\n下記URLから手続きしてください\nhttps://mynumber-point.example.xyz/login';
    const before = await replyCount(page);
    await page.fill('#input', forwarded);
    await page.press('#input', 'Enter');
    expect(await replyCount(page)).toBe(before);
    await page.fill('#input', forwarded);
    await page.press('#input', 'Control+Enter');
    await idle(page);
    const bubble = page.locator('.row.user .msg-text').last();
    expect(await bubble.innerText()).toBe(forwarded);
    // The pasted (scam) link in the resident's own bubble is inert: plain text, not a link (#17 item 15).
    expect(await bubble.locator('a').count()).toBe(0);
    expect(await replyCount(page)).toBe(before + 1);
    await page.close();
  });

  it('previews a family group: silent on chit-chat (with a discreet line), a card for a forwarded scam SMS, @mention and join', async () => {
    const page = await openSimulator(browser.context, url);
    const sent: Record<string, unknown>[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/simulator/api/events')) sent.push(req.postDataJSON());
    });
    const group = page.getByRole('radio', { name: '家族グループ' });
    expect(await page.getByRole('radio', { name: '1対1' }).isChecked()).toBe(true);
    expect(await page.locator('#mention').isVisible()).toBe(false);
    expect(await page.locator('#join').isVisible()).toBe(false);

    await page.locator('.chat-mode label', { hasText: '家族グループ' }).click();
    expect(await group.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '@メンション' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'グループに追加' }).isVisible()).toBe(true);
    expect(await page.locator('#rich-menu').isVisible()).toBe(false); // LINE shows it only in one-to-one chats

    // Chit-chat: no reply, a discreet line says why.
    let before = await replyCount(page);
    await page.fill('#input', 'おはよう〜今日は寒いね');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: 'おはよう〜今日は寒いね', chat: 'group', mention: false });
    expect(await replyCount(page)).toBe(before);
    expect(await page.locator('.notice-silent').last().innerText()).toContain('ボットは返信しませんでした：グループでは呼ばれたときと詐欺の可能性が高いときだけ返信します');

    // A forwarded scam SMS: a line quoting it (as LINE shows a quoteToken), then one short card for everyone.
    before = await replyCount(page);
    await page.fill('#input', FORWARDED_SMS);
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(await replyCount(page)).toBe(before + 1);
    const card = page.locator('.row.bot[data-reply]').last();
    expect(await card.locator('.msg-line').count()).toBe(2);
    expect(await card.locator('.msg-quote').innerText()).toContain(FORWARDED_SMS.slice(0, 10));
    expect(await card.innerText()).toContain('グループのみなさまへ');
    expect(await card.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

    // @mention: the bubble starts with the bot's name, and a greeting gets the how-to-ask card.
    await page.getByRole('checkbox', { name: '@メンション' }).check();
    await page.fill('#input', 'こんにちは');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: 'こんにちは', chat: 'group', mention: true });
    expect(await page.locator('.row.user .msg-text').last().innerText()).toMatch(/^@\S+ こんにちは$/);
    expect(await page.locator('.row.bot[data-reply]').last().innerText()).toContain('お呼びでしょうか');

    // Added to the group: the short explanation.
    before = await replyCount(page);
    await page.getByRole('button', { name: 'グループに追加' }).click();
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'join' });
    expect(await replyCount(page)).toBe(before + 1);
    expect(await page.locator('.row.bot[data-reply]').last().innerText()).toContain('ふだんの会話には返事をしません');

    // Back to the one-to-one chat: no chat field, the chit-chat line gets an answer again.
    await page.getByRole('radio', { name: '1対1' }).check();
    expect(await page.locator('#follow').isVisible()).toBe(true);
    expect(await page.locator('#rich-menu').isVisible()).toBe(true);
    before = await replyCount(page);
    await page.fill('#input', 'おはよう〜今日は寒いね');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(sent.at(-1)).toEqual({ type: 'text', text: 'おはよう〜今日は寒いね' });
    expect(await replyCount(page)).toBe(before + 1);
    await page.close();
  });

  it('shows a broken data file (file and place) instead of a reply', async () => {
    const page = await openSimulator(browser.context, url);
    await page.route('**/simulator/api/events', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          error: 'data_file_invalid',
          message: 'intents/faq.fees.yaml does not load',
          dataError: { file: 'intents/faq.fees.yaml', issues: [{ path: 'line 12', message: 'Unexpected flow-seq-end' }] },
        }),
      }),
    );
    const before = await replyCount(page);
    await page.fill('#input', '手数料はかかりますか');
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(await replyCount(page)).toBe(before);
    const banner = await page.locator('#banner').innerText();
    expect(banner).toContain('intents/faq.fees.yaml');
    expect(banner).toContain('line 12: Unexpected flow-seq-end');
    // Listed once: in the banner; the chat only says that it cannot answer (#17 item 16).
    expect(await page.locator('.notice-error').last().innerText()).not.toContain('line 12');
    expect(await page.getByText('line 12: Unexpected flow-seq-end').count()).toBe(1);
    await page.close();
  });
});
