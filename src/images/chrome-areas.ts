/**
 * Areas of a screenshot that are the app's, not the message's, found from its pixels before any
 * OCR, so that the whole-screen read leaves them out (they are painted over with the page's
 * colour): a mail's sender block (the round picture of the sender, the name, the date, 「To 自分」
 * and the address beside and under it, up to where the body starts again at the left margin),
 * a label chip after a subject (Gmail's 「受信トレイ」, a grey rounded tag that otherwise runs
 * into the subject's last word), and a browser's address bar (a wide, flat, neutral pill at the
 * top or the bottom of a phone's screen), and a link's preview card. A resident retyping the message leaves them all out,
 * and read in, they shift what the message is taken for. Pure: shapes (find-bubbles.ts) and
 * raw RGB in, rectangles out.
 */
import { far, SAME_COLOUR, type BubbleLayout, type Rect, type Shape } from './find-bubbles.ts';

export interface ChromeArea extends Rect {
  /** Its rows hold nothing else (a sender block runs from the left margin to the right edge): they are taken out, not only painted over. */
  wholeRows: boolean;
  /** A browser's address bar: painted over in the whole-screen read, but its address is evidence (the link check needs it), so it is read on its own too (read-image.ts). */
  addressBar?: true;
}

/** A sender's round picture: at most this share of the width across, at least this (a tablet's mail column, ~1,400 px wide at the working scale, shows it at ~0.054). */
const AVATAR_MIN = 0.045;
const AVATAR_MAX = 0.16;
/** …nearly as high as wide, and filling a disc's share of its box (π/4 ≈ 0.79; a letter in it as a hole lowers it). */
const AVATAR_ROUND = 0.15;
const AVATAR_FILL_MIN = 0.55;
const AVATAR_FILL_MAX = 0.9;
/** …its left edge within this share of the width from the page's left (it starts a row). */
const AVATAR_MARGIN = 0.12;
/** The sender block ends where text starts at the left margin again, within this many avatar heights from the avatar's top. */
const SENDER_BLOCK_MAX = 3.5;
/** …a little above it: this share of the picture's height. */
const BODY_CLEARANCE = 0.3;
/** The text beside a picture is less high than this share of it (most of its marks, those under {@link SPECK} of it left out). */
const AVATAR_TEXT = 0.7;
const SPECK = 0.15;
const BESIDE_SMALLER = 0.7;

/** A label chip: height in shares of the width; at most this wide; at least this much filled (a rounded rectangle). */
const CHIP_MIN_HEIGHT = 0.02;
const CHIP_MAX_HEIGHT = 0.1;
const CHIP_MAX_WIDTH = 0.35;
const CHIP_FILL = 0.8;
/** Text ends this close before it (in chip heights), and nothing follows it this close after it. */
const CHIP_NEAR = 1.5;

/** A browser's address bar: at least this share of the width wide, its height within these shares of the width. */
const BAR_MIN_WIDTH = 0.7;
const BAR_MIN_HEIGHT = 0.06;
const BAR_MAX_HEIGHT = 0.14;
const BAR_FILL = 0.85;
/** …within this top or bottom share of a portrait screen's height (a browser's toolbar). */
const BAR_ZONE = 0.15;
/** Its fill is grey (channels within this of each other), not a coloured banner. */
const BAR_NEUTRAL = 24;

const fillOf = (s: Shape) => s.count / (s.width * s.height);
const overlapRows = (a: Rect, b: Rect) => Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);

/** The rectangles of a screenshot `width` × `height` (its RGB and the layout found on it) to leave out of a whole-screen read. */
export function chromeAreas(rgb: Uint8Array, width: number, height: number, layout: BubbleLayout): ChromeArea[] {
  return [
    ...senderBlocks(rgb, width, height, layout).map((r) => ({ ...r, wholeRows: true })),
    ...labelChips(width, layout).map((r) => ({ ...r, wholeRows: false })),
    ...addressBars(rgb, width, height, layout).map((r) => ({ ...r, wholeRows: false, addressBar: true as const })),
    // A link's preview card (find-bubbles.ts): the app's picture, title and domain for the link the message already holds.
    ...layout.previewCards.map((r) => ({ ...r, wholeRows: false })),
    ...toolbars(width, height, layout).map((r) => ({ ...r, wholeRows: false })),
    // (Its rows hold nothing else: taken out, so that no blank gap splits the subject from the body in Tesseract's layout.)
    ...noticeBoxes(rgb, width, height, layout).map((r) => ({ ...r, wholeRows: true })),
  ];
}

