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
