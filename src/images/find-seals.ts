/**
 * Red seals (a company's square 角印 or a round 丸印, stamped beside or over the sender's name)
 * and the red digit boxes of a postal code found on a photographed page and their red ink washed out of the grey image OCR reads. In grey,
 * red ink is as dark as black text: Tesseract read the seal's carved characters as a line of
 * stray text (「|ンバー」「カード」), or as vertical writing, and a seal over the sender's name
 * garbled the name. The black text under a seal stays: only the red pixels turn light.
 *
 * A seal: a connected area of red pixels (red clearly above green and blue, in any light) whose
 * box is near square, between {@link MIN_SIDE} and {@link MAX_SIDE} of the page's width, and
 * framed — red found close inside each of its four sides (a square seal) or all round its
 * inscribed circle (a round one). Red text (a flyer's phone number, a 「在中」 box, which is
 * long) is not framed so and stays. Pure.
 */

import type { Rect } from './find-bubbles.ts';

export type SealBox = Rect;

/** A postal code's digit box: a side of at least this share of the image's width, at most this share of its middle red (a digit box is empty of red). */
const MIN_DIGIT_BOX = 0.012;
const MAX_DIGIT_BOX_RED = 0.15;
/** At least this many digit boxes of one size side by side. */
const MIN_ROW = 3;
/** Inside a seal (its middle, this share of its box each way) its carved characters leave paper showing: at most {@link MAX_INNER_RED} of it is red (a solid red block is not a seal). */
const INNER = 0.4;
const MAX_INNER_RED = 0.7;
/** Around a seal, a pixel whose red exceeds its green and blue by at least this much (and a share of itself) is the seal's ink. */
const EDGE_RED = 24;
/** Red: the red channel above this… */
const MIN_RED = 60;
/** …and above the larger of green and blue by this share of itself (paper under warm, dim light stays below ~0.25). */
const RED_SHARE = 0.35;
/** A seal's side, as a share of the image's width (a letter's text is ~0.015, a seal on a photographed A4 page ~0.06–0.1). */
const MIN_SIDE = 0.04;
const MAX_SIDE = 0.2;
/** Width / height within these. */
const MIN_ASPECT = 0.7;
const MAX_ASPECT = 1.43;
/** A frame: red found within this share of the side inward from the edge… */
const FRAME_DEPTH = 0.15;
/** …at this share of the places along each side (square) or round the circle (round). */
const FRAME_HITS = 0.7;

function isRed(rgb: Uint8Array, p: number): boolean {
  const r = rgb[p]!;
  return r > MIN_RED && r - Math.max(rgb[p + 1]!, rgb[p + 2]!) > RED_SHARE * r;
}

/**
 * The seals in an RGB image (3 bytes a pixel), in its pixels; with `page` (the page's corners found in the photo), only those on
 * it (a wooden desk in warm, dim light is red enough, and its grain can frame a square).
 */
