import { describe, expect, it } from 'vitest';
import { chromeAreas, paintedOver, withoutRows } from '../../src/images/chrome-areas.ts';
import { findBubbles } from '../../src/images/find-bubbles.ts';

/** A white RGB page to draw on. */
function page(width: number, height: number) {
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
  };
  const disc = (cx: number, cy: number, r: number, c: [number, number, number]) => {
    for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) rgb.set(c, (y * width + x) * 3);
  };
  /** A row of glyph-sized marks from `left` to `right`. */
  const text = (left: number, right: number, top: number, size: number, c: [number, number, number] = [30, 30, 30]) => {
    for (let x = left; x + size <= right; x += size + 3) fill(x, top, size, size, c);
  };
  const areas = () => chromeAreas(rgb, width, height, findBubbles(rgb, width, height));
  return { rgb, fill, disc, text, areas };
}

describe('chromeAreas: a mail app', () => {
  it("finds the sender block beside the round picture (name, date, To, address) down to where the body starts at the left margin, and the label chip after the subject", () => {
    const p = page(400, 800);
    p.text(20, 280, 100, 14); // subject
    p.fill(290, 98, 80, 20, [225, 225, 228]); // a label chip after it
    p.text(298, 360, 103, 10, [90, 90, 90]);
    p.disc(45, 175, 25, [230, 120, 20]); // the sender's picture
    p.fill(37, 168, 14, 14, [255, 255, 255]); // its initial
    p.text(80, 250, 158, 12); // name and date
    p.text(80, 150, 182, 10, [100, 100, 100]); // To 自分
    p.text(80, 300, 210, 10, [100, 100, 100]); // the sender's address, under the name
    p.text(20, 380, 250, 14); // the body, from the left margin
    p.text(20, 380, 275, 14);
    const areas = p.areas();
    // Down to a little above the body's first row (250), so that its taller glyphs keep their tops.
    expect(areas).toContainEqual({ left: 20, top: 150, width: 380, height: 85, wholeRows: true });
    expect(areas).toContainEqual({ left: 290, top: 98, width: 80, height: 20, wholeRows: false });
    expect(areas).toHaveLength(2);
  });

  it("finds the sender block in a tablet's mail column, where the picture is smaller for the width (~0.05 of it)", () => {
    const p = page(800, 700);
    p.text(20, 600, 60, 16); // subject
    p.disc(40, 140, 21, [200, 90, 40]); // the sender's picture, 43 px across: 0.054 of the column
    p.fill(33, 133, 14, 14, [255, 255, 255]);
    p.text(75, 300, 125, 12); // name and date
    p.text(75, 260, 150, 10, [100, 100, 100]); // the address
    p.text(20, 760, 200, 16); // the body
    p.text(20, 760, 230, 16);
    expect(p.areas()).toContainEqual({ left: 19, top: 119, width: 781, height: 68, wholeRows: true });
  });

  it("does not take a heading's first glyph for a picture when glyphs of its size follow it (a speck beside it does not count)", () => {
    const p = page(800, 700);
    p.disc(60, 120, 19, [30, 30, 30]); // 【 or a round kanji, bold, 39 px
    p.fill(100, 140, 2, 2, [30, 30, 30]); // a speck beside it
    p.text(84, 760, 101, 38); // the rest of the subject, as high
    p.text(20, 760, 200, 16); // the body
    expect(p.areas().filter((a) => a.wholeRows)).toEqual([]);
  });

  it("finds an app's toolbar at the top (marks at its two ends only) and leaves a title across the top alone", () => {
    const p = page(400, 800);
    p.fill(16, 40, 20, 20, [60, 60, 60]); // ←
    p.fill(300, 40, 20, 20, [60, 60, 60]); // bin, download, ⋯
    p.fill(340, 40, 20, 20, [60, 60, 60]);
    p.text(20, 380, 80, 16); // the subject under it
    expect(p.areas()).toContainEqual({ left: 0, top: 38, width: 400, height: 24, wholeRows: false });
    const q = page(400, 800);
    q.fill(16, 40, 20, 20, [60, 60, 60]);
    q.text(120, 280, 42, 16); // a title in the middle
    q.fill(340, 40, 20, 20, [60, 60, 60]);
    expect(q.areas()).toEqual([]);
  });

  it('does not take a bold glyph of a heading, nor a chip inside a sentence, for chrome', () => {
    const p = page(400, 800);
    p.fill(20, 100, 26, 26, [20, 20, 20]); // a heavy glyph (「【」, 「回」) starting a heading, as round and filled as a picture
    p.fill(26, 106, 14, 14, [255, 255, 255]);
    p.text(50, 300, 103, 20); // the heading's other glyphs, as high as it
    p.text(20, 380, 140, 14);
    p.text(20, 120, 200, 14); // a sentence with a highlighted word in it
    p.fill(124, 198, 80, 20, [255, 240, 150]);
    p.text(130, 200, 201, 12);
    p.text(208, 380, 200, 14);
    expect(p.areas()).toEqual([]);
  });

  it("leaves a chat alone: a contact's picture beside a bubble is not a sender block", () => {
    const p = page(400, 800);
    p.disc(35, 220, 20, [120, 140, 200]);
    p.text(65, 160, 200, 10); // the contact's name
    p.fill(65, 215, 250, 80, [232, 237, 246]); // the bubble
    p.text(75, 300, 230, 14);
    p.text(20, 380, 320, 14); // text at the left margin further down
    expect(p.areas()).toEqual([]);
  });
});

