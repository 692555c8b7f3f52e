import { describe, expect, it } from 'vitest';
import { evenedLight, lightEvenness, maxFiltered } from '../../src/images/even-light.ts';

/** A page 600 × 800: paper from 235 (top left) down to 120 (a shadow at the bottom right), with dark strokes ("text") every 40 px. */
function shadedPage(): { grey: Buffer; ink: (x: number, y: number) => boolean } {
  const width = 600;
  const height = 800;
  const ink = (x: number, y: number) => y % 40 >= 10 && y % 40 < 22 && x % 30 < 20 && x > 40 && x < 560;
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const paper = 235 - (115 * (x / width + y / height)) / 2;
      grey[y * width + x] = ink(x, y) ? Math.round(paper * 0.35) : Math.round(paper);
    }
  }
  return { grey, ink };
}

describe('evenedLight', () => {
  it('turns paper in light and in shadow the same white, and keeps the text dark', async () => {
    const { grey, ink } = shadedPage();
    const out = await evenedLight(grey, 600, 800);
    const paper: number[] = [];
    const text: number[] = [];
    for (let y = 0; y < 800; y += 7) for (let x = 0; x < 600; x += 7) (ink(x, y) ? text : paper).push(out[y * 600 + x]!);
    // Before, the shadowed paper (~120) was nearer the text in the light (~82) than its own lit part (235): no one threshold split them.
    expect(Math.min(...paper)).toBeGreaterThanOrEqual(225);
    expect(Math.max(...text)).toBeLessThanOrEqual(110);
  });
});

describe('maxFiltered', () => {
  it('spreads the largest value over the window and no further', () => {
    const values = new Uint8Array(7 * 7);
    values[3 * 7 + 3] = 200;
    const out = maxFiltered(values, 7, 7, 1);
    expect(out[2 * 7 + 2]).toBe(200);
    expect(out[4 * 7 + 4]).toBe(200);
    expect(out[1 * 7 + 3]).toBe(0);
  });
});

describe('lightEvenness', () => {
  it("tells a page half in a hand's shadow from an evenly lit one, whatever its text", async () => {
    const width = 400;
    const height = 500;
    const lit = Buffer.alloc(width * height, 235);
    const shaded = Buffer.alloc(width * height, 235);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (x < 160) shaded[y * width + x] = 95; // the left 40 % in shadow
    for (const page of [lit, shaded]) for (let l = 0; l < 10; l++) for (let y = 40 + l * 40; y < 60 + l * 40; y++) for (let x = 30; x < 370; x += 24) page.fill(20, y * width + x, y * width + x + 18);
    expect(await lightEvenness(lit, width, height)).toBeGreaterThan(0.9);
    expect(await lightEvenness(shaded, width, height)).toBeLessThan(0.56);
  });
});
