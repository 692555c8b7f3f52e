import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/images/cer.ts';
import { prepareImage } from '../../src/images/prepare-image.ts';
import { readImage } from '../../src/images/read-image.ts';
import { tesseractJsEngine } from '../../src/images/tesseract-js-engine.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { pngBomb, pngClaiming } from '../support/bad-images.ts';

const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'images');
const texts = JSON.parse(readFileSync(join(dir, 'texts.json'), 'utf8')) as Record<string, { layout: string; expected: string; typed: string; message: string }>;
const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
// The npm-only engine: what a fresh `npm ci` machine has.
const engine = tesseractJsEngine();
afterAll(() => engine.close());
/** Each fixture is read once in this file (a read is seconds of CPU, and the same bytes read the same): the tests below look at different sides of the same reads. */
const reads = new Map<string, ReturnType<typeof readImage>>();
const readFixture = (name: string) => {
  if (!reads.has(name)) reads.set(name, readImage(readFileSync(join(dir, name)), engine, limits, Date.now() + 25_000));
  return reads.get(name)!;
};

describe('reading the committed rendered screenshots (tesseract.js, offline)', () => {
  for (const [name, { layout, message, typed }] of Object.entries(texts)) {
    it(`${name}: the message comes back nearly as written`, async () => {
      const read = await readFixture(name);
      expect(read.outcome).toBe('read');
      if (read.outcome !== 'read') return;
      // Chats: the message asked about, as typed (the sender, date and 既読 lie outside the bubbles; a short reply under it is left out);
      // mail: as typed too (the sender's block beside the round picture is left out; the banner 「重要なお知らせ」 and the back button, without the
      // screen's words of data/screen-chrome.yaml here, are read and count against it); paper: everything.
      const limit = layout === 'paper-photo' ? 0.12 : layout === 'mail' ? 0.1 : 0.05;
      expect(characterErrorRate(read.text, layout === 'paper-photo' ? message : typed)).toBeLessThanOrEqual(limit);
      expect(read.confidence).toBeGreaterThan(0.6);
    }, 40_000);
  }

  it("reads a mail's subject and body, not the sender's name and address beside the sender's round picture", async () => {
    const read = await readFixture('mail-mail.jpg');
    const text = read.outcome === 'read' ? read.text : '';
    expect(text).toMatch(/停止のお知らせ/);
    expect(text).toMatch(/本人確認を行ってください/);
    expect(text).not.toMatch(/窓口|info@/);
  }, 40_000);

  it('keeps the phone number and the link, which are the evidence', async () => {
    const read = await readFixture('iphone-light-police.jpg');
    expect(read.outcome === 'read' && read.text.replace(/\s/g, '')).toContain('050-3188-2041');
  }, 40_000);

  it('reads only the message\'s bubbles of a chat: the sender, the date line, 既読 with its time and the reply under it stay out of the text', async () => {
    const line = await readFixture('line-chat-shows-number.jpg');
    expect(line).toMatchObject({ outcome: 'read', candidate: 'bubbles' });
    const text = line.outcome === 'read' ? line.text : '';
    expect(text).not.toMatch(/既読|10:16|家族/);
    // The forwarded message is what is asked about; the short question under it (「これって本物ですか？」) stays out of the text.
    expect(text).toMatch(/登録に誤りがあります/);
    expect(text).not.toMatch(/本物ですか/);
    const sms = await readFixture('android-dark-refund.jpg');
    expect(sms.outcome === 'read' && sms.text).not.toMatch(/区役所|今日|10:15/);
  }, 40_000);

  it('leaves nothing on disk: no model copy (cacheMethod none) next to the process', () => {
    expect(existsSync(join(process.cwd(), 'jpn.traineddata'))).toBe(false);
    expect(existsSync(join(process.cwd(), 'jpn.traineddata.gz'))).toBe(false);
  });

  it('an image without text (a smooth picture) is "no text", not an answer', async () => {
    const picture = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#7fa36b' } })
      .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><circle cx="300" cy="380" r="200" fill="#e8c15a"/></svg>') }])
      .jpeg()
      .toBuffer();
    const read = await readImage(picture, engine, limits, Date.now() + 25_000);
    expect(read.outcome).toBe('no_text');
  }, 40_000);
});

describe('bad images are refused before or while decoding, never a crash', () => {
  it('empty bytes', async () => {
    expect(await prepareImage(Buffer.alloc(0), limits)).toMatchObject({ ok: false, problem: 'empty' });
  });
  it('more bytes than the limit, before decoding', async () => {
    expect(await prepareImage(Buffer.alloc(2048, 0xff), { ...limits, maxBytes: 1024 })).toMatchObject({ ok: false, problem: 'too_large' });
  });
  it('bytes that are not an image', async () => {
    expect(await prepareImage(Buffer.from('<html><body>not an image</body></html>'), limits)).toMatchObject({ ok: false, problem: 'not_an_image' });
  });
  it('a truncated JPEG', async () => {
    const jpeg = readFileSync(join(dir, 'mail-mail.jpg'));
    const result = await prepareImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)), limits);
    expect(result).toMatchObject({ ok: false, problem: 'broken' });
  });
  it('a header claiming huge dimensions', async () => {
    expect(await prepareImage(pngClaiming(60_000, 60_000), limits)).toMatchObject({ ok: false, problem: 'too_many_pixels' });
  });
  it('a decompression bomb (a small file that decodes to 100 million pixels)', async () => {
    const bomb = pngBomb(10_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await prepareImage(bomb, limits)).toMatchObject({ ok: false, problem: 'too_many_pixels' });
  });
});