/** An app's notice box: at least this share of the width wide, its height within these shares of the width (one to three lines). */
const NOTICE_MIN_WIDTH = 0.8;
const NOTICE_MIN_HEIGHT = 0.04;
const NOTICE_MAX_HEIGHT = 0.2;
/** …its top in this top share of a portrait screen (between a mail's header and its body). */
const NOTICE_ZONE = 0.4;
/** …its fill a light tint (grey at least this, channels this far apart at least), its text in colour (channels this far apart, on average). */
const NOTICE_FILL_GREY = 200;
const NOTICE_TINT = 10;
const NOTICE_TEXT_CHROMA = 50;

/**
 * An app's own notice above a mail's body (「なりすましメールの可能性があります」, a spam or phishing warning): a box across the
 * page with even margins, lightly tinted, one to three lines of text in colour (an app's warning orange, red or yellow-brown),
 * in the upper part of a phone's screen. Read in, it shifts what the mail is taken for, and a resident retyping the mail
 * leaves it out. A box of the mail's own with black text (an HTML mail's framed paragraph) is not one.
 */
function noticeBoxes(rgb: Uint8Array, width: number, height: number, layout: BubbleLayout): Rect[] {
  if (height < width * 1.3) return [];
  const out: Rect[] = [];
  for (const s of layout.shapes) {
    if (s.inBand || s.width < width * NOTICE_MIN_WIDTH || s.height < width * NOTICE_MIN_HEIGHT || s.height > width * NOTICE_MAX_HEIGHT || fillOf(s) < BAR_FILL) continue;
    if (s.top > height * NOTICE_ZONE || Math.abs(s.left - (width - s.left - s.width)) > width * 0.03) continue;
    // Its fill: the pixel a little inside its top-left corner, past the border.
    const inset = Math.max(3, Math.round(s.height / 10));
    const p = ((s.top + inset) * width + s.left + inset) * 3;
    const fill = [rgb[p]!, rgb[p + 1]!, rgb[p + 2]!];
    const chroma = (q: number) => Math.max(rgb[q]!, rgb[q + 1]!, rgb[q + 2]!) - Math.min(rgb[q]!, rgb[q + 1]!, rgb[q + 2]!);
    const grey = (fill[0]! * 54 + fill[1]! * 183 + fill[2]! * 19) >> 8;
    if (grey < NOTICE_FILL_GREY || chroma(p) < NOTICE_TINT) continue;
    let n = 0;
    let sum = 0;
    for (let y = s.top + inset; y < s.top + s.height - inset; y++)
      for (let x = s.left + inset; x < s.left + s.width - inset; x++) {
        const q = (y * width + x) * 3;
        if (!far(rgb, q, fill, INK_FROM_FILL)) continue;
        n++;
        sum += chroma(q);
      }
    if (n === 0 || sum / n < NOTICE_TEXT_CHROMA) continue;
    out.push({ left: s.left, top: s.top, width: s.width, height: s.height });
  }
  return out;
}

/** A notice's text differs from its fill by more than this on some channel. */
const INK_FROM_FILL = 60;

/** Whether the pixel is off the page's colour. */
const inked = (rgb: Uint8Array, width: number, x: number, y: number, background: readonly number[]) => far(rgb, (y * width + x) * 3, background, SAME_COLOUR);

/**
 * A mail's sender block: a round picture at the left margin with text beside it (the sender's
 * name and the date), and everything from its top to where text starts at the left margin
 * again (the body), across the width — 「To 自分」, the sender's address and the icons on the
 * right go with it. Not when a chat bubble lies there (a chat's contact picture beside a message).
 */
