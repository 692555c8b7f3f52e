/**
 * Light text on a dark or coloured band of a photographed page (a flyer's white-on-red headline,
 * a notice's black title bar) turned into dark text on white before the light is evened out and
 * OCR runs. Tesseract binarises a page with one threshold and reads dark ink on light paper: the
 * band's white letters were either lost in it or the band's threshold fell between two shades of
 * paper, and the whole page below it read nothing (a dim flyer).
 *
 * A band: on a copy {@link STEP}× smaller (averaging, so the band's thin letters blend into it), a
 * connected area clearly darker than the paper around the page ({@link MAX_SHARE} of its
 * brightness), big (at least {@link MIN_ROWS} × {@link MIN_COLS} cells) and filled (at least
 * {@link MIN_FILL} of its bounding box; a line of dark text, even bold, leaves gaps between its
 * characters and rows), not touching the page's edge unless it spans the page's width, and lettered
 * light (more of its pixels lighter than its fill than darker: a hand's shadow over a corner is a
 * dark, filled area too, with dark text in it). Inside the band's box, the band's own grey becomes
 * white and its lightest pixels (the letters) black. A page dark as a whole with light letters (a
 * phone's screen in dark mode photographed in its dark case: the page found is the case, and
 * evening its light lifted the dark fill around each letter into a grey halo) is one band. Pure.
 */

import type { Rect } from './find-bubbles.ts';

/** Cells of the copy, px each way. */
const STEP = 8;
/** A band's cells are at most this share of the paper's brightness. */
const MAX_SHARE = 0.62;
/** At least this many cells high and wide (at STEP 8: 48 × 160 px on a page ~1,650 px wide). */
const MIN_ROWS = 6;
const MIN_COLS = 20;
/** At least this share of the band's bounding box is band. */
const MIN_FILL = 0.85;

/** A band touching the page's edge counts only when it is at least this share of the page's width. */
const FULL_WIDTH = 0.9;
/** At least this share of a band's pixels are its (light) letters. */
const MIN_LETTER_SHARE = 0.01;

export type Band = Rect;

/** A page whose median grey is at most this… */
const DARK_PAGE = 90;
/** …with at least this share of its pixels this much lighter than that median (light letters)… */
const LIGHT_MARK = 80;
const MIN_LIGHT_MARKS = 0.01;
/** …and fewer than half as many this much darker than it (a page's dark text in dim light) is a dark page. */
const DARK_MARK = 40;
/** …and at most this share of its {@link STEP}-px cells light as a whole (a light card or panel on the dark screen: its text is dark). */
const MAX_LIGHT_CELLS = 0.01;

/**
 * Whether a photographed page is dark with light letters: a phone's or a computer's screen in dark mode (its case or bezel
 * around it, dark too), not paper in dim light, whose text is darker than its paper, nor a dark screen holding a light card.
 * Such a page is one band as a whole.
 */
export function isDarkPage(grey: Uint8Array, width: number): boolean {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]!++;
  let below = 0;
  let median = 0;
  while (median < 255 && below + histogram[median]! <= grey.length / 2) below += histogram[median++]!;
  if (median > DARK_PAGE) return false;
  let light = 0;
  let dark = 0;
  for (let v = 0; v < 256; v++) {
    if (v >= median + LIGHT_MARK) light += histogram[v]!;
    if (v <= median - DARK_MARK) dark += histogram[v]!;
  }
  if (light < MIN_LIGHT_MARKS * grey.length || light <= 2 * dark) return false;
  const height = Math.floor(grey.length / width);
  let cells = 0;
  let lightCells = 0;
  for (let cy = 0; cy + STEP <= height; cy += STEP) {
    for (let cx = 0; cx + STEP <= width; cx += STEP) {
      let sum = 0;
      for (let y = cy; y < cy + STEP; y++) for (let x = cx; x < cx + STEP; x++) sum += grey[y * width + x]!;
      cells++;
      if (sum / (STEP * STEP) >= median + LIGHT_MARK) lightCells++;
    }
  }
  return lightCells <= MAX_LIGHT_CELLS * cells;
}

