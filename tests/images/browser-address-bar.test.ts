import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImage } from '../../src/images/prepare-image.ts';
import { readImage, type ImageRead } from '../../src/images/read-image.ts';
import { incomingFromReads } from '../../src/images/reads-to-incoming.ts';
import { loadScreenChrome } from '../../src/images/screen-chrome.ts';
import { tesseractJsEngine } from '../../src/images/tesseract-js-engine.ts';
import type { IncomingMedia } from '../../src/incoming/incoming.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { DATA_DIR, PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { allText } from '../support/reply-text.ts';

/**
 * A screenshot of a phishing page on a phone: the browser's address bar is often the only place
 * its fake address shows. The bar's icons stay out of the read, its address is kept as the last
 * line (after the page's text), and the link check answers it, as for a typed message.
 */
const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
/**
 * Each read's deadline: the first read also loads the model on this thread, and beside a busy
 * test worker (a full run at a load average of 10) it once took over 25 s and came back empty.
 */
const READ_MS = 60_000;
const engine = tesseractJsEngine();
const chrome = loadScreenChrome(DATA_DIR);
let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
}, 60_000);
afterAll(() => engine.close());

const AT = new Date('2026-12-07T02:00:00Z');
const imageEvent: IncomingMedia = { kind: 'media', mediaType: 'image', eventId: 'e-browser', replyToken: 'r', userKey: 'u', at: AT, isRedelivery: false, chat: 'user' };

const textOf = (read: ImageRead) => (read.outcome === 'read' ? read.text : '');

/** A phone's page (720 × 1560) with a grey address bar at the bottom showing 「AA」, the address and a reload sign. */
async function pageWithBar(address: string): Promise<Buffer> {
  const text = (s: string, x: number, y: number, size: number, weight = 400) => `<text x="${x}" y="${y}" font-family="Noto Sans CJK JP" font-size="${size}" font-weight="${weight}" fill="#1f1f1f">${s}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="1560">
    <rect width="720" height="1560" fill="#ffffff"/>
    ${text('マイナポータル 本人確認', 40, 200, 40, 700)}
    ${text('マイナンバーカードの有効性の確認が', 40, 290, 32)}
    ${text('必要です。以下の項目を入力して、', 40, 340, 32)}
    ${text('本人確認を完了してください。', 40, 390, 32)}
    ${text('氏名', 40, 480, 30, 700)}
    ${text('暗証番号（4桁）', 40, 600, 30, 700)}
    <rect x="24" y="1420" width="672" height="76" rx="38" fill="#e3e4e8"/>
    ${text('AA', 56, 1470, 28, 700)}
    ${text(address, 150, 1470, 30)}
    <circle cx="650" cy="1458" r="14" fill="none" stroke="#1f1f1f" stroke-width="3"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

describe("a phone browser's address bar", () => {
  it('the unseen phishing page: its address is the last line of the read, once, and the link check answers it', async () => {
    const bytes = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen', 'browser-web-bank-lock.jpg'));
    const read = await readImage(bytes, engine, limits, Date.now() + READ_MS, Date.now, chrome);
    const lines = textOf(read).split('\n');
    expect(lines[0]).toContain('ゆうちょダイレクト');
    expect(lines.at(-1)).toBe('yucho-direct-secure.com');
    expect(lines.filter((l) => l.includes('secure.com'))).toHaveLength(1);
    // The end-to-end answer, as the webhook gives it: what was read (the address shown), then the verdict and the link's check.
    const incoming = incomingFromReads(imageEvent, [read], 0.7);
    expect(incoming.kind).toBe('text');
    const reply = respond(incoming, runtime, AT);
    const first = allText(reply.messages.slice(0, 1));
    expect(first).toContain('画像から読み取った文字');
    expect(first).toContain('yucho-direct-secure.com');
    const answer = allText(reply.messages.slice(1));
    expect(answer).toContain('yucho-direct-secure.com');
    expect(answer).toContain('公式のアドレスとして確認できません');
    expect(runtime.knowledge.checks.check(incoming.kind === 'text' ? incoming.text : '').links).toMatchObject([{ host: 'yucho-direct-secure.com', verdict: 'unknown' }]);
  }, READ_MS + 30_000);

  it("a bar found as a grey pill is left out of the page's read and read on its own: the address without 「AA」, and flagged as a look-alike", async () => {
    const bytes = await pageWithBar('myna-portal-login.com');
    const prepared = await prepareImage(bytes, limits);
    expect(prepared.ok && prepared.addressBars?.length).toBeGreaterThan(0);
    const read = await readImage(bytes, engine, limits, Date.now() + READ_MS, Date.now, chrome);
    const text = textOf(read);
    expect(text.split('\n')[0]).toContain('マイナポータル');
    expect(text.split('\n').at(-1)).toBe('myna-portal-login.com');
    expect(text).not.toMatch(/AA/);
    const incoming = incomingFromReads(imageEvent, [read], 0.7);
    const answer = allText(respond(incoming, runtime, AT).messages.slice(1));
    expect(answer).toContain('公式サイトに似せた別のアドレスです');
  }, READ_MS + 30_000);

  it("leaves out a web mail's own address in the bar (data/screen-chrome.yaml's appDomains): the screen's, not evidence", async () => {
    const bytes = await pageWithBar('mail.yahoo.co.jp');
    const text = textOf(await readImage(bytes, engine, limits, Date.now() + READ_MS, Date.now, chrome));
    expect(text).toContain('マイナポータル');
    expect(text).not.toMatch(/yahoo/i);
  }, READ_MS + 30_000);
});
