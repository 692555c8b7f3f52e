/**
 * Ruled lines (a table's borders, underlines, a frame around a title) taken out of a page
 * before OCR: Tesseract reads a row of text that touches or sits between long lines poorly or
 * not at all — a letter's table with the fee and the phone number came out empty. A pixel is
 * ink when it is clearly darker than its blurred surroundings (so uneven light does not
 * matter); a horizontal run of ink far longer than any character (allowing the line to wander
 * by a pixel, as a photographed line does) or a vertical one taller than a few text lines is a
 * rule, and its pixels are set to the surroundings' grey. Pure but for sharp's blur.
 */
import sharp from 'sharp';

/** A pixel this much darker than its surroundings is ink. */
const INK_CONTRAST = 40;
/** A fainter run of ink (this much darker than its surroundings) is a rule when it runs across at least {@link MIN_FAINT_RULE} of the width. */
const FAINT_CONTRAST = 14;
const MIN_FAINT_RULE = 0.3;
/** Around a rule, a pixel this much darker than its surroundings is part of the line's edge. */
const EDGE_CONTRAST = 12;
/** A horizontal rule is at least this share of the width; a vertical one this share of the height. */
const MIN_H_RULE = 0.12;
const MIN_V_RULE = 0.05;

export async function withoutRules(grey: Buffer, width: number, height: number): Promise<Buffer> {
  const background = await sharp(grey, { raw: { width, height, channels: 1 } }).blur(10).extractChannel(0).raw().toBuffer();
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) if (grey[i]! + INK_CONTRAST < background[i]!) ink[i] = 1;
  // Pale rules (a memo pad's light blue lines, in a shadow fainter still) are only a little darker than the paper: a fainter
  // run counts too when it is far longer than a rule must be (text is never that faint and that long).
  const faint = new Uint8Array(width * height);
  for (let i = 0; i < faint.length; i++) if (grey[i]! + FAINT_CONTRAST < background[i]!) faint[i] = 1;
  const out = Buffer.from(grey);
  // A rule's pixels and its soft edge (a photographed line is a few pixels thick and blurred): anything darker than the surroundings within a pixel of it.
  const erase = (i: number, across: number) => {
    for (const j of [i - across, i, i + across]) if (j >= 0 && j < out.length && grey[j]! + EDGE_CONTRAST < background[j]!) out[j] = background[j]!;
  };
  const horizontal = (marks: Uint8Array, minH: number) => {
    for (let y = 0; y < height; y++) {
      let start = -1;
      for (let x = 0; x <= width; x++) {
        const i = y * width + x;
        const on = x < width && (marks[i] || (y > 0 && marks[i - width]) || (y < height - 1 && marks[i + width]));
        if (on && start < 0) start = x;
        if (!on && start >= 0) {
          if (x - start >= minH) for (let k = start; k < x; k++) erase(y * width + k, width);
          start = -1;
        }
      }
    }
  };
  horizontal(ink, Math.round(width * MIN_H_RULE));
  horizontal(faint, Math.round(width * MIN_FAINT_RULE));
  const minV = Math.round(height * MIN_V_RULE);
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const i = y * width + x;
      const on = y < height && (ink[i] || (x > 0 && ink[i - 1]) || (x < width - 1 && ink[i + 1]));
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= minV) for (let k = start; k < y; k++) erase(k * width + x, 1);
        start = -1;
      }
    }
  }
  return out;
}
