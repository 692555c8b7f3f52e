/**
 * Notification panels of a lock screen, found from its pixels: cards with even margins laid
 * over a wallpaper (a photo or a gradient, so the screen is not flat colour and would otherwise
 * be taken for a photo of paper). Each panel's straight left and right sides are sharp steps in
 * colour at the same distance from the screen's edges on many rows in a row; the clock, the date
 * and the wallpaper around them are not panels. In a panel, the first row of text is the app's
 * (its icon, its name and when: 「メッセージ　今」), and a bold row under it is the sender
 * (a phone number or a name, which a resident retyping the message leaves out, as they leave
 * out a chat's header): both are left out when the panel holds more rows. Pure: raw RGB in,
 * rectangles and row ranges out.
 */
import type { Rect } from './find-bubbles.ts';

export interface Panel extends Rect {
  /** Rows (relative to the panel's top) of the text to read: the app's row and the sender's left out. */
  textTop: number;
  /** The bottom (relative to the panel's top) of the app's row (icon, name, when), when the panel holds more rows after it; else 0. */
  appRowBottom: number;
  /** Grey level of the panel's fill, and the mean grey of its text (lighter on a dark panel). */
  fillGrey: number;
  inkGrey: number;
}

/** A panel's side lies within this share of the width from the screen's edge. */
const MAX_MARGIN = 0.1;
/** The two sides' distances from the edges agree within this share of the width. */
const EVEN = 0.012;
/** A side is a step of at least this much (sum over the channels) that holds for a few pixels (not a thin line). */
const STEP = 60;
/** A side stays within this many pixels from row to row. */
const SIDE_WOBBLE = 2;
/** A panel is at least this share of the screen's height high (two lines of text), at most this (a page in a photo is taller). */
const MIN_HEIGHT = 0.035;
const MAX_HEIGHT = 0.4;
/** Beyond a panel's straight sides, within this share of the width (past its rounded corners), its sides end: */
const CORNER_WINDOW = 0.05;
/** sides found nearly in place on this share of those rows go on (the edges of a larger sheet). */
const CONTINUES = 0.7;
/** Ink differs from the panel's fill by this much in grey. */
const INK_DIFF = 60;
/** A row of text is bold (the sender) when its strokes are this much thicker than the body's. */
const BOLD = 1.2;

const grey = (rgb: Uint8Array, i: number) => (rgb[i * 3]! * 54 + rgb[i * 3 + 1]! * 183 + rgb[i * 3 + 2]! * 19) >> 8;
const diff = (rgb: Uint8Array, i: number, j: number) => Math.abs(rgb[i * 3]! - rgb[j * 3]!) + Math.abs(rgb[i * 3 + 1]! - rgb[j * 3 + 1]!) + Math.abs(rgb[i * 3 + 2]! - rgb[j * 3 + 2]!);

/** The x of the first lasting step in colour from the left (or, `fromRight`, from the right) within the margin zone of row y, or -1. */
function sideOf(rgb: Uint8Array, width: number, y: number, fromRight: boolean, step = STEP): number {
  const zone = Math.round(width * MAX_MARGIN);
  const at = (x: number) => y * width + (fromRight ? width - 1 - x : x);
  for (let x = 3; x < zone; x++) {
    if (diff(rgb, at(x - 3), at(x)) < step) continue;
    // It lasts: a few pixels further in are as far from the outside.
    if (diff(rgb, at(x - 3), at(x + 3)) >= step && diff(rgb, at(x - 3), at(x + 6)) >= step) return x;
    return -1;
  }
  return -1;
}

/** The rows of a screen whose two sides (steps of at least `step`) lie at even margins, as runs of rows whose sides stay put. */
function evenSidedRuns(rgb: Uint8Array, width: number, height: number, step: number): { sides: Int32Array; runs: { top: number; bottom: number; left: number; right: number }[] } {
  const sides = new Int32Array(height * 2).fill(-1);
  for (let y = 0; y < height; y++) {
    const left = sideOf(rgb, width, y, false, step);
    if (left < 0) continue;
    const right = sideOf(rgb, width, y, true, step);
    if (right < 0 || Math.abs(left - right) > width * EVEN) continue;
    sides[y * 2] = left;
    sides[y * 2 + 1] = right;
  }
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  let y = 0;
  while (y < height) {
    if (sides[y * 2]! < 0) {
      y++;
      continue;
    }
    const left = sides[y * 2]!;
    const right = sides[y * 2 + 1]!;
    let end = y;
    while (end + 1 < height && Math.abs(sides[(end + 1) * 2]! - left) <= SIDE_WOBBLE && Math.abs(sides[(end + 1) * 2 + 1]! - right) <= SIDE_WOBBLE) end++;
    runs.push({ top: y, bottom: end, left, right });
    y = end + 1;
  }
  return { sides, runs };
}

/**
 * On a flat screenshot (a phone's notification shade: cards on a plain page, one under the other),
 * a side is a step of this much only (sum over the channels): a dark shade's cards differ from its
 * page by ~13 grey levels, a light one's by ~15; a flat screenshot has no wallpaper to mistake.
 */
const FLAT_STEP = 24;
/** A list of cards holds at least this many, of which at least this many have an app's row over more text. */
const MIN_CARDS = 3;
const MIN_APP_CARDS = 2;

