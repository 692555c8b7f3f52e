/**
 * Columns side by side on a photographed page (a pressure-sealed postcard's message beside its
 * box of numbers and dates, a flyer's two columns) found and read one after the other. Tesseract
 * reads a page as one column (mode 4) or finds columns itself (mode 3), but on a photo it ran a
 * line of the left column into the line of the right one beside it (「…提出され取下げ期日」) and
 * dropped the lines it had garbled so.
 *
 * On a copy {@link CELL}× smaller, a cell is ink when one of its pixels is clearly dark (the page
 * has its light evened out: paper is white). The page is cut across into bands at blank gaps of
 * more than {@link BAND_GAP} text lines; in a band at least {@link MIN_BAND_LINES} lines high, a
 * gutter is a run of blank columns at least {@link MIN_GUTTER} text heights wide (a thin dashed
 * or dotted separator in it does not count as ink) with text at least {@link MIN_SIDE} text heights
 * wide on each side. Two columns are real when each holds at least two lines and the lines do not
 * line up across the gutter: a table's label and value columns, and a header's name and date, lie
 * on the same rows, and are read row by row as they are (unless each side keeps an even pitch of
 * its own, {@link OWN_PITCH}). A heading line across the columns, set
 * too close to them for a band's gap (a form's title over its text box and its table), is read
 * whole above them; where a band has several gaps, a gap whose sides line up (the table's own,
 * between its labels and its values) is passed over for the next widest. Pure.
 */

import type { Rect } from './find-bubbles.ts';

/** Cell size, px. */
const CELL = 4;
/** A pixel darker than this (paper evened to white; blurred small text stays at ~130–180) is ink. */
const INK = 185;
/** Bands are cut at blank gaps of more than this many text heights. */
const BAND_GAP = 2.5;
/** A band is looked at only when at least this many text heights high. */
const MIN_BAND_LINES = 4;
/** A gutter is at least this many text heights wide; each side's text at least this many. */
const MIN_GUTTER = 1.5;
const MIN_SIDE = 4;
/** Within a gutter, a run of inked columns at most this many cells wide (a dashed rule) is taken as blank. */
const RULE_CELLS = 2;
/** A thin run of ink in a gutter inked down at least this share of the band is a solid rule (a table's), not a dashed separator. */
const SOLID_RULE = 0.7;
/** A column of cells inked down at least this share of a band, with the columns two cells either side of it inked at most this share, is a thin line, not text. */
const LINE_COLUMN = 0.45;
const BESIDE_LINE = 0.25;
/** A line lines up with one across the gutter when their middles are within this share of a text height. */
const ALIGNED = 0.35;
/** Columns are real when fewer than this share of the lines of either side line up with the other side's… */
const MAX_ALIGNED_SHARE = 0.5;
/**
 * …or when each side's lines follow at an even pitch of its own (the gaps between their middles within this share of each other)
 * and the two pitches differ by at least this share: a block of text beside a table, whose lines meet the table's rows now and
 * then (a carbon-copy form's box and table: two rows of four within a third of a line), not a table's rows, which share one pitch.
 */
const EVEN_PITCH = 0.15;
const OWN_PITCH = 0.1;

/** At most this many lines at a band's top (a heading) or at its bottom (a footer) may run across its gutter. */
const ACROSS_LINES = 1;

/** A region of the page, px, to be read in the order given. */
export type PageRegion = Rect;

