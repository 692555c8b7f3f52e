import { describe, expect, it } from 'vitest';
import { findPanels } from '../../src/images/find-panels.ts';

/** A portrait lock screen 300 × 640 with a wallpaper running from pink at the top to dark blue at the bottom. */
function lockScreen(width = 300, height = 640) {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y / height;
    for (let x = 0; x < width; x++) rgb.set([Math.round(220 - 180 * t + x / 20), Math.round(110 - 60 * t), Math.round(150 - 40 * t)], (y * width + x) * 3);
  }
  const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
  };
  /** A panel with rounded corners (radius 8). */
  const panel = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++)
      for (let x = left; x < left + w; x++) {
        const dx = Math.max(0, left + 8 - x, x - (left + w - 9));
        const dy = Math.max(0, top + 8 - y, y - (top + h - 9));
        if (dx * dx + dy * dy <= 64) rgb.set(c, (y * width + x) * 3);
      }
  };
  /** A row of glyphs whose strokes are `stroke` px wide. */
  const text = (left: number, right: number, top: number, size: number, stroke: number, c: [number, number, number]) => {
    for (let x = left; x + size <= right; x += size + 4) {
      fill(x, top, stroke, size, c);
      fill(x + size - stroke, top, stroke, size, c);
      fill(x, top + Math.floor(size / 2), size, stroke, c);
    }
  };
  return { rgb, width, height, fill, panel, text };
}

describe('findPanels', () => {
  it("finds a notification panel over the wallpaper, and its message below the app's row and the bold sender", () => {
    const s = lockScreen();
    s.fill(100, 60, 100, 40, [255, 255, 255]); // the clock, not a panel
    s.panel(8, 280, 284, 110, [236, 214, 222]);
    s.fill(20, 290, 12, 12, [60, 200, 90]); // the app's icon…
    s.text(38, 110, 291, 10, 1, [110, 100, 105]); // …its name, and when
    s.text(20, 150, 312, 12, 3, [20, 20, 20]); // the sender, bold
    s.text(20, 280, 332, 12, 1, [20, 20, 20]); // the message, two rows
    s.text(20, 200, 352, 12, 1, [20, 20, 20]);
    const panels = findPanels(s.rgb, s.width, s.height);
    expect(panels).toHaveLength(1);
    const p = panels[0]!;
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left).toBeLessThanOrEqual(12);
    expect(p.top).toBeGreaterThanOrEqual(280);
    expect(p.top).toBeLessThan(291);
    expect(p.top + p.height).toBeGreaterThan(364);
    // The message starts at the first row of the body (332), the app's row and the sender above it left out.
    expect(p.top + p.textTop).toBeGreaterThan(324);
    expect(p.top + p.textTop).toBeLessThanOrEqual(332);
    expect(p.inkGrey).toBeLessThan(p.fillGrey - 100);
  });

  it('keeps a sender row that is not bold: it is then the message', () => {
    const s = lockScreen();
    s.panel(8, 280, 284, 110, [50, 50, 56]); // a dark panel, light text
    s.fill(20, 290, 12, 12, [60, 200, 90]);
    s.text(38, 110, 291, 10, 1, [170, 170, 175]);
    s.text(20, 280, 312, 12, 1, [240, 240, 240]);
    s.text(20, 280, 332, 12, 1, [240, 240, 240]);
    s.text(20, 200, 352, 12, 1, [240, 240, 240]);
    const [p] = findPanels(s.rgb, s.width, s.height);
    expect(p!.top + p!.textTop).toBeLessThanOrEqual(312);
    expect(p!.top + p!.textTop).toBeGreaterThan(303);
    expect(p!.inkGrey).toBeGreaterThan(p!.fillGrey + 100);
  });

  it('finds no panel in the edges of a sheet of paper, slightly turned, running down the photo', () => {
    const s = lockScreen();
    // Seen in perspective: narrower towards the bottom, both sides drifting in by a pixel every 40 rows.
    for (let y = 100; y < 600; y++) {
      const k = Math.floor((y - 100) / 40);
      s.fill(16 + k, y, 268 - 2 * k, 1, [240, 238, 230]);
    }
    for (let y = 150; y < 560; y += 30) s.text(40, 250, y, 12, 1, [30, 30, 30]);
    expect(findPanels(s.rgb, s.width, s.height)).toEqual([]);
  });

  it('finds nothing on the bare wallpaper', () => {
    const s = lockScreen();
    expect(findPanels(s.rgb, s.width, s.height)).toEqual([]);
  });
});