describe("chromeAreas: a phone browser's address bar", () => {
  /** A rounded grey pill. */
  const pill = (p: ReturnType<typeof page>, left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    p.fill(left + 6, top, w - 12, h, c);
    p.fill(left, top + 6, w, h - 12, c);
  };

  it('finds the grey pill at the top or the bottom of the screen, marked as the address bar (its address is read apart)', () => {
    const top = page(400, 860);
    pill(top, 12, 40, 376, 36, [226, 228, 232]);
    top.text(40, 200, 52, 12, [40, 40, 40]);
    top.text(20, 380, 200, 14);
    expect(top.areas()).toEqual([{ left: 12, top: 40, width: 376, height: 36, wholeRows: false, addressBar: true }]);
    const bottom = page(400, 860);
    bottom.text(20, 380, 200, 14);
    pill(bottom, 12, 790, 376, 36, [226, 228, 232]);
    bottom.text(40, 200, 802, 12, [40, 40, 40]);
    expect(bottom.areas()).toEqual([{ left: 12, top: 790, width: 376, height: 36, wholeRows: false, addressBar: true }]);
  });

  it("leaves a coloured banner, a pill in the middle of the page and a landscape screen's bar alone", () => {
    const banner = page(400, 860);
    pill(banner, 12, 40, 376, 36, [29, 63, 143]);
    banner.text(40, 200, 52, 12, [255, 255, 255]);
    expect(banner.areas()).toEqual([]);
    const middle = page(400, 860);
    pill(middle, 12, 400, 376, 36, [226, 228, 232]);
    middle.text(40, 200, 412, 12, [40, 40, 40]);
    expect(middle.areas()).toEqual([]);
    const wide = page(800, 450);
    pill(wide, 20, 20, 760, 50, [226, 228, 232]);
    expect(wide.areas()).toEqual([]);
  });
});

describe('paintedOver, withoutRows', () => {
  it('paints the rectangles and nothing else', () => {
    const grey = new Uint8Array(4 * 3).fill(0);
    expect([...paintedOver(grey, 4, [{ left: 1, top: 1, width: 2, height: 1 }], 255)]).toEqual([0, 0, 0, 0, 0, 255, 255, 0, 0, 0, 0, 0]);
  });

  it("takes a rectangle's rows out and moves the rows below up", () => {
    const grey = Buffer.from([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(withoutRows(grey, 2, 4, [{ left: 1, top: 1, width: 1, height: 2 }])).toEqual({ grey: Buffer.from([1, 1, 4, 4]), height: 2 });
  });
});

describe("chromeAreas: an app's notice box above a mail's body", () => {
  it('finds a lightly tinted box across the page with its text in colour (a spoofing warning), to be taken out of the read', () => {
    const p = page(400, 800);
    p.text(20, 300, 60, 16); // the subject
    p.fill(16, 200, 368, 50, [255, 241, 229]); // the warning's tinted box…
    p.text(30, 360, 210, 12, [170, 90, 20]); // …its orange text
    p.text(30, 200, 228, 12, [170, 90, 20]);
    for (let y = 300; y < 500; y += 24) p.text(20, 380, y, 14); // the body
    const boxes = p.areas().filter((a) => a.top === 200);
    expect(boxes).toEqual([{ left: 16, top: 200, width: 368, height: 50, wholeRows: true }]);
  });

  it("leaves a box of the mail's own with black text (a framed paragraph), and a grey one, in the read", () => {
    for (const [fill, ink] of [[[255, 241, 229], [30, 30, 30]], [[240, 240, 240], [170, 90, 20]]] as const) {
      const p = page(400, 800);
      p.fill(16, 200, 368, 50, [...fill]);
      p.text(30, 360, 210, 12, [...ink]);
      for (let y = 300; y < 500; y += 24) p.text(20, 380, y, 14);
      expect(p.areas().filter((a) => a.top === 200)).toEqual([]);
    }
  });
});
