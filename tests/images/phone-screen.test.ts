import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isPhoneScreen, withoutPhoneChrome } from '../../src/images/phone-screen.ts';
import { prepareImage } from '../../src/images/prepare-image.ts';

const limits = { maxBytes: 20 * 1024 * 1024, maxPixels: 40_000_000 };

/** A grey page, one byte a pixel. */
function page(width: number, height: number, value: number) {
  return { grey: Buffer.alloc(width * height, value), width, height };
}

function fill(p: { grey: Buffer; width: number }, left: number, top: number, w: number, h: number, value: number) {
  for (let y = top; y < top + h; y++) p.grey.fill(value, y * p.width + left, y * p.width + left + w);
}

/** A line of "text": `n` glyph-sized dark blocks, `size` px, with gaps. */
function textLine(p: { grey: Buffer; width: number }, left: number, top: number, n: number, size = 20, value = 40) {
  for (let i = 0; i < n; i++) fill(p, left + i * (size + 6), top, size, size, value);
}

/** A phone's chat screen, 440 × 800: status bar (time left, icons right), header (a name centred), a grey bubble of 4 lines low down, an input bar. */
function chatScreen(statusBar = true) {
  const p = page(440, 800, 232);
  if (statusBar) {
    textLine(p, 20, 10, 3, 14); // 9:41
    textLine(p, 350, 10, 3, 14); // signal, wifi, battery
  }
  textLine(p, 150, 60, 6, 22); // the sender's name, in the header
  fill(p, 0, 112, 440, 2, 200); // the header's rule
  fill(p, 20, 460, 330, 160, 212); // the bubble
  for (let l = 0; l < 4; l++) textLine(p, 36, 476 + l * 36, 11, 22, 40);
  fill(p, 60, 752, 320, 30, 215); // the input field
  textLine(p, 80, 760, 5, 14, 150);
  return p;
}

/** Rows of `p` holding a dark mark (the glyph blocks, value 40). */
function inkedRows(p: { grey: Uint8Array; width: number; height: number }, top: number, bottom: number, below = 100) {
  let rows = 0;
  for (let y = top; y < bottom; y++) {
    let ink = 0;
    for (let x = 0; x < p.width; x++) if (p.grey[y * p.width + x]! < below) ink++;
    if (ink >= 3) rows++;
  }
  return rows;
}

describe('a photographed phone screen (phone-screen.ts)', () => {
  it('knows a tall page with a status bar for a phone screen, and not a letter, a tall page without one, or a page with a centred title', () => {
    expect(isPhoneScreen(chatScreen().grey, 440, 800)).toBe(true);
    expect(isPhoneScreen(chatScreen(false).grey, 440, 800)).toBe(false);
    const letter = page(700, 990, 240); // A4's proportions, marks at both top corners
    textLine(letter, 20, 10, 3, 14);
    textLine(letter, 600, 10, 3, 14);
    expect(isPhoneScreen(letter.grey, 700, 990)).toBe(false);
    const titled = chatScreen();
    textLine(titled, 150, 12, 5, 14); // a heading across the top strip's middle
    expect(isPhoneScreen(titled.grey, 440, 800)).toBe(false);
  });

  it('cuts off the status bar, the header and the input bar, and keeps the message', () => {
    const screen = chatScreen();
    const cut = withoutPhoneChrome(screen.grey, 440, 800);
    const out = { ...cut, width: 440 };
    // The header's rule (112–113) is pale: the cut is the first blank row under it at 15 % (120), the input bar's (752) at 93 % (744).
    expect(out.height).toBe(800 - 120 - (800 - 745));
    expect(inkedRows(out, 0, out.height)).toBe(4 * 22);
    expect(inkedRows(out, 0, out.height, 200)).toBe(4 * 22);
    expect(out.grey[(476 - 120) * 440 + 40]).toBe(40); // the bubble's first line, moved up by the cut
    expect(screen.grey[70 * 440 + 160]).toBe(40); // the input is left as it was
  });

  it("keeps a line of text that runs across the header strip's edge whole", () => {
    const screen = chatScreen();
    textLine(screen, 30, 110, 12, 22); // a line from 110 to 132: 15 % of 800 is 120
    const cut = withoutPhoneChrome(screen.grey, 440, 800);
    const out = { ...cut, width: 440 };
    expect(inkedRows(out, 0, 30)).toBe(22);
    expect(out.grey[(110 - 109) * 440 + 35]).toBe(40); // cut at the blank row above it (109)
  });
});

/** The chat screen lit, in a black bezel, on a noisy brown desk: a photo of it, as JPEG. */
async function photographed(screen: { grey: Buffer; width: number; height: number }): Promise<Buffer> {
  const W = 900;
  const H = 1200;
  const rgb = Buffer.alloc(W * H * 3);
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 21) - 10;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const p = (y * W + x) * 3;
      const grain = (x + 3 * y) % 40 < 20 ? 10 : 0;
      rgb[p] = 120 + grain + noise();
      rgb[p + 1] = 80 + grain + noise();
      rgb[p + 2] = 50 + noise();
    }
  const left = 230;
  const top = 200;
  for (let y = top - 18; y < top + screen.height + 18; y++) for (let x = left - 18; x < left + screen.width + 18; x++) rgb.fill(12, (y * W + x) * 3, (y * W + x) * 3 + 3);
  for (let y = 0; y < screen.height; y++)
    for (let x = 0; x < screen.width; x++) {
      const v = Math.max(0, Math.min(255, screen.grey[y * screen.width + x]! + noise()));
      rgb.fill(v, ((top + y) * W + left + x) * 3, ((top + y) * W + left + x) * 3 + 3);
    }
  return sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

async function firstCandidate(bytes: Buffer) {
  const prepared = await prepareImage(bytes, limits);
  if (!prepared.ok) throw new Error(prepared.detail);
  const { data, info } = await sharp(prepared.candidates[0]!.png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { layout: prepared.layout, grey: data, width: info.width, height: info.height };
}

describe('a photographed phone screen, prepared (prepare-image.ts)', () => {
  it('is read without its status bar, header and input bar, and with its message', async () => {
    const read = await firstCandidate(await photographed(chatScreen()));
    expect(read.layout).toBe('photo');
    // The page found is the screen (800 × 440) less its top 15 % and bottom 7 %: the bubble's four lines alone are left, nothing above or under them.
    expect(read.height / read.width).toBeGreaterThan(1.35);
    expect(read.height / read.width).toBeLessThan(1.55);
    const lines = inkedRows(read, 0, read.height);
    expect(lines).toBeGreaterThan(read.height * 0.12);
    expect(inkedRows(read, Math.round(read.height * 0.5), Math.round(read.height * 0.9))).toBe(lines);
  });

  it('keeps the header of a tall page without a status bar (read as paper, as before)', async () => {
    const read = await firstCandidate(await photographed(chatScreen(false)));
    expect(inkedRows(read, 0, Math.round(read.height * 0.13))).toBeGreaterThan(0);
  });
});
