import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateSkew, skewOfInk } from '../../src/images/deskew.ts';
import { renderPaperPhoto } from '../support/render-screenshots.ts';

/** Ink marks of dashed "text lines" turned clockwise by `deg` (sharp's sense). */
function tiltedLines(deg: number, width = 600, height = 500): Uint8Array {
  const ink = new Uint8Array(width * height);
  const a = (deg * Math.PI) / 180;
  for (let line = 0; line < 10; line++) {
    const y0 = 40 + line * 42;
    for (let x = 60; x < width - 60; x++) {
      if (x % 30 > 22) continue; // gaps between "characters"
      for (let t = 0; t < 14; t++) {
        // Turn (x, y0 + t) about the centre, clockwise on screen (y down).
        const cx = x - width / 2;
        const cy = y0 + t - height / 2;
        const rx = Math.round(cx * Math.cos(a) - cy * Math.sin(a) + width / 2);
        const ry = Math.round(cx * Math.sin(a) + cy * Math.cos(a) + height / 2);
        if (rx >= 0 && rx < width && ry >= 0 && ry < height) ink[ry * width + rx] = 1;
      }
    }
  }
  return ink;
}

async function greyOf(jpeg: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('skewOfInk', () => {
  it.each([-6, -4, -2.5, 0, 1.2, 3, 7])('finds lines turned %s° within 0.3°', (deg) => {
    expect(Math.abs(skewOfInk(tiltedLines(deg), 600, 500) - deg)).toBeLessThanOrEqual(0.3);
  });

  it('says 0 for a blank page', () => {
    expect(skewOfInk(new Uint8Array(600 * 500), 600, 500)).toBe(0);
  });
});

describe('estimateSkew on a photo of a printed notice', () => {
  it.each([-4, -2.5, 0, 3])('finds a notice photographed %s° off within 0.5°', async (deg) => {
    const { data, width, height } = await greyOf((await renderPaperPhoto(deg)).bytes);
    expect(Math.abs((await estimateSkew(data, width, height)) - deg)).toBeLessThanOrEqual(0.5);
  });

  it('straightened by the estimate, the notice measures level', async () => {
    const { data, width, height } = await greyOf((await renderPaperPhoto(3)).bytes);
    const angle = await estimateSkew(data, width, height);
    const { data: level, info } = await sharp(data, { raw: { width, height, channels: 1 } }).rotate(-angle, { background: { r: 255, g: 255, b: 255 } }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    // Measured on the text block alone: the straightened photo's own frame now runs at −3°.
    const box = { left: Math.round(info.width * 0.15), top: Math.round(info.height * 0.12), width: Math.round(info.width * 0.7), height: Math.round(info.height * 0.4) };
    const text = await sharp(level, { raw: { width: info.width, height: info.height, channels: 1 } }).extract(box).raw().toBuffer();
    expect(Math.abs(await estimateSkew(text, box.width, box.height))).toBeLessThanOrEqual(0.3);
  });

  // Its time (under a tenth of a paper photo's read) is checked by npm run bench (bench/ocr.ts).
});
