import { describe, expect, it } from 'vitest';
import { bandsTurnedDarkOnLight, findDarkBands, isDarkPage } from '../../src/images/light-on-dark.ts';
import { findColumns, regionsStacked } from '../../src/images/find-columns.ts';
import { clearedEdges } from '../../src/images/page-edges.ts';
import { findSeals, greyWithoutSeals } from '../../src/images/find-seals.ts';

/** A white page, one byte a pixel. */
function blank(width: number, height: number, value = 255) {
  return { grey: Buffer.alloc(width * height, value), width, height };
}

function fill(p: { grey: Buffer; width: number }, left: number, top: number, w: number, h: number, value: number) {
  for (let y = top; y < top + h; y++) p.grey.fill(value, y * p.width + left, y * p.width + left + w);
}

/** A line of "text": glyph-sized dark blocks with gaps, `n` of them, `size` px. */
function textLine(p: { grey: Buffer; width: number }, left: number, top: number, n: number, size = 16, value = 30) {
  for (let i = 0; i < n; i++) fill(p, left + i * (size + 4), top, size, size, value);
}

/** A line of `n` glyphs drawn as strokes (three 3-px bars in a 24-px cell, as a letter's strokes are thin), `value` grey. */
function strokedLine(p: { grey: Buffer; width: number }, left: number, top: number, n: number, value: number) {
  for (let i = 0; i < n; i++) for (const dx of [2, 10, 18]) fill(p, left + i * 26 + dx, top, 3, 24, value);
}

describe('light text on a dark band (light-on-dark.ts)', () => {
  it('turns a flyer headline band (white letters on dark) into dark letters on white, and leaves dark text lines alone', () => {
    const p = blank(800, 1000, 230);
    fill(p, 100, 100, 600, 120, 70); // the band
    for (let i = 0; i < 12; i++) for (const dx of [4, 14, 24]) fill(p, 150 + i * 36 + dx, 140, 3, 30, 240); // its white letters (strokes)
    for (let l = 0; l < 5; l++) textLine(p, 100, 300 + l * 40, 25, 20, 30); // body text, dark on light
    const bands = findDarkBands(p.grey, p.width, p.height);
    expect(bands).toHaveLength(1);
    const out = bandsTurnedDarkOnLight(p.grey, p.width, bands);
    const at = (x: number, y: number) => out[y * p.width + x]!;
    expect(at(155, 150)).toBeLessThan(60); // a letter: now dark
    expect(at(400, 120)).toBeGreaterThan(200); // the band's fill: now light
    expect(at(105, 105)).toBeGreaterThan(200); // its edge: light, no frame left
    expect(at(105, 305)).toBe(30); // body text untouched
    expect(at(50, 50)).toBe(230);
  });

  it('takes a header band printed across the page to its edges, and not a hand\'s shadow across the page (dark text in it)', () => {
    const p = blank(800, 1000, 230);
    fill(p, 0, 0, 800, 100, 70); // a full-width header band at the top edge
    for (let i = 0; i < 12; i++) for (const dx of [4, 14, 24]) fill(p, 150 + i * 36 + dx, 35, 3, 30, 240);
    fill(p, 0, 640, 800, 360, 110); // a shadow across the bottom of the page…
    for (let l = 0; l < 7; l++) textLine(p, 60, 660 + l * 45, 30, 16, 40); // …with the page's text in it
    const bands = findDarkBands(p.grey, p.width, p.height);
    expect(bands).toHaveLength(1);
    expect(bands[0]!.top).toBe(0);
    expect(bands[0]!.width).toBe(800);
  });

  it('turns a dark-mode screen photographed in its dark case (light letters on a dark page) into dark letters on white as a whole', () => {
    const p = blank(800, 1200, 25); // the screen, nearly black
    fill(p, 0, 0, 120, 1200, 60); // the case's flap beside it, dark brown
    for (let l = 0; l < 12; l++) strokedLine(p, 160, 100 + l * 60, 22, 215); // the mail's light text
    expect(isDarkPage(p.grey, p.width)).toBe(true);
    const bands = findDarkBands(p.grey, p.width, p.height);
    expect(bands).toEqual([{ left: 0, top: 0, width: 800, height: 1200 }]);
    const out = bandsTurnedDarkOnLight(p.grey, p.width, bands);
    const at = (x: number, y: number) => out[y * p.width + x]!;
    expect(at(163, 110)).toBeLessThan(60); // a letter: dark
    expect(at(400, 1100)).toBeGreaterThan(200); // the screen's fill: white
    expect(at(60, 600)).toBeGreaterThan(150); // the case: light
  });

  it('leaves paper in dim light (dark text on a dark page) and a dark screen holding a light card (dark text in it) as they are', () => {
    const dim = blank(800, 1200, 80);
    for (let l = 0; l < 12; l++) textLine(dim, 100, 100 + l * 60, 25, 20, 20);
    fill(dim, 600, 0, 200, 60, 200); // a lamp's reflection in a corner
    expect(isDarkPage(dim.grey, dim.width)).toBe(false);
    expect(findDarkBands(dim.grey, dim.width, dim.height)).toEqual([]);
    const card = blank(800, 1200, 25);
    fill(card, 100, 200, 600, 300, 235); // a notification's light card
    for (let l = 0; l < 4; l++) textLine(card, 130, 230 + l * 60, 20, 20, 30);
    for (let l = 0; l < 3; l++) strokedLine(card, 400, 600 + l * 50, 8, 220); // a menu's light words on the dark screen
    expect(isDarkPage(card.grey, card.width)).toBe(false);
  });

  it('finds no band on a page of dark text (bold lines leave gaps between characters and rows)', () => {
    const p = blank(800, 1000, 230);
    for (let l = 0; l < 10; l++) textLine(p, 80, 100 + l * 50, 20, 32, 20);
    expect(findDarkBands(p.grey, p.width, p.height)).toEqual([]);
  });
});

