import sharp from 'sharp';

/**
 * The skew of text lines in a photo of paper, found from its pixels: ink is marked (darker than
 * its blurred surroundings, so uneven light does not matter), then for each trial angle the ink
 * is counted per row as if the image were turned back by that angle; the angle whose row counts
 * vary most (lines and gaps sharply apart) is the skew. Searched on a copy at most
 * `SEARCH_WIDTH` px wide, coarse then fine, so it costs tens of milliseconds.
 *
 * The angle is in sharp's sense (degrees, positive = turned clockwise): `sharp.rotate(-angle)` straightens it.
 */

/** Widest copy searched, px. */
const SEARCH_WIDTH = 800;
/** Angles tried, degrees: −MAX_ANGLE … +MAX_ANGLE in COARSE_STEP, then ±COARSE_STEP around the best in FINE_STEP. */
const MAX_ANGLE = 8;
const COARSE_STEP = 0.5;
const FINE_STEP = 0.1;
/** A pixel this much darker than its surroundings (blurred) is ink. */
const INK_CONTRAST = 25;
/** Fewer ink pixels than this share of the image: nothing to measure. */
const MIN_INK_SHARE = 0.002;

/** Skew of marked ink pixels (1 = ink) in a width × height grid, degrees; 0 when there is too little ink. */
export function skewOfInk(ink: Uint8Array, width: number, height: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (ink[row + x]) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < MIN_INK_SHARE * width * height) return 0;
  const pad = Math.ceil(width * Math.sin((MAX_ANGLE + 1) * (Math.PI / 180)));
  const rows = new Float64Array(height + 2 * pad + 2);
  const score = (deg: number): number => {
    const a = deg * (Math.PI / 180);
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) {
      // Turning back a clockwise turn by `a`: a line y = x·tan(a) lands on one row.
      const r = Math.round(ys[i]! * cos - xs[i]! * sin) + pad;
      if (r >= 0 && r < rows.length) rows[r]!++;
    }
    // The total is fixed, so the sum of squares ranks the angles as the variance does.
    let s = 0;
    for (let r = 0; r < rows.length; r++) s += rows[r]! * rows[r]!;
    return s;
  };
  const best = (from: number, to: number, step: number): number => {
    let bestAngle = 0;
    let bestScore = -1;
    const n = Math.round((to - from) / step);
    for (let i = 0; i <= n; i++) {
      const deg = from + i * step;
      const s = score(deg);
      // Ties go to the angle nearer 0 (no turn is the safer guess).
      if (s > bestScore || (s === bestScore && Math.abs(deg) < Math.abs(bestAngle))) {
        bestScore = s;
        bestAngle = deg;
      }
    }
    return bestAngle;
  };
  const coarse = best(-MAX_ANGLE, MAX_ANGLE, COARSE_STEP);
  const fine = best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine * 10) / 10;
}

/** Skew of the text in a one-channel grey image (raw bytes, dark text on light), degrees. */
export async function estimateSkew(grey: Buffer, width: number, height: number): Promise<number> {
  const raw = { raw: { width, height, channels: 1 as const } };
  const small = width > SEARCH_WIDTH ? await sharp(grey, raw).resize({ width: SEARCH_WIDTH }).extractChannel(0).raw().toBuffer({ resolveWithObject: true }) : { data: grey, info: { width, height } };
  const w = small.info.width;
  const h = small.info.height;
  const blurred = await sharp(small.data, { raw: { width: w, height: h, channels: 1 } }).blur(12).extractChannel(0).raw().toBuffer();
  const ink = new Uint8Array(w * h);
  for (let i = 0; i < ink.length; i++) if (small.data[i]! + INK_CONTRAST < blurred[i]!) ink[i] = 1;
  return skewOfInk(ink, w, h);
}