/**
 * The cards of a flat portrait screenshot laid one under the other at the same even margins (the
 * notification shade: each card an app's row — its icon, name and when —, a bold title, the
 * text), top to bottom; empty unless at least {@link MIN_CARDS} are found, {@link MIN_APP_CARDS}
 * of them with an app's row. Unlike a lock screen's panels (findPanels), cards in a list follow
 * each other a few pixels apart, so a side going on past a card's end is the next card, not a
 * sheet of paper. Quick-settings tiles side by side count as one card of a single row (no app row).
 */
export function findCards(rgb: Uint8Array, width: number, height: number): Panel[] {
  const { runs } = evenSidedRuns(rgb, width, height, FLAT_STEP);
  const cards: Panel[] = [];
  for (const r of runs) {
    const rows = r.bottom - r.top + 1;
    if (rows < height * MIN_HEIGHT || rows > height * MAX_HEIGHT) continue;
    const card = panelOf(rgb, width, { left: r.left + 2, top: r.top, width: width - r.left - r.right - 4, height: rows });
    if (card) cards.push(card);
  }
  if (cards.length < MIN_CARDS || cards.filter((c) => c.appRowBottom > 0).length < MIN_APP_CARDS) return [];
  return cards;
}

/** The notification panels of a portrait screen `width` × `height` (RGB, 3 bytes a pixel), top to bottom. */
export function findPanels(rgb: Uint8Array, width: number, height: number): Panel[] {
  // Runs of rows whose sides stay put.
  const { sides, runs } = evenSidedRuns(rgb, width, height, STEP);
  // A panel stands alone: its sides end at its rounded corners. Sides that go on, drifting a little, above or below it
  // are the edges of something larger (a sheet of paper in a photo, turned slightly).
  const window = Math.round(width * CORNER_WINDOW);
  const goesOn = (r: (typeof runs)[number], from: number, step: 1 | -1) => {
    let near = 0;
    for (let k = 1; k <= window; k++) {
      const yy = from + step * k;
      if (yy < 0 || yy >= height) return false;
      if (sides[yy * 2]! >= 0 && Math.abs(sides[yy * 2]! - r.left) <= width * EVEN && Math.abs(sides[yy * 2 + 1]! - r.right) <= width * EVEN) near++;
    }
    return near >= window * CONTINUES;
  };
  const panels: Panel[] = [];
  for (const r of runs) {
    const rows = r.bottom - r.top + 1;
    if (rows < height * MIN_HEIGHT || rows > height * MAX_HEIGHT || goesOn(r, r.bottom, 1) || goesOn(r, r.top, -1)) continue;
    const panel = panelOf(rgb, width, { left: r.left + 2, top: r.top, width: width - r.left - r.right - 4, height: rows });
    if (panel) panels.push(panel);
  }
  return panels;
}

/** The panel's fill and text, and the row its message starts at; null when it holds no text. */
function panelOf(rgb: Uint8Array, width: number, box: Rect): Panel | null {
  const counts = new Uint32Array(256);
  for (let y = box.top; y < box.top + box.height; y += 2) for (let x = box.left; x < box.left + box.width; x += 2) counts[grey(rgb, y * width + x)]!++;
  let fillGrey = 0;
  for (let g = 1; g < 256; g++) if (counts[g]! > counts[fillGrey]!) fillGrey = g;
  // Rows of text: runs of rows holding ink; for each, its ink and how many strokes cross it (for the stroke width).
  const rows: { top: number; bottom: number; ink: number; runs: number; inkSum: number }[] = [];
  let current: (typeof rows)[number] | null = null;
  for (let y = box.top; y < box.top + box.height; y++) {
    let ink = 0;
    let runs = 0;
    let inkSum = 0;
    let inside = false;
    for (let x = box.left; x < box.left + box.width; x++) {
      const g = grey(rgb, y * width + x);
      const isInk = Math.abs(g - fillGrey) >= INK_DIFF;
      if (isInk) {
        ink++;
        inkSum += g;
        if (!inside) runs++;
      }
      inside = isInk;
    }
    if (ink === 0) {
      current = null;
      continue;
    }
    if (!current) rows.push((current = { top: y, bottom: y, ink: 0, runs: 0, inkSum: 0 }));
    current.bottom = y;
    current.ink += ink;
    current.runs += runs;
    current.inkSum += inkSum;
  }
  // Rows of a pixel or two are specks, not text.
  const text = rows.filter((r) => r.bottom - r.top >= 4);
  if (text.length === 0) return null;
  const inkGrey = text.reduce((s, r) => s + r.inkSum, 0) / Math.max(1, text.reduce((s, r) => s + r.ink, 0));
  const stroke = (r: (typeof text)[number]) => r.ink / Math.max(1, r.runs);
  let first = 0;
  // The app's row (its icon, its name, when) comes first when more follows.
  if (text.length >= 2) first = 1;
  // The sender: a bold row under it, when the message has rows of its own after it.
  if (text.length - first >= 2) {
    const rest = text.slice(first + 1).map(stroke).sort((a, b) => a - b);
    const body = rest[Math.floor(rest.length / 2)]!;
    if (stroke(text[first]!) >= body * BOLD) first++;
  }
  const textTop = Math.max(0, text[first]!.top - 4 - box.top);
  const appRowBottom = text.length >= 2 ? text[0]!.bottom + 1 - box.top : 0;
  return { ...box, textTop, appRowBottom, fillGrey, inkGrey };
}