describe('columns side by side (find-columns.ts)', () => {
  it('reads a postcard message and the box of numbers beside it one after the other, when their lines do not line up', () => {
    const p = blank(1200, 800);
    for (let l = 0; l < 8; l++) textLine(p, 40, 60 + l * 40, 25); // left column, lines every 40 px
    for (let l = 0; l < 5; l++) textLine(p, 800, 75 + l * 55, 15); // right column, lines every 55 px
    const regions = findColumns(p.grey, p.width, p.height);
    expect(regions).not.toBeNull();
    expect(regions!).toHaveLength(2);
    const [left, right] = regions!;
    expect(left!.left).toBe(0);
    expect(left!.width).toBeGreaterThan(540); // the left column's text ends at 40 + 25 × 20 = 540
    expect(right!.left).toBeLessThanOrEqual(800);
    const stacked = regionsStacked(p.grey, p.width, regions!);
    expect(stacked.height).toBeGreaterThan(2 * 400);
  });

  it('leaves a table (labels and values on the same rows) and a single column as they are', () => {
    const table = blank(1200, 800);
    for (let l = 0; l < 6; l++) {
      textLine(table, 40, 60 + l * 50, 6);
      textLine(table, 500, 60 + l * 50, 20);
    }
    expect(findColumns(table.grey, table.width, table.height)).toBeNull();
    const letter = blank(1200, 800);
    for (let l = 0; l < 10; l++) textLine(letter, 40, 60 + l * 40, 50);
    expect(findColumns(letter.grey, letter.width, letter.height)).toBeNull();
  });

  it("reads a form's boxes side by side column by column, and a stub beside them last, though no line runs across the whole width", () => {
    // A payment slip: left boxes (account, payee, sender), the amount and message boxes in the middle, a receipt stub at the right.
    const p = blank(1650, 720);
    for (const top of [40, 100, 130, 190, 215, 270, 300]) textLine(p, 40, top, 18, 18); // left column
    for (const top of [85, 115, 180, 210, 245, 280, 315]) textLine(p, 680, top, 22, 18); // middle column, lines between the left's
    for (const top of [30, 60, 90, 120, 150]) textLine(p, 1260, top, 12, 14); // stub
    const regions = findColumns(p.grey, p.width, p.height);
    expect(regions).not.toBeNull();
    const lefts = [...new Set(regions!.map((r) => r.left))];
    expect(lefts).toHaveLength(3); // three columns, read left to right
    expect(lefts[0]).toBe(0);
    expect(lefts[1]).toBeGreaterThan(40 + 18 * 22);
    expect(lefts[1]).toBeLessThanOrEqual(680);
    expect(lefts[2]).toBeGreaterThan(680 + 22 * 22);
    expect(lefts[2]).toBeLessThanOrEqual(1260);
  });

  it("reads a table whose rules were left in (a photo in dim light) row by row, not its amounts' column after its items", () => {
    const p = blank(1650, 900);
    for (let l = 0; l < 5; l++) {
      textLine(p, 80, 120 + l * 60, 14, 18); // an item
      textLine(p, 1300, 120 + l * 60, 5, 18); // its amount, on the same row
      fill(p, 60, 150 + l * 60, 1000, 3, 120); // the rule under the row, on the items' side (faint: only there it was left)
    }
    fill(p, 60, 100, 3, 320, 120); // the table's left border
    textLine(p, 80, 450, 30, 18); // lines under the table (the due date and the number to call)
    textLine(p, 80, 480, 20, 18);
    textLine(p, 80, 510, 25, 18);
    expect(findColumns(p.grey, p.width, p.height)).toBeNull();
  });

  it('reads a heading line across the columns whole, above them, and the columns under it one after the other', () => {
    const p = blank(1200, 800);
    textLine(p, 100, 20, 24, 32); // a title across the page, set close above the columns (no band's gap)
    for (let l = 0; l < 8; l++) textLine(p, 40, 90 + l * 40, 25); // left column, lines every 40 px
    for (let l = 0; l < 5; l++) textLine(p, 800, 105 + l * 55, 15); // right column, lines every 55 px
    const regions = findColumns(p.grey, p.width, p.height);
    expect(regions).not.toBeNull();
    const [heading, left, right] = regions!;
    expect(heading).toMatchObject({ left: 0, top: 0, width: 1200 });
    expect(heading!.top + heading!.height).toBeGreaterThan(52); // the title whole…
    expect(heading!.top + heading!.height).toBeLessThanOrEqual(90); // …and no line of the columns
    expect(left!.left).toBe(0);
    expect(left!.width).toBeGreaterThan(540);
    expect(left!.width).toBeLessThanOrEqual(800);
    expect(right!.left).toBeGreaterThan(540);
    expect(right!.left).toBeLessThanOrEqual(800);
  });

  it("reads a block of text beside a table apart from it, the table's labels and values still row by row", () => {
    // A receipt form: its message in a box at the left, a table of labels and values at the right; the table's own gap is the
    // widest, but its sides line up, so the gap between the box and the table is the one taken.
    const p = blank(1650, 700);
    for (let l = 0; l < 5; l++) textLine(p, 80, 100 + l * 40, 16, 20); // the box's text, lines every 40 px
    for (let l = 0; l < 4; l++) {
      textLine(p, 640, 115 + l * 60, 4, 18); // a label
      textLine(p, 1040, 115 + l * 60, 5, 22); // its value, on the same row
    }
    const regions = findColumns(p.grey, p.width, p.height);
    expect(regions).not.toBeNull();
    expect(regions!).toHaveLength(2);
    const [box, table] = regions!;
    expect(box!.left).toBe(0);
    expect(box!.width).toBeGreaterThan(80 + 16 * 24);
    expect(table!.left).toBeGreaterThan(80 + 16 * 24);
    expect(table!.left).toBeLessThanOrEqual(640);
    expect(table!.left + table!.width).toBeGreaterThan(1040 + 5 * 26); // labels and values in one region
  });

  it("splits a block of text from a table beside it when each keeps its own even line pitch, and keeps a table's rows though label and value differ in size", () => {
    // Lines every 57 px beside rows every 64 px: two of four happen to lie within a third of a line's height of each other.
    const p = blank(1650, 700);
    for (let l = 0; l < 4; l++) textLine(p, 80, 200 + l * 57, 18, 24);
    for (let l = 0; l < 4; l++) textLine(p, 900, 196 + l * 64, 12, 24);
    expect(findColumns(p.grey, p.width, p.height)).toHaveLength(2);
    const table = blank(1650, 700);
    for (let l = 0; l < 5; l++) {
      textLine(table, 80, 100 + l * 60, 5, 16); // a small label, top-aligned with…
      textLine(table, 700, 100 + l * 60, 12, 24); // …its larger value
    }
    expect(findColumns(table.grey, table.width, table.height)).toBeNull();
  });

  it('takes a dashed separator in the gutter for blank', () => {
    const p = blank(1200, 800);
    for (let l = 0; l < 8; l++) textLine(p, 40, 60 + l * 40, 25);
    for (let l = 0; l < 5; l++) textLine(p, 800, 75 + l * 55, 15);
    for (let y = 20; y < 780; y += 12) fill(p, 660, y, 2, 6, 90);
    expect(findColumns(p.grey, p.width, p.height)).toHaveLength(2);
  });
});