function senderBlocks(rgb: Uint8Array, width: number, height: number, layout: BubbleLayout): Rect[] {
  const out: Rect[] = [];
  for (const s of layout.shapes) {
    const size = Math.max(s.width, s.height);
    if (s.inBand || s.width < width * AVATAR_MIN || s.width > width * AVATAR_MAX || Math.abs(s.width - s.height) > size * AVATAR_ROUND) continue;
    if (s.left > width * AVATAR_MARGIN || fillOf(s) < AVATAR_FILL_MIN || fillOf(s) > AVATAR_FILL_MAX) continue;
    const right = s.left + s.width;
    // Text beside it, clearly smaller than it (a bold glyph of a heading, 【 or ■, is not a picture): a shape starting within two of its widths to its right, on its rows.
    // (Most of the marks there, specks left out: a heading's first glyph has glyphs of its own size beside it, and a speck or a
    // small kana among them does not make it a picture.)
    const besideMarks = layout.shapes.filter((t) => t !== s && t.left >= right && t.left < right + 2 * s.width && t.height >= s.height * SPECK && overlapRows(t, s) > 0);
    const smaller = besideMarks.filter((t) => t.height < s.height * AVATAR_TEXT).length;
    if (smaller === 0 || smaller < besideMarks.length * BESIDE_SMALLER) continue;
    // The body: the first row below it with ink at the left margin (from half the picture's left edge to its middle).
    const marginFrom = Math.floor(s.left / 2);
    const marginTo = s.left + Math.floor(s.width / 2);
    const limit = Math.min(height, s.top + Math.round(SENDER_BLOCK_MAX * s.height));
    let body = -1;
    for (let y = s.top + s.height; y < limit && body < 0; y++) {
      for (let x = marginFrom; x < marginTo; x++) {
        if (inked(rgb, width, x, y, layout.background)) {
          body = y;
          break;
        }
      }
    }
    if (body < 0) continue;
    // The name beside it may stand a little higher than the picture: the block starts at the highest glyph on its rows.
    const besideTops = layout.shapes.filter((t) => t !== s && t.left >= right && t.height < s.height && overlapRows(t, s) > 0).map((t) => t.top);
    const top = Math.max(s.top - Math.round(s.height / 2), Math.min(s.top, ...besideTops));
    // It ends a little above that row: the body's first line has taller glyphs than the one that reached the margin first, and
    // cut through their tops, the whole line was read as noise.
    const end = Math.max(s.top + s.height, body - Math.round(s.height * BODY_CLEARANCE));
    const block: Rect = { left: s.left, top, width: width - s.left, height: end - top };
    if (layout.bubbles.some((b) => overlapRows(b, block) > 0 && b.left + b.width > right)) continue;
    out.push(block);
  }
  return out;
}

/**
 * A label chip ending a line of text (a mail's folder tag after its subject): a small filled
 * rounded rectangle on the page, text just before it on its rows and nothing just after it
 * (a word highlighted inside a sentence has text on both sides).
 */
function labelChips(width: number, layout: BubbleLayout): Rect[] {
  const out: Rect[] = [];
  for (const s of layout.shapes) {
    if (s.inBand || s.height < width * CHIP_MIN_HEIGHT || s.height > width * CHIP_MAX_HEIGHT || s.width > width * CHIP_MAX_WIDTH || s.width < 1.5 * s.height) continue;
    if (fillOf(s) < CHIP_FILL) continue;
    const near = CHIP_NEAR * s.height;
    const onRows = (t: Shape) => t !== s && t.height <= 1.5 * s.height && overlapRows(t, s) >= t.height / 2;
    const before = layout.shapes.some((t) => onRows(t) && t.left + t.width <= s.left && s.left - (t.left + t.width) <= near);
    const after = layout.shapes.some((t) => onRows(t) && t.left >= s.left + s.width && t.left - (s.left + s.width) <= near);
    if (before && !after) out.push({ left: s.left, top: s.top, width: s.width, height: s.height });
  }
  return out;
}

/**
 * A browser's address bar on a phone: a wide, flat, grey pill (rounded: its corners show the
 * page) in the top or bottom strip, with even margins. Only its own rectangle goes from the
 * whole-screen read; the address in it is read apart and kept (read-image.ts).
 */
