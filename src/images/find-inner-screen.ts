/**
 * A screenshot shown inside another screen: a phone's photo viewer (or a gallery, a chat's image
 * viewer) showing an earlier screenshot, screenshotted again. The resident means the screenshot
 * inside, not the viewer around it: the viewer's bar (the date it was taken, a back arrow) and its
 * buttons (共有, 編集, 削除) are not the message, and read together with the inner screen they
 * run into its lines. The inner screen is found from the pixels: a large rectangle with straight
 * left and right sides at even margins, on a plain surround (the viewer's black) that shows on
 * both sides of nearly every row. Pure: raw RGB in, a rectangle out.
 */
import { far, SAME_COLOUR, type Rect } from './find-bubbles.ts';

/** The inner screen is at least this share of the width wide and of the height high. */
const MIN_WIDTH = 0.6;
const MIN_HEIGHT = 0.5;
/** Each side's margin is at least this share of the width (a screen's own edge is not a margin), and the two agree within this share. */
const MIN_MARGIN = 0.015;
const EVEN = 0.03;
/** Rows from the middle whose sides are in place: at least this share of those between 30 % and 70 % of the height. */
const SIDES_HOLD = 0.9;
/** A side stays within this many pixels. */
const WOBBLE = 2;

/** The rectangle of a screen shown inside the screenshot `width` × `height` (RGB, 3 bytes a pixel), or null. */
export function innerScreen(rgb: Uint8Array, width: number, height: number): Rect | null {
  const mid = Math.floor(height / 2);
  const surround = [rgb[mid * width * 3]!, rgb[mid * width * 3 + 1]!, rgb[mid * width * 3 + 2]!];
  const zone = Math.round(width * (1 - MIN_WIDTH) / 2) + 1;
  const leftOf = (y: number) => {
    for (let x = 0; x < zone; x++) if (far(rgb, (y * width + x) * 3, surround, SAME_COLOUR)) return x;
    return -1;
  };
  const rightOf = (y: number) => {
    for (let x = width - 1; x >= width - zone; x--) if (far(rgb, (y * width + x) * 3, surround, SAME_COLOUR)) return x;
    return -1;
  };
  // The commonest left and right sides over the middle rows.
  const from = Math.round(height * 0.3);
  const to = Math.round(height * 0.7);
  const lefts = new Map<number, number>();
  const rights = new Map<number, number>();
  for (let y = from; y < to; y++) {
    const l = leftOf(y);
    const r = rightOf(y);
    if (l >= 0) lefts.set(l, (lefts.get(l) ?? 0) + 1);
    if (r >= 0) rights.set(r, (rights.get(r) ?? 0) + 1);
  }
  const commonest = (m: Map<number, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
  const left = commonest(lefts);
  const right = commonest(rights);
  if (left < 0 || right < 0) return null;
  const marginL = left;
  const marginR = width - 1 - right;
  if (marginL < width * MIN_MARGIN || marginR < width * MIN_MARGIN || Math.abs(marginL - marginR) > width * EVEN) return null;
  const inPlace = (y: number) => Math.abs(leftOf(y) - left) <= WOBBLE && Math.abs(rightOf(y) - right) <= WOBBLE;
  let held = 0;
  for (let y = from; y < to; y++) if (inPlace(y)) held++;
  if (held < (to - from) * SIDES_HOLD) return null;
  // Up and down from the middle while the sides stay in place.
  let top = mid;
  while (top > 0 && inPlace(top - 1)) top--;
  let bottom = mid;
  while (bottom < height - 1 && inPlace(bottom + 1)) bottom++;
  const rect = { left, top, width: right - left + 1, height: bottom - top + 1 };
  if (rect.width < width * MIN_WIDTH || rect.height < height * MIN_HEIGHT) return null;
  return rect;
}