describe('dark strips along a flattened page edge (page-edges.ts)', () => {
  it('clears a strip joined to the edge and keeps text inside the margin', () => {
    const p = blank(1000, 1000);
    fill(p, 990, 0, 10, 1000, 80); // the desk along the right edge
    fill(p, 0, 0, 1000, 6, 120); // a shadowed top edge
    textLine(p, 100, 100, 10);
    fill(p, 40, 500, 12, 12, 30); // a mark near but not joined to the edge
    const out = clearedEdges(p.grey, p.width, p.height);
    expect(out[500 * 1000 + 995]).toBe(255);
    expect(out[3 * 1000 + 500]).toBe(255);
    expect(out[105 * 1000 + 105]).toBe(30);
    expect(out[505 * 1000 + 45]).toBe(30);
  });
});

describe('red seals (find-seals.ts)', () => {
  /** A white RGB page with black text, a red square seal with red strokes inside, a red round seal and a line of red text. */
  function page() {
    const width = 1000;
    const height = 800;
    const rgb = Buffer.alloc(width * height * 3, 245);
    const set = (x: number, y: number, c: [number, number, number]) => rgb.set(c, (y * width + x) * 3);
    const rect = (l: number, t: number, w: number, h: number, c: [number, number, number]) => {
      for (let y = t; y < t + h; y++) for (let x = l; x < l + w; x++) set(x, y, c);
    };
    const red: [number, number, number] = [200, 40, 40];
    const black: [number, number, number] = [25, 25, 25];
    // Black text, partly under the square seal.
    for (let i = 0; i < 12; i++) rect(500 + i * 24, 610, 18, 18, black);
    // Square seal 80 × 80: a 4 px frame and carved strokes inside.
    rect(700, 580, 80, 4, red);
    rect(700, 656, 80, 4, red);
    rect(700, 580, 4, 80, red);
    rect(776, 580, 4, 80, red);
    for (let i = 0; i < 3; i++) rect(715 + i * 20, 595, 6, 50, red);
    // Black text under the seal, tinted a few levels red by the JPEG (its red exceeds green and blue by 15 % of itself).
    rect(742, 640, 8, 8, [46, 33, 30]);
    // Round seal, radius 35.
    for (let a = 0; a < 720; a++) {
      const t = (a / 720) * 2 * Math.PI;
      for (let r = 32; r <= 35; r++) set(Math.round(150 + r * Math.cos(t)), Math.round(650 + r * Math.sin(t)), red);
    }
    // A line of red text (a flyer's phone number): glyphs in a row, and a large solid red block (a bold glyph, a banner's corner).
    for (let i = 0; i < 12; i++) rect(100 + i * 30, 100, 22, 26, red);
    rect(600, 100, 60, 60, red);
    return { rgb, width, height };
  }

  it('finds square and round seals, not a line of red text', () => {
    const p = page();
    const seals = findSeals(p.rgb, p.width, p.height);
    expect(seals).toHaveLength(2);
    expect(seals.some((s) => s.left === 700 && s.top === 580)).toBe(true);
    expect(seals.some((s) => Math.abs(s.left - 115) <= 1 && Math.abs(s.top - 615) <= 1)).toBe(true);
  });

  it('with the page\'s corners given, keeps only the seals on the page (a red-brown desk in dim light can frame a square)', () => {
    const p = page();
    const onPage = findSeals(p.rgb, p.width, p.height, [[400, 400], [990, 400], [990, 790], [400, 790]]);
    expect(onPage).toHaveLength(1);
    expect(onPage[0]!.left).toBe(700);
  });

  it("finds a postal code's row of small red digit boxes, not a lone small red square", () => {
    const width = 1000;
    const height = 600;
    const rgb = Buffer.alloc(width * height * 3, 245);
    const frame = (l: number, t: number, side: number) => {
      for (let y = t; y < t + side; y++) for (let x = l; x < l + side; x++) if (y < t + 3 || y >= t + side - 3 || x < l + 3 || x >= l + side - 3) rgb.set([210, 30, 40], (y * width + x) * 3);
    };
    for (let i = 0; i < 7; i++) frame(500 + i * 40 + (i >= 3 ? 15 : 0), 50, 30);
    for (let i = 0; i < 7; i++) for (let y = 58; y < 72; y++) rgb.set([20, 20, 20], (y * width + 512 + i * 40 + (i >= 3 ? 15 : 0)) * 3); // the digits, black
    frame(100, 300, 30); // a red 「口」 alone
    const found = findSeals(rgb, width, height);
    expect(found).toHaveLength(7);
    expect(found.every((b) => b.top === 50)).toBe(true);
  });

  it('washes the seals\' red out of the grey and keeps black text under them and red text elsewhere', () => {
    const p = page();
    const luma = Buffer.alloc(p.width * p.height);
    for (let i = 0; i < luma.length; i++) luma[i] = Math.round(0.2126 * p.rgb[i * 3]! + 0.7152 * p.rgb[i * 3 + 1]! + 0.0722 * p.rgb[i * 3 + 2]!);
    const grey = greyWithoutSeals(p.rgb, luma, p.width, p.height, findSeals(p.rgb, p.width, p.height));
    const at = (x: number, y: number) => grey[y * p.width + x]!;
    expect(at(702, 600)).toBeGreaterThan(180); // the frame
    expect(at(717, 620)).toBeGreaterThan(180); // a stroke inside
    expect(at(150 + 34, 650)).toBeGreaterThan(180); // the round seal
    expect(at(730, 615)).toBeLessThan(60); // black text under the seal
    expect(at(745, 643)).toBeLessThan(60); // …and JPEG-tinted black text
    expect(at(760, 581)).toBeGreaterThan(230); // the frame goes as light as the paper, not to a lighter grey that still reads as a rule
    expect(at(110, 110)).toBeLessThan(120); // red text stays dark
  });
});
