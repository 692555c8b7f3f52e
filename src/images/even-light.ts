/**
 * The light across a photographed page evened out before OCR: each pixel divided by the paper's
 * own brightness around it (flat-field correction), so paper in a hand's shadow, under a lamp's
 * fall-off or a page's curl all become the same white and the text stays dark. Tesseract
 * binarises a page with one global threshold (Otsu): on a page whose paper ranges from light to
 * mid grey, a sparse page's threshold (an envelope, a postcard) fell between two shades of paper
 * and it read nothing at all; local contrast stretching (CLAHE) lifts the shading as much as the
 * text.
 *
 * The paper's brightness: a copy {@link STEP}× smaller (averaging), a maximum filter over
 * {@link RADIUS} of its pixels each way (the text is darker than the paper around it and goes; a
 * character up to ~2·RADIUS·STEP px wide is taken out), a light blur, scaled back up.
 */
import sharp from 'sharp';

/** The paper's brightness is found on a copy this many times smaller. */
const STEP = 8;
/** Maximum filter radius on that copy, px (9 × 8 = 72 px window: a page's largest printed characters at ~1,650 px wide). */
const RADIUS = 4;
/** Blur of the brightness (sigma, px on the copy): shading changes slowly. */
const SMOOTH = 2;

/** `grey` (one byte a pixel, dark text on lighter paper) with the paper turned evenly white. */
export async function evenedLight(grey: Buffer, width: number, height: number): Promise<Buffer> {
  const sw = Math.max(1, Math.round(width / STEP));
  const sh = Math.max(1, Math.round(height / STEP));
  const small = await sharp(grey, { raw: { width, height, channels: 1 } }).resize(sw, sh, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
  const paper = await sharp(maxFiltered(small, sw, sh, RADIUS), { raw: { width: sw, height: sh, channels: 1 } })
    .blur(SMOOTH)
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return divided(grey, paper);
}

/**
 * How evenly lit the paper is: the darkest paper's brightness as a share of the brightest's (the 5th and 95th percentiles of
 * the paper's brightness, found as {@link evenedLight} finds it), 1 for an evenly lit page; a hand's or a phone's shadow over
 * part of the page, or a lamp's fall-off, gives ~0.35–0.55.
 */
export async function lightEvenness(grey: Buffer, width: number, height: number): Promise<number> {
  const sw = Math.max(1, Math.round(width / STEP));
  const sh = Math.max(1, Math.round(height / STEP));
  const small = await sharp(grey, { raw: { width, height, channels: 1 } }).resize(sw, sh, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
  const paper = [...maxFiltered(small, sw, sh, RADIUS)].sort((a, b) => a - b);
  const at = (q: number) => paper[Math.min(paper.length - 1, Math.floor(q * paper.length))]!;
  return at(0.05) / Math.max(1, at(0.95));
}

/** Each pixel of `grey` as a share of the paper's brightness there, 0–255 (255 = as bright as the paper or brighter). */
export function divided(grey: Uint8Array, paper: Uint8Array): Buffer {
  const out = Buffer.alloc(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = Math.min(255, Math.round((grey[i]! * 255) / Math.max(1, paper[i]!)));
  return out;
}

/** The largest value within `r` pixels each way (a square window; separable, edges clamped). */
export function maxFiltered(values: Uint8Array, width: number, height: number, r: number): Buffer {
  const across = Buffer.alloc(values.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let m = 0;
      for (let xx = Math.max(0, x - r); xx <= Math.min(width - 1, x + r); xx++) m = Math.max(m, values[row + xx]!);
      across[row + x] = m;
    }
  }
  const out = Buffer.alloc(values.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let m = 0;
      for (let yy = Math.max(0, y - r); yy <= Math.min(height - 1, y + r); yy++) m = Math.max(m, across[yy * width + x]!);
      out[y * width + x] = m;
    }
  }
  return out;
}