export function findSeals(rgb: Uint8Array, width: number, height: number, page?: readonly (readonly [number, number])[]): SealBox[] {
  const n = width * height;
  const red = new Uint8Array(n);
  for (let i = 0, p = 0; i < n; i++, p += 3) if (isRed(rgb, p)) red[i] = 1;
  const seen = new Uint8Array(n);
  const seals: SealBox[] = [];
  const digitBoxes: SealBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (!red[start] || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      // 8-connected, and across a one-pixel gap (a worn stamp's frame is broken here and there).
      for (let dy = -2; dy <= 2; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -2; dx <= 2; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (red[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    const box = { left: x0, top: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
    // Cut by the photo's edge: the desk or the room, not a stamp on the page.
    if (x0 === 0 || y0 === 0 || x1 === width - 1 || y1 === height - 1) continue;
    const aspect = box.width / box.height;
    if (aspect < MIN_ASPECT || aspect > MAX_ASPECT || box.width > MAX_SIDE * width || box.height > MAX_SIDE * width) continue;
    if (box.width >= MIN_SIDE * width && box.height >= MIN_SIDE * width) {
      if (innerRedShare(red, width, box) <= MAX_INNER_RED && (squareFramed(red, width, box) || roundFramed(red, width, box))) seals.push(box);
    } else if (box.width >= MIN_DIGIT_BOX * width && box.height >= MIN_DIGIT_BOX * width && innerRedShare(red, width, box) <= MAX_DIGIT_BOX_RED && squareFramed(red, width, box)) {
      digitBoxes.push(box);
    }
  }
  const found = [...seals, ...inRows(digitBoxes)];
  return page ? found.filter((b) => inside(page, b.left + b.width / 2, b.top + b.height / 2)) : found;
}

/** Whether (x, y) lies inside the polygon (even–odd rule). */
function inside(polygon: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/**
 * Digit boxes in a row (an envelope's or a postcard's postal code, 〒 □□□-□□□□): small empty red
 * squares, at least {@link MIN_ROW} of a size side by side. Their red frames go; the digits written
 * in them stay. A lone small red square (a red 「口」) is not one.
 */
function inRows(boxes: readonly SealBox[]): SealBox[] {
  return boxes.filter((b) => {
    const alike = boxes.filter((o) => Math.abs(o.top + o.height / 2 - (b.top + b.height / 2)) < b.height / 3 && Math.abs(o.height - b.height) < b.height / 4 && Math.abs(o.left - b.left) < b.width * 2 * MIN_ROW);
    return alike.length >= MIN_ROW;
  });
}

function innerRedShare(red: Uint8Array, width: number, b: SealBox): number {
  const x0 = b.left + Math.round((b.width * (1 - INNER)) / 2);
  const y0 = b.top + Math.round((b.height * (1 - INNER)) / 2);
  const x1 = Math.max(x0 + 1, Math.round(x0 + b.width * INNER));
  const y1 = Math.max(y0 + 1, Math.round(y0 + b.height * INNER));
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += red[y * width + x]!;
  return n / ((x1 - x0) * (y1 - y0));
}

/** Red close inside each of the box's four sides, along most of each. */
function squareFramed(red: Uint8Array, width: number, b: SealBox): boolean {
  const steps = 24;
  const depthX = Math.max(1, Math.round(b.width * FRAME_DEPTH));
  const depthY = Math.max(1, Math.round(b.height * FRAME_DEPTH));
  const at = (x: number, y: number) => red[y * width + x] === 1;
  const side = (hit: (t: number) => boolean) => {
    let hits = 0;
    for (let s = 1; s < steps; s++) if (hit(s / steps)) hits++;
    return hits / (steps - 1) >= FRAME_HITS;
  };
  const right = b.left + b.width - 1;
  const bottom = b.top + b.height - 1;
  const across = (x: number, y: number, dx: number, dy: number, depth: number) => {
    for (let d = 0; d < depth; d++) if (at(x + dx * d, y + dy * d)) return true;
    return false;
  };
  return (
    side((t) => across(b.left + Math.round(t * (b.width - 1)), b.top, 0, 1, depthY)) &&
    side((t) => across(b.left + Math.round(t * (b.width - 1)), bottom, 0, -1, depthY)) &&
    side((t) => across(b.left, b.top + Math.round(t * (b.height - 1)), 1, 0, depthX)) &&
    side((t) => across(right, b.top + Math.round(t * (b.height - 1)), -1, 0, depthX))
  );
}

/** Red close inside the box's inscribed ellipse, all round it. */
function roundFramed(red: Uint8Array, width: number, b: SealBox): boolean {
  const steps = 48;
  const cx = b.left + (b.width - 1) / 2;
  const cy = b.top + (b.height - 1) / 2;
  const rx = (b.width - 1) / 2;
  const ry = (b.height - 1) / 2;
  let hits = 0;
  for (let s = 0; s < steps; s++) {
    const a = (2 * Math.PI * s) / steps;
    for (let f = 1; f >= 1 - FRAME_DEPTH; f -= 0.02) {
      const x = Math.round(cx + Math.cos(a) * rx * f);
      const y = Math.round(cy + Math.sin(a) * ry * f);
      if (red[y * width + x] === 1) {
        hits++;
        break;
      }
    }
  }
  return hits / steps >= FRAME_HITS;
}

/**
 * The grey of an RGB image (3 bytes a pixel; `greyOfRgb`, its grey as decoded) whose seals' red pixels (boxes in this image's pixels,
 * widened by a little) are given the paper's grey around them: red ink turns as light as the paper,
 * black text under it stays black.
 */
export function greyWithoutSeals(rgb: Uint8Array, greyOfRgb: Uint8Array, width: number, height: number, seals: readonly SealBox[]): Buffer {
  const grey = Buffer.from(greyOfRgb);
  for (const s of seals) {
    const pad = Math.round(Math.max(s.width, s.height) * 0.05) + 1;
    const x0 = Math.max(0, s.left - pad);
    const x1 = Math.min(width, s.left + s.width + pad);
    const y0 = Math.max(0, s.top - pad);
    const y1 = Math.min(height, s.top + s.height + pad);
    // The paper's grey there: the lightest tenth of the box (a red frame left lighter than the text but darker than the paper
    // still read as 「|」 and garbled the digits in a postal code's boxes).
    const values: number[] = [];
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) values.push(greyOfRgb[y * width + x]!);
    values.sort((a, b) => a - b);
    const paper = values[Math.floor(values.length * 0.9)] ?? 255;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = y * width + x;
        const p = i * 3;
        // Red, or the pinkish blend at the ink's edge — not black text, whose dark pixels a JPEG tints by a few levels of red.
        if (rgb[p]! - Math.max(rgb[p + 1]!, rgb[p + 2]!) > Math.max(0.15 * rgb[p]!, EDGE_RED)) grey[i] = Math.max(grey[i]!, paper);
      }
    }
  }
  return grey;
}
