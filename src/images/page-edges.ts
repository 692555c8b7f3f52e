/**
 * The dark strips along a flattened page's edges (the desk, the page's own edge in shadow, a
 * curl that the four corners did not take in) turned white before OCR. Tesseract took such a
 * strip for a picture or a column of the page: the lines beside it were read worse or not at all,
 * and a strip running the page's height joined every row into one, so the page's columns could not
 * be told apart (find-columns.ts).
 *
 * A pixel is cleared when it is darker than {@link DARK} (the page's light already evened: paper is
 * near white) and joined to the image's edge through such pixels, all within {@link MARGIN} of the
 * width or height from that edge: a page's printed text keeps a wider margin. Pure.
 */

/** Darker than this is part of a strip (paper evened to ~255; text, a strip ≲ 150). */
const DARK = 200;
/** Strips are looked for this share of the smaller side in from each edge. */
const MARGIN = 0.03;

/** A copy of `grey` (one byte a pixel, light evened) with dark areas joined to its edge, near the edge, made white. */
export function clearedEdges(grey: Uint8Array, width: number, height: number): Buffer {
  const copy = Buffer.from(grey);
  const m = Math.max(1, Math.round(Math.min(width, height) * MARGIN));
  const near = (x: number, y: number) => x < m || y < m || x >= width - m || y >= height - m;
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const i = y * width + x;
    if (seen[i] || copy[i]! >= DARK) return;
    seen[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < width; x++) {
    push(x, 0);
    push(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    push(0, y);
    push(width - 1, y);
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    copy[i] = 255;
    const x = i % width;
    const y = (i - x) / width;
    if (x > 0 && near(x - 1, y)) push(x - 1, y);
    if (x < width - 1 && near(x + 1, y)) push(x + 1, y);
    if (y > 0 && near(x, y - 1)) push(x, y - 1);
    if (y < height - 1 && near(x, y + 1)) push(x, y + 1);
  }
  return copy;
}
