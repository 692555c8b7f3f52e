import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { columnsStacked, prepareImage, sideColumnEdge } from '../../src/images/prepare-image.ts';

/** A white grey-level page to draw rectangles on. */
function page(width: number, height: number) {
  const grey = new Uint8Array(width * height).fill(255);
  const fill = (left: number, top: number, w: number, h: number, v: number) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) grey[y * width + x] = v;
  };
  return { grey, width, height, fill };
}

describe('the side column of a computer\'s screen (a web mail\'s folder list)', () => {
  it('finds the edge of a light-grey folder list under a header that runs across the page', () => {
    const p = page(400, 240);
    p.fill(0, 0, 400, 20, 225); // browser tabs
    p.fill(0, 50, 80, 190, 247); // folder list, from below the header to the bottom
    for (let y = 60; y < 200; y += 20) {
      p.fill(10, y, 40, 8, 60); // folder names
      p.fill(100, y, 250, 8, 40); // the mail's lines, level with them
    }
    expect(sideColumnEdge(p.grey, p.width, p.height)).toEqual({ x: 80, top: 50 });
  });

  it('finds none on a page of text alone, even with every line starting at the same place', () => {
    const p = page(400, 240);
    for (let y = 10; y < 230; y += 16) p.fill(60, y, 300, 8, 40);
    expect(sideColumnEdge(p.grey, p.width, p.height)).toBeNull();
  });
});

describe('columnsStacked', () => {
  /** A 4-px-wide page whose rows are numbered 1…height, split at x = 1 below row `top`. */
  const numbered = (height: number) => Buffer.from(Array.from({ length: 4 * height }, (_, i) => Math.floor(i / 4) + 1));

  it("leaves out a slim header strip across the columns (browser tabs, address bar, the web app's logo and search): the side column, then the main one", () => {
    const stacked = columnsStacked(numbered(20), 4, 20, { x: 1, top: 4 });
    // No strip; 24 white rows, then the side column's 16 rows (1 px of each), 24 white rows, the main column's 16 rows (3 px of each, from the left).
    expect(stacked.height).toBe(2 * (16 + 24));
    expect([...stacked.grey.subarray(24 * 4, 25 * 4)]).toEqual([5, 255, 255, 255]);
    expect([...stacked.grey.subarray(64 * 4, 65 * 4)]).toEqual([5, 5, 5, 255]);
  });

  it('keeps a deep strip above the columns (a page whose own text runs across the top) on top', () => {
    const stacked = columnsStacked(numbered(20), 4, 20, { x: 1, top: 8 });
    expect(stacked.height).toBe(8 + 2 * (12 + 24));
    expect([...stacked.grey.subarray(0, 4)]).toEqual([1, 1, 1, 1]);
    expect(stacked.grey[(8 + 24) * 4]).toBe(9);
  });
});

describe("a wide screen's main column read alone (prepare-image.ts)", () => {
  /** A 1,200 × 700 screenshot (PNG): a header across, a column left of x = 300 on light grey, the main column on white, each with lines of "text". */
  async function screen(listText: boolean) {
    const p = page(1200, 700);
    p.fill(0, 0, 1200, 60, 200); // the header across the top
    p.fill(0, 60, 300, 640, 235); // the side column
    for (let y = 100; y < 660; y += 40) {
      if (listText) for (let x = 20; x < 260; x += 18) p.fill(x, y, 12, 14, 40); // an inbox list's previews
      for (let x = 340; x < 1150; x += 18) p.fill(x, y, 12, 14, 30); // the mail
    }
    return sharp(Buffer.from(p.grey), { raw: { width: 1200, height: 700, channels: 1 } }).png().toBuffer();
  }
  const limits = { maxBytes: 10_000_000, maxPixels: 40_000_000 };

  it('reads the main column alone when the side column holds text (an inbox list, folders): not its previews of other mails', async () => {
    const prepared = await prepareImage(await screen(true), limits);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    // Read at 1.5× (1,800 px wide): the main column is right of the edge (at 450), from the row it begins at.
    for (const c of prepared.candidates) expect(c.width).toBeLessThanOrEqual(1800 - 450);
  });

  it('keeps the whole width when the column beside is a blank margin (a form centred on a page)', async () => {
    const prepared = await prepareImage(await screen(false), limits);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.candidates[0]!.width).toBe(1800);
  });
});
