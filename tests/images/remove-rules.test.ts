import { describe, expect, it } from 'vitest';
import { withoutRules } from '../../src/images/remove-rules.ts';

/** A light grey page (400 × 600) with a table's rules and a glyph-sized block of text (12 px, as text 3 % of the width is). */
function page() {
  const width = 400;
  const height = 600;
  const grey = Buffer.alloc(width * height, 220);
  for (let x = 10; x < 190; x++) for (let y = 80; y < 82; y++) grey[y * width + x] = 40; // horizontal rule, 2 px, wandering by one
  for (let x = 100; x < 190; x++) grey[82 * width + x] = 40;
  for (let y = 20; y < 150; y++) grey[y * width + 150] = 40; // vertical rule, 130 px
  for (let y = 40; y < 52; y++) for (let x = 30; x < 42; x++) grey[y * width + x] = 30; // a glyph
  return { grey, width, height };
}

describe('withoutRules', () => {
  it('takes out long horizontal and vertical lines and keeps glyph-sized ink', async () => {
    const p = page();
    const out = await withoutRules(p.grey, p.width, p.height);
    const at = (x: number, y: number) => out[y * p.width + x]!;
    expect(at(60, 80)).toBeGreaterThan(180);
    expect(at(120, 82)).toBeGreaterThan(180);
    expect(at(150, 100)).toBeGreaterThan(180);
    expect(at(35, 45)).toBeLessThan(60);
    expect(at(5, 5)).toBe(220);
  });
});

describe('withoutRules on a memo pad', () => {
  it("takes out a pale rule running across the page (a pad's light line), not a pale short stroke", async () => {
    const width = 400;
    const height = 200;
    const grey = Buffer.alloc(width * height, 235);
    for (let x = 0; x < width; x++) for (let y = 100; y < 102; y++) grey[y * width + x] = 215; // 20 levels darker, edge to edge
    for (let x = 40; x < 100; x++) for (let y = 50; y < 52; y++) grey[y * width + x] = 215; // a pale stroke, 15 % of the width
    const out = await withoutRules(grey, width, height);
    expect(out[100 * width + 200]!).toBeGreaterThan(228);
    expect(out[50 * width + 70]!).toBeLessThan(222);
  });
});