/** Runs of true values: [start, end) pairs. */
function runs(on: (i: number) => boolean, n: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const v = i < n && on(i);
    if (v && start < 0) start = i;
    if (!v && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

/** Text height is measured in vertical strips this many cells wide at least (columns side by side whose lines do not line up run together across the whole width). */
const STRIP_CELLS = 24;
/** Columns inside a column (a form's boxes: the slip's left boxes, its message box, its stub) are looked for this many levels deep. */
const MAX_DEPTH = 3;
/** A row of a strip holds text when at least this many of its cells are inked. */
const MIN_LINE_CELLS = 3;

/**
 * The page's regions in reading order when a band of it holds columns (each band above and
 * below whole, the columns' left one first, and within each column its own bands and columns,
 * down to {@link MAX_DEPTH} levels: a form's boxes side by side, a slip's stub beside it), or
 * null when no band does (the page is read as it is).
 */
export function findColumns(grey: Uint8Array, width: number, height: number): PageRegion[] | null {
  const cw = Math.floor(width / CELL);
  const ch = Math.floor(height / CELL);
  if (cw < 8 || ch < 8) return null;
  const ink = new Uint8Array(cw * ch);
  for (let cy = 0; cy < ch; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      let hit = 0;
      for (let y = cy * CELL; y < (cy + 1) * CELL && !hit; y++) for (let x = cx * CELL; x < (cx + 1) * CELL; x++) if (grey[y * width + x]! < INK) { hit = 1; break; }
      ink[cy * cw + cx] = hit;
    }
  }
  const rowInk = (y: number, x0: number, x1: number) => {
    for (let x = x0; x < x1; x++) if (ink[y * cw + x]) return true;
    return false;
  };
  const text = textHeight(0, cw);
  if (text === 0) return null;
  let split = false;
  const regions = cut(0, cw, 0, ch, 0);
  return split ? regions : null;

  /** The median height (cells) of the runs of inked rows within strips of the columns x0..x1 (0 when fewer than 3 lines). */
  function textHeight(x0: number, x1: number): number {
    const strip = Math.max(STRIP_CELLS, Math.ceil((x1 - x0) / 8));
    const heights: number[] = [];
    // (A row counts as text in a strip when it has ink in a few cells: a vertical rule or a dashed separator, one or two cells wide, has no lines.)
    const wideInk = (y: number, a: number, b: number) => {
      let n = 0;
      for (let x = a; x < b; x++) if (ink[y * cw + x] && ++n >= MIN_LINE_CELLS) return true;
      return false;
    };
    for (let s = x0; s < x1; s += strip) for (const [a, b] of runs((y) => wideInk(y, s, Math.min(x1, s + strip)), ch)) heights.push(b - a);
    if (heights.length < 3) return 0;
    heights.sort((a, b) => a - b);
    return Math.max(2, heights[Math.floor(heights.length / 2)]!);
  }

  /** The regions (px) of the cells x0..x1 × y0..y1 in reading order: its bands top to bottom, a band with a gutter cut in two and each side cut again. */
  function cut(x0: number, x1: number, y0: number, y1: number, depth: number): PageRegion[] {
    const px = (r: { x0: number; x1: number; y0: number; y1: number }): PageRegion => {
      const left = r.x0 === 0 ? 0 : r.x0 * CELL;
      const right = r.x1 === cw ? width : r.x1 * CELL;
      const top = r.y0 === 0 ? 0 : r.y0 * CELL;
      const bottom = r.y1 === ch ? height : r.y1 * CELL;
      return { left, top, width: right - left, height: bottom - top };
    };
    const lineRuns = runs((y) => rowInk(y0 + y, x0, x1), y1 - y0).map(([a, b]) => [a + y0, b + y0] as [number, number]);
    if (lineRuns.length === 0) return [px({ x0, x1, y0, y1 })];
    // Bands: line runs joined across gaps of at most BAND_GAP text heights.
    const bands: [number, number][] = [];
    for (const [a, b] of lineRuns) {
      const last = bands[bands.length - 1];
      if (last && a - last[1] <= BAND_GAP * text) last[1] = b;
      else bands.push([a, b]);
    }
    const out: PageRegion[] = [];
    // The regions cover the whole region (each band down to the middle of the gap below it): nothing is left out, faint text included.
    const edges = bands.map(([, b], i) => (i + 1 < bands.length ? Math.round((b + bands[i + 1]![0]) / 2) : y1));
    bands.forEach(([top, bottom], i) => {
      const by0 = i === 0 ? y0 : edges[i - 1]!;
      const by1 = edges[i]!;
      const found = bottom - top >= MIN_BAND_LINES * text ? columnsOf(x0, x1, top, bottom) : null;
      if (found === null) {
        out.push(px({ x0, x1, y0: by0, y1: by1 }));
        return;
      }
      split = true;
      const { gutter } = found;
      // A title or a footer line across the columns (a form's heading over its text box and its table) is read whole, above or under them.
      const cy0 = found.top > top ? found.top : by0;
      const cy1 = found.bottom < bottom ? found.bottom : by1;
      if (cy0 > by0) out.push(px({ x0, x1, y0: by0, y1: cy0 }));
      const mid = Math.round((gutter[0] + gutter[1]) / 2);
      if (depth + 1 >= MAX_DEPTH) out.push(px({ x0, x1: mid, y0: cy0, y1: cy1 }), px({ x0: mid, x1, y0: cy0, y1: cy1 }));
      else out.push(...cut(x0, mid, cy0, cy1, depth + 1), ...cut(mid, x1, cy0, cy1, depth + 1));
      if (cy1 < by1) out.push(px({ x0, x1, y0: cy1, y1: by1 }));
    });
    return out;
  }

  /**
   * The band's gutter, looked for in the whole band and then without up to {@link ACROSS_LINES} of its lines at its top or its
   * bottom (a heading or a footer line running across the gutter, set closer than a band's gap): the gutter and the rows the
   * columns span (cut in the middle of the gap next to the lines left out), or null.
   */
  function columnsOf(x0: number, x1: number, top: number, bottom: number): { gutter: [number, number]; top: number; bottom: number } | null {
    const lines = runs((y) => rowInk(top + y, x0, x1), bottom - top).map(([a, b]) => [a + top, b + top] as [number, number]);
    for (let skip = 0; skip <= 2 * ACROSS_LINES; skip++) {
      for (let above = Math.min(skip, ACROSS_LINES); above >= 0 && skip - above <= ACROSS_LINES; above--) {
        const below = skip - above;
        if (above + below >= lines.length) continue;
        const a = lines[above]![0];
        const b = lines[lines.length - 1 - below]![1];
        if (b - a < MIN_BAND_LINES * text) continue;
        const gutter = gutterOf(x0, x1, a, b);
        if (gutter === null) continue;
        const cutTop = above === 0 ? top : Math.round((lines[above - 1]![1] + a) / 2);
        const cutBottom = below === 0 ? bottom : Math.round((b + lines[lines.length - below]![0]) / 2);
        return { gutter, top: cutTop, bottom: cutBottom };
      }
    }
    return null;
  }

  function gutterOf(x0: number, x1: number, top: number, bottom: number): [number, number] | null {
    const colInk = (x: number) => {
      for (let y = top; y < bottom; y++) if (ink[y * cw + x]) return true;
      return false;
    };
    const n = x1 - x0;
    const inked = Array.from({ length: n }, (_, x) => colInk(x0 + x));
    // A thin run of ink between two blank runs (a dashed or dotted separator) counts as blank.
    const blankRuns = runs((x) => !inked[x], n);
    const merged: [number, number][] = [];
    // (A solid line down the whole band is a table's rule between its columns, whose rows are read across: it stays ink.)
    const solid = (a: number, b: number) => {
      for (let x = a; x < b; x++) {
        let inked = 0;
        for (let y = top; y < bottom; y++) if (ink[y * cw + x0 + x]) inked++;
        if (inked >= SOLID_RULE * (bottom - top)) return true;
      }
      return false;
    };
    for (const r of blankRuns) {
      const last = merged[merged.length - 1];
      if (last && r[0] - last[1] <= RULE_CELLS && !solid(last[1], r[0])) last[1] = r[1];
      else merged.push([r[0], r[1]]);
    }
    // Rows of text on one side, a thin line down it (a stub's dashed separator, a box's side) not counted: it would join them all.
    const coverage = Array.from({ length: cw }, () => 0);
    for (let x = x0; x < x1; x++) for (let y = top; y < bottom; y++) if (ink[y * cw + x]) coverage[x]!++;
    const band = bottom - top;
    const lineColumn = (x: number) => coverage[x]! >= LINE_COLUMN * band && (x - 2 < x0 || coverage[x - 2]! <= BESIDE_LINE * band) && (x + 2 >= x1 || coverage[x + 2]! <= BESIDE_LINE * band);
    const textInk = (y: number, a: number, b: number) => {
      for (let x = a; x < b; x++) if (ink[y * cw + x] && !lineColumn(x)) return true;
      return false;
    };
    const first = inked.indexOf(true);
    const lastInk = inked.lastIndexOf(true);
    // The widest gap first; a gap whose two sides' lines line up (a table's label and value columns, beside a block of text) is
    // passed over for the next widest (the gap between the block and the table).
    const gaps = merged.filter(([a, b]) => a > first && b <= lastInk && b - a >= MIN_GUTTER * text && a - first >= MIN_SIDE * text && lastInk + 1 - b >= MIN_SIDE * text).sort((p, q) => q[1] - q[0] - (p[1] - p[0]));
    const alignedShare = (from: number[], to: number[]) => from.filter((m) => to.some((k) => Math.abs(m - k) <= ALIGNED * text)).length / from.length;
    for (const gap of gaps) {
      const [ga, gb] = [gap[0] + x0, gap[1] + x0];
      const left = runs((y) => textInk(top + y, x0, ga), bottom - top).map(([a, b]) => (a + b) / 2);
      const right = runs((y) => textInk(top + y, gb, x1), bottom - top).map(([a, b]) => (a + b) / 2);
      if (left.length < 2 || right.length < 2) continue;
      if ((alignedShare(left, right) >= MAX_ALIGNED_SHARE || alignedShare(right, left) >= MAX_ALIGNED_SHARE) && !ownPitches(left, right)) continue;
      return [ga, gb];
    }
    return null;
  }
}

/** The even pitch of lines at these middles (the mean gap), or null when there are fewer than three or their gaps are uneven. */
function evenPitch(middles: readonly number[]): number | null {
  if (middles.length < 3) return null;
  const gaps = middles.slice(1).map((m, i) => m - middles[i]!);
  const min = Math.min(...gaps);
  const max = Math.max(...gaps);
  return min > 0 && max - min <= EVEN_PITCH * max ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null;
}

/** Whether two sides' lines each follow an even pitch of their own, the two pitches clearly apart. */
function ownPitches(left: readonly number[], right: readonly number[]): boolean {
  const a = evenPitch(left);
  const b = evenPitch(right);
  return a !== null && b !== null && Math.abs(a - b) >= OWN_PITCH * Math.max(a, b);
}

/** Space between stacked regions, px. */
const GAP = 24;

/** The regions of `grey` stacked top to bottom on white, each at its own x, in the order given. */
export function regionsStacked(grey: Uint8Array, width: number, regions: readonly PageRegion[]): { grey: Buffer; width: number; height: number } {
  const height = regions.reduce((s, r) => s + r.height + GAP, GAP);
  const out = Buffer.alloc(width * height, 255);
  const source = Buffer.from(grey.buffer, grey.byteOffset, grey.byteLength);
  let y0 = GAP;
  for (const r of regions) {
    for (let y = 0; y < r.height; y++) {
      const from = (r.top + y) * width + r.left;
      source.copy(out, (y0 + y) * width + r.left, from, from + r.width);
    }
    y0 += r.height + GAP;
  }
  return { grey: out, width, height };
}
