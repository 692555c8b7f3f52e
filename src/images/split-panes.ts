/**
 * A phone's split screen: two apps one above the other, each in its own pane (a rounded area of
 * its own fill) on the screen's frame colour, with a strip of that colour (and a small handle)
 * between them. Read whole, the two run together: an SMS above and the web page its link opened
 * below make one text that is neither. Found from the pixels before any OCR, so that each pane
 * can be read as a screenshot of its own (prepare-image.ts). Pure: raw RGB in, rectangles out.
 */
import { far, SAME_COLOUR, type Rect } from './find-bubbles.ts';

/** The frame shows down both sides of the screen on at least this share of its rows (the panes are inset from the edges). */
const FRAME_SIDES = 0.9;
/** The strip between the panes lies in this middle part of the height, and is at least this share of it high. */
const DIVIDER_FROM = 0.2;
const DIVIDER_TO = 0.8;
const DIVIDER_MIN = 0.004;
/** A row of the strip is of the frame's colour on at least this share of it (the handle in its middle is small). */
const DIVIDER_PLAIN = 0.9;
/** A pane's margins are looked at this share of the width in from the screen's sides (the frame shows ~0.01 wide). */
const PANE_PROBE = 0.025;
/** Each pane is at least this share of the height high. */
const PANE_MIN = 0.2;
/** A pane's own fill (its commonest colour, unlike the frame's) covers at least this share of it (a page, not a dark picture). */
const PANE_FILL = 0.4;

/** The two panes of a split screen `width` × `height` (RGB), top first, and the frame's colour; null when the screen is not split so. */
export function splitPanes(rgb: Uint8Array, width: number, height: number): { panes: [Rect, Rect]; frame: [number, number, number] } | null {
  const at = (x: number, y: number) => (y * width + x) * 3;
  const mid = at(1, Math.floor(height / 2));
  const frame: [number, number, number] = [rgb[mid]!, rgb[mid + 1]!, rgb[mid + 2]!];
  let sides = 0;
  for (let y = 0; y < height; y++) if (!far(rgb, at(1, y), frame, SAME_COLOUR) && !far(rgb, at(width - 2, y), frame, SAME_COLOUR)) sides++;
  if (sides < height * FRAME_SIDES) return null;
  const offShare = (y: number) => {
    let off = 0;
    for (let x = 0; x < width; x += 2) if (far(rgb, at(x, y), frame, SAME_COLOUR)) off++;
    return off / Math.ceil(width / 2);
  };
  const shares = Float32Array.from({ length: height }, (_, y) => offShare(y));
  // The strip: the longest run of rows of the frame's colour in the middle part.
  let best: { top: number; bottom: number } | null = null;
  for (let y = Math.round(height * DIVIDER_FROM); y < height * DIVIDER_TO; y++) {
    if (shares[y]! > 1 - DIVIDER_PLAIN) continue;
    let end = y;
    while (end + 1 < height * DIVIDER_TO && shares[end + 1]! <= 1 - DIVIDER_PLAIN) end++;
    if (!best || end - y > best.bottom - best.top) best = { top: y, bottom: end };
    y = end;
  }
  if (!best || best.bottom - best.top + 1 < height * DIVIDER_MIN) return null;
  // Each pane: the rows next to the strip whose margins, a little in from both sides, are off the frame's colour (a line of
  // dark text across a pane leaves its margins in the pane's fill).
  const probe = Math.round(width * PANE_PROBE);
  const inPane = (y: number) => far(rgb, at(probe, y), frame, SAME_COLOUR) && far(rgb, at(width - 1 - probe, y), frame, SAME_COLOUR);
  let top = best.top - 1;
  while (top >= 0 && !inPane(top)) top--;
  let upper = top;
  while (upper - 1 >= 0 && inPane(upper - 1)) upper--;
  let bottom = best.bottom + 1;
  while (bottom < height && !inPane(bottom)) bottom++;
  let lower = bottom;
  while (lower + 1 < height && inPane(lower + 1)) lower++;
  if (top - upper + 1 < height * PANE_MIN || lower - bottom + 1 < height * PANE_MIN) return null;
  const pane = (y0: number, y1: number): Rect | null => {
    // Its sides: where its middle row leaves the frame's colour.
    const mid = Math.floor((y0 + y1) / 2);
    let left = 0;
    while (left < width && !far(rgb, at(left, mid), frame, SAME_COLOUR)) left++;
    let right = width - 1;
    while (right > left && !far(rgb, at(right, mid), frame, SAME_COLOUR)) right--;
    // (A few pixels in: its edge blends with the frame, and a column of that blend at the crop's side is taken for the page.)
    const inset = Math.max(2, Math.round(width * EDGE_INSET));
    const rect = { left: left + inset, top: y0, width: right - left + 1 - 2 * inset, height: y1 - y0 + 1 };
    return paneFilled(rgb, width, rect, frame) ? rect : null;
  };
  const a = pane(upper, top);
  const b = pane(bottom, lower);
  return a && b ? { panes: [a, b], frame } : null;
}