function addressBars(rgb: Uint8Array, width: number, height: number, layout: BubbleLayout): Rect[] {
  if (height < width * 1.3) return [];
  const out: Rect[] = [];
  for (const s of layout.shapes) {
    if (s.width < width * BAR_MIN_WIDTH || s.height < width * BAR_MIN_HEIGHT || s.height > width * BAR_MAX_HEIGHT || fillOf(s) < BAR_FILL) continue;
    if (s.top > height * BAR_ZONE && s.top + s.height < height * (1 - BAR_ZONE)) continue;
    if (Math.abs(s.left - (width - s.left - s.width)) > width * 0.03) continue;
    // Rounded: the page shows in its corner.
    if (inked(rgb, width, s.left, s.top, layout.background)) continue;
    // Grey: most pixels of the row just inside its top edge (above the text and icons) have channels close together.
    const y = s.top + Math.max(1, Math.floor(s.height / 8));
    let coloured = 0;
    for (let x = s.left + Math.floor(s.height / 2); x < s.left + s.width - Math.floor(s.height / 2); x++) {
      const p = (y * width + x) * 3;
      if (Math.max(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) - Math.min(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) > BAR_NEUTRAL) coloured++;
    }
    if (coloured > (s.width - s.height) / 2) continue;
    out.push({ left: s.left, top: s.top, width: s.width, height: s.height });
  }
  return out;
}

/** A toolbar lies in this top share of a portrait screen; its marks stand only within this share from the left or beyond this share from the left. */
const TOOLBAR_ZONE = 0.12;
const TOOLBAR_LEFT = 0.15;
const TOOLBAR_RIGHT = 0.6;
/** Marks lower than this share of the width (specks, a glyph's dot) do not count. */
const TOOLBAR_MARK_MIN = 0.015;

/**
 * An app's toolbar at the top of a portrait screen: a row of marks standing only at its two ends (a back arrow at the left; a
 * bin, a download arrow and 「⋯」 at the right) with nothing between. Read, its icons come out as stray characters that
 * Tesseract may join with the line under it (a mail's subject) and then drop the whole line as noise; a row holding
 * text across (a title, a subject) is never one.
 */
function toolbars(width: number, height: number, layout: BubbleLayout): Rect[] {
  if (height < width * 1.3) return [];
  const marks = layout.shapes.filter((s) => !s.inBand && s.top + s.height <= height * TOOLBAR_ZONE && s.height >= width * TOOLBAR_MARK_MIN && s.height < width * 0.12);
  // Marks grouped into rows by their rows overlapping.
  const rows: { top: number; bottom: number; marks: Shape[] }[] = [];
  for (const m of [...marks].sort((a, b) => a.top - b.top)) {
    const row = rows.find((r) => m.top < r.bottom && m.top + m.height > r.top);
    if (row) {
      row.marks.push(m);
      row.top = Math.min(row.top, m.top);
      row.bottom = Math.max(row.bottom, m.top + m.height);
    } else rows.push({ top: m.top, bottom: m.top + m.height, marks: [m] });
  }
  const atEnds = (m: Shape) => m.left + m.width <= width * TOOLBAR_LEFT || m.left >= width * TOOLBAR_RIGHT;
  return rows
    .filter((r) => r.marks.every(atEnds) && r.marks.some((m) => m.left + m.width <= width * TOOLBAR_LEFT) && r.marks.some((m) => m.left >= width * TOOLBAR_RIGHT))
    .map((r) => ({ left: 0, top: Math.max(0, r.top - 2), width, height: r.bottom - r.top + 4 }));
}

/** A grey image `width` × `height` without the rows of the given rectangles (the rows below move up). */
export function withoutRows(grey: Buffer, width: number, height: number, rects: readonly Rect[]): { grey: Buffer; height: number } {
  if (rects.length === 0) return { grey, height };
  const keep: number[] = [];
  for (let y = 0; y < height; y++) if (!rects.some((r) => y >= r.top && y < r.top + r.height)) keep.push(y);
  const out = Buffer.alloc(width * keep.length);
  keep.forEach((y, i) => grey.copy(out, i * width, y * width, (y + 1) * width));
  return { grey: out, height: keep.length };
}

/** A copy of a grey (or ink) image with the rectangles painted `fill`. */
export function paintedOver(grey: Uint8Array, width: number, rects: readonly Rect[], fill: number): Buffer {
  const out = Buffer.from(grey);
  for (const r of rects) for (let y = r.top; y < r.top + r.height; y++) out.fill(fill, y * width + r.left, y * width + r.left + r.width);
  return out;
}
