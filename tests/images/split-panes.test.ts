import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cornersFilled, splitPanes } from '../../src/images/split-panes.ts';
import { findBubbles, readBubblesAlone } from '../../src/images/find-bubbles.ts';
import { prepareImage } from '../../src/images/prepare-image.ts';

/** An RGB page `width` × `height` of one colour to draw rectangles on. */
function page(width: number, height: number, colour: [number, number, number]) {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(colour, i * 3);
  const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
  };
  return { rgb, width, height, fill };
}

const FRAME: [number, number, number] = [14, 14, 14];
const WHITE: [number, number, number] = [255, 255, 255];
const INK: [number, number, number] = [30, 30, 30];

/**
 * A phone's split screen, 400 × 800: the frame's black around two white panes (rounded: their corners black), a chat above
 * (a header's name, a date, one bubble of three lines) and a web page below (a title band, labels and input fields).
 */
function splitScreen() {
  const p = page(400, 800, FRAME);
  for (const [top, bottom] of [[30, 385], [405, 795]] as const) {
    p.fill(4, top, 392, bottom - top, WHITE);
    for (let r = 0; r < 10; r++) for (let c = 0; c < 10 - r; c++) for (const [x, y] of [[4 + c, top + r], [395 - c, top + r], [4 + c, bottom - 1 - r], [395 - c, bottom - 1 - r]]) p.fill(x!, y!, 1, 1, FRAME);
  }
  p.fill(190, 392, 20, 5, [120, 120, 120]); // the handle between the panes
  p.fill(40, 50, 120, 14, INK); // the chat's header: the sender's number
  p.fill(170, 240, 60, 8, [140, 140, 140]); // a date line
  p.fill(20, 260, 260, 100, [232, 237, 246]); // the SMS bubble
  for (const y of [275, 300, 325]) for (let x = 32; x < 250; x += 16) p.fill(x, y, 12, 14, INK);
  p.fill(4, 430, 392, 40, [20, 60, 150]); // the page's title band
  for (let y = 490; y < 760; y += 60) {
    for (let x = 20; x < 200; x += 16) p.fill(x, y, 12, 14, INK); // a field's label
    p.fill(20, y + 22, 360, 26, [200, 200, 200]); // its input field (an outline's fill)
    p.fill(22, y + 24, 356, 22, WHITE);
  }
  return p;
}

describe('splitPanes', () => {
  it('finds the two panes of a split screen, top first, and the frame between them', () => {
    const p = splitScreen();
    const split = splitPanes(p.rgb, p.width, p.height);
    expect(split).not.toBeNull();
    const [top, bottom] = split!.panes;
    // (Its rows from where its rounded corners leave the margins: the header's name, at 50, is in.)
    expect(top.top).toBeGreaterThanOrEqual(30);
    expect(top.top).toBeLessThan(50);
    expect(top.top + top.height).toBeGreaterThan(360);
    expect(top.top + top.height).toBeLessThanOrEqual(385);
    expect(bottom.top).toBeGreaterThanOrEqual(405);
    expect(bottom.top).toBeLessThan(430);
    expect(bottom.top + bottom.height).toBeGreaterThan(770);
    expect(top.left).toBeGreaterThanOrEqual(4);
    expect(top.left + top.width).toBeLessThanOrEqual(396);
    expect(split!.frame).toEqual(FRAME);
  });

  it('finds none on an ordinary chat (its page reaches the sides, and the rows between its bubbles are no strip between panes)', () => {
    const p = page(400, 800, WHITE);
    p.fill(20, 200, 260, 100, [232, 237, 246]);
    for (let x = 32; x < 250; x += 16) p.fill(x, 220, 12, 14, INK);
    p.fill(120, 500, 260, 100, [6, 199, 85]);
    expect(splitPanes(p.rgb, p.width, p.height)).toBeNull();
  });

  it("finds none on a dark screen whose frame-coloured page fills it (a dark chat: no pane of a fill of its own)", () => {
    const p = page(400, 800, FRAME);
    p.fill(20, 200, 260, 100, [40, 40, 40]);
    for (let x = 32; x < 250; x += 16) p.fill(x, 220, 12, 14, [220, 220, 220]);
    expect(splitPanes(p.rgb, p.width, p.height)).toBeNull();
  });

  it("paints a pane's frame-coloured corners with its own fill, so that they do not make one area around the whole pane", () => {
    const p = splitScreen();
    const [top] = splitPanes(p.rgb, p.width, p.height)!.panes;
    const crop = new Uint8Array(top.width * top.height * 3);
    for (let y = 0; y < top.height; y++) crop.set(p.rgb.subarray(((top.top + y) * p.width + top.left) * 3, ((top.top + y) * p.width + top.left + top.width) * 3), y * top.width * 3);
    const filled = cornersFilled(crop, top.width, top.height, FRAME);
    expect([...filled.subarray(0, 3)]).toEqual(WHITE);
    const layout = findBubbles(filled, top.width, top.height);
    expect(layout.bubbles).toHaveLength(1);
    expect(readBubblesAlone(layout)).toBe(true);
  });
});

describe('a split screen read (prepareImage)', () => {
  it("reads the chat pane's bubble alone: the web page below (its title band, labels and fields) is not in what is read", async () => {
    const p = splitScreen();
    const png = await sharp(Buffer.from(p.rgb), { raw: { width: p.width, height: p.height, channels: 3 } }).png().toBuffer();
    const prepared = await prepareImage(png, { maxBytes: 10_000_000, maxPixels: 40_000_000 });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const first = prepared.candidates[0]!;
    expect(first.kind).toBe('bubbles');
    expect(first.bubbles).toHaveLength(1);
    // The stacked image holds the bubble only (upscaled 2×: ~200 px of it), not the page's ~400 px of fields.
    expect(first.height).toBeLessThan(300);
  });
});