/** A pane is cut this share of the width in from its sides. */
const EDGE_INSET = 0.004;

/** A pane's rounded corners reach this share of its width in. */
const CORNER = 0.05;

/**
 * A pane cut out (RGB, `width` × `height`) with the frame's colour in its rounded corners painted with the pane's own (the
 * pixel inside each corner): left there, the four corners would make one area across the whole pane, taken for a band of
 * the app's chrome that everything lies in (find-bubbles.ts).
 */
export function cornersFilled(rgb: Uint8Array, width: number, height: number, frame: readonly number[]): Uint8Array {
  const out = Uint8Array.from(rgb);
  const r = Math.max(2, Math.round(width * CORNER));
  for (const [cx, cy, dx, dy] of [[0, 0, 1, 1], [width - 1, 0, -1, 1], [0, height - 1, 1, -1], [width - 1, height - 1, -1, -1]] as const) {
    const inner = ((cy + dy * Math.min(r, height - 1)) * width + cx + dx * Math.min(r, width - 1)) * 3;
    const fill = [out[inner]!, out[inner + 1]!, out[inner + 2]!];
    for (let j = 0; j < Math.min(r, height); j++)
      for (let i = 0; i < Math.min(r, width); i++) {
        const p = ((cy + dy * j) * width + cx + dx * i) * 3;
        // (The blend of frame and pane at the curve counts as frame: a darker rim would stay a ring.)
        if (!far(out, p, fill, SAME_COLOUR)) continue;
        if (Math.abs(greyLevel(out, p) - greyLevel(Uint8Array.from(frame), 0)) > Math.abs(greyLevel(out, p) - greyLevel(Uint8Array.from(fill), 0))) continue;
        out.set(fill, p);
      }
  }
  return out;
}

const greyLevel = (rgb: Uint8Array, p: number) => (rgb[p]! * 54 + rgb[p + 1]! * 183 + rgb[p + 2]! * 19) >> 8;

/** Whether the pane's commonest colour (sampled), unlike the frame's, covers at least {@link PANE_FILL} of it. */
function paneFilled(rgb: Uint8Array, width: number, r: Rect, frame: readonly number[]): boolean {
  const counts = new Map<number, number>();
  let n = 0;
  for (let y = r.top; y < r.top + r.height; y += 3)
    for (let x = r.left; x < r.left + r.width; x += 3) {
      const p = (y * width + x) * 3;
      const key = ((rgb[p]! >> 4) << 8) | ((rgb[p + 1]! >> 4) << 4) | (rgb[p + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      n++;
    }
  let bestKey = -1;
  let bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) [bestKey, bestCount] = [k, c];
  const fill = [((bestKey >> 8) & 15) * 16 + 8, ((bestKey >> 4) & 15) * 16 + 8, (bestKey & 15) * 16 + 8];
  return n > 0 && bestCount >= n * PANE_FILL && far(Uint8Array.from(fill), 0, frame, SAME_COLOUR * 2);
}