/** The bands of light text on a dark fill found in `grey` (one byte a pixel), in page pixels; a dark page (a screen in dark mode, {@link isDarkPage}) is one band. */
export function findDarkBands(grey: Uint8Array, width: number, height: number): Band[] {
  const cw = Math.floor(width / STEP);
  const ch = Math.floor(height / STEP);
  if (cw < MIN_COLS || ch < MIN_ROWS) return [];
  if (isDarkPage(grey, width)) return [{ left: 0, top: 0, width, height }];
  const cells = new Float32Array(cw * ch);
  for (let cy = 0; cy < ch; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      let s = 0;
      for (let y = cy * STEP; y < (cy + 1) * STEP; y++) for (let x = cx * STEP; x < (cx + 1) * STEP; x++) s += grey[y * width + x]!;
      cells[cy * cw + cx] = s / (STEP * STEP);
    }
  }
  // The paper's brightness: a high percentile of the cells (most of a page is paper).
  const sorted = Float32Array.from(cells).sort();
  const paper = sorted[Math.floor(sorted.length * 0.9)]!;
  const dark = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) if (cells[i]! <= paper * MAX_SHARE) dark[i] = 1;
  const label = new Int32Array(cells.length).fill(-1);
  const bands: Band[] = [];
  const stack: number[] = [];
  for (let start = 0; start < cells.length; start++) {
    if (!dark[start] || label[start]! >= 0) continue;
    let n = 0;
    let x0 = cw;
    let y0 = ch;
    let x1 = -1;
    let y1 = -1;
    label[start] = start;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      n++;
      const x = i % cw;
      const y = (i - x) / cw;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const j of [x > 0 ? i - 1 : -1, x < cw - 1 ? i + 1 : -1, y > 0 ? i - cw : -1, y < ch - 1 ? i + cw : -1]) {
        if (j >= 0 && dark[j] && label[j]! < 0) {
          label[j] = start;
          stack.push(j);
        }
      }
    }
    const bw = x1 - x0 + 1;
    const bh = y1 - y0 + 1;
    // Touching the page's edge: the desk or a shadow left in, not a band printed on the page — unless it runs across the page's
    // whole width (a header band printed to the paper's edges).
    const atEdge = x0 === 0 || y0 === 0 || x1 === cw - 1 || y1 === ch - 1;
    if (atEdge && bw < FULL_WIDTH * cw) continue;
    if (bw < MIN_COLS || bh < MIN_ROWS || n / (bw * bh) < MIN_FILL) continue;
    const band = { left: x0 * STEP, top: y0 * STEP, width: bw * STEP, height: bh * STEP };
    if (lightLettered(grey, width, band, paper)) bands.push(band);
  }
  return bands;
}

/**
 * Whether the area's marks are lighter than its fill (a band's letters) rather than darker (the text in a shadow, which is a
 * darker area too): more of its pixels lie halfway from the fill up to the paper's brightness than halfway down to black.
 */
function lightLettered(grey: Uint8Array, width: number, b: Band, paper: number): boolean {
  const values: number[] = [];
  for (let y = b.top; y < b.top + b.height; y++) for (let x = b.left; x < b.left + b.width; x++) values.push(grey[y * width + x]!);
  values.sort((p, q) => p - q);
  const fill = values[Math.floor(values.length / 2)]!;
  let light = 0;
  let dark = 0;
  for (const v of values) {
    if (v > fill + (paper - fill) / 2) light++;
    else if (v < fill / 2) dark++;
  }
  return light > dark && light >= values.length * MIN_LETTER_SHARE;
}

/** A copy of `grey` where inside each band its fill becomes white and its light letters black (a stretch between the band's median grey and its lightest pixels). */
export function bandsTurnedDarkOnLight(grey: Uint8Array, width: number, bands: readonly Band[]): Buffer {
  const out = Buffer.from(grey);
  const height = grey.length / width;
  for (const found of bands) {
    // The band's edge (a cell in and a cell out: its rounded corners, the paper beside it) turns white; the letters are padded further in.
    const b = { left: found.left + STEP, top: found.top + STEP, width: found.width - 2 * STEP, height: found.height - 2 * STEP };
    for (let y = Math.max(0, found.top - STEP); y < Math.min(height, found.top + found.height + STEP); y++) {
      for (let x = Math.max(0, found.left - STEP); x < Math.min(width, found.left + found.width + STEP); x++) {
        if (y < b.top || y >= b.top + b.height || x < b.left || x >= b.left + b.width) out[y * width + x] = 255;
      }
    }
    const values: number[] = [];
    for (let y = b.top; y < b.top + b.height; y++) for (let x = b.left; x < b.left + b.width; x++) values.push(grey[y * width + x]!);
    values.sort((a, c) => a - c);
    const fill = values[Math.floor(values.length / 2)]!;
    const letters = values[Math.floor(values.length * 0.98)]!;
    const span = letters - fill;
    if (span < 20) continue;
    for (let y = b.top; y < b.top + b.height; y++) {
      for (let x = b.left; x < b.left + b.width; x++) {
        const i = y * width + x;
        out[i] = Math.max(0, Math.min(255, Math.round(255 - ((grey[i]! - fill) / span) * 255)));
      }
    }
  }
  return out;
}
