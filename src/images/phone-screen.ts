/**
 * A phone's screen photographed with another phone: the screen is found and flattened as a page is
 * (find-page.ts), and then read as paper, its status bar, its app header (the sender's name or
 * number, 「もどる」, 「留守番電話」) and its input bar or tab bar included: a resident retyping the
 * message leaves all of them out. A screenshot's reads leave these strips out by their place (the
 * top and bottom shares of the screen, find-bubbles.ts); this does the same for a photographed
 * phone screen, once the flattened page is known to be one.
 *
 * Known as a phone's screen, not paper, by its shape and its status bar: portrait and at least
 * {@link PHONE_RATIO} times higher than wide (a letter is 1.41, a postcard 1.48), with marks at the
 * left of its top strip (the time) and at its right (signal, battery) and none between them. Measured
 * on the flattened pages of sets 1–3's photos: all six phone screens found whole have that strip; no
 * paper photo is that tall, and none has marks at both ends of its top strip with a blank middle.
 * Pure: one grey byte a pixel in, out.
 */

/** A phone's screen is at least this many times higher than wide. */
const PHONE_RATIO = 1.6;
/** The status bar's strip: this share of the width from the top (~4–5 % of a phone's height). */
const STATUS_STRIP = 0.08;
/** Left out along the page's edges (top, left, right), as a share of the width. */
const EDGE_MARGIN = 0.015;
/** A mark differs from the strip's (or the screen's) commonest grey by more than this. */
const INK = 50;
/** The time's and the icons' parts of the strip (shares of the width), each at least this share of its pixels inked… */
const LEFT_PART = 0.2;
const RIGHT_PART = 0.7;
const MIN_PART_INK = 0.015;
/** …and the middle between them nearly blank (a centred title or a letterhead is not a status bar). */
const MAX_MIDDLE_INK = 0.003;
/** The status bar and the app's header lie in this top share of the screen; its input bar, tab bar or home bar in this bottom share. */
const HEADER_SHARE = 0.15;
const FOOTER_SHARE = 0.07;
/** A row holding at most this share of inked pixels is blank (noise, a thin rule's speck). */
const BLANK_ROW = 0.005;

/** The commonest grey level of rows top..bottom. */
function commonestGrey(grey: Uint8Array, width: number, top: number, bottom: number): number {
  const hist = new Uint32Array(256);
  for (let i = top * width; i < bottom * width; i++) hist[grey[i]!]!++;
  let best = 0;
  for (let v = 1; v < 256; v++) if (hist[v]! > hist[best]!) best = v;
  return best;
}

/** Whether a flattened page (`width` × `height`) is a phone's screen: tall, with a status bar's marks at both ends of its top strip. */
export function isPhoneScreen(grey: Uint8Array, width: number, height: number): boolean {
  if (height < width * PHONE_RATIO) return false;
  // (A margin in from the page's edges: the found page's edge can take in a sliver of the phone's dark bezel.)
  const margin = Math.round(width * EDGE_MARGIN);
  const bottom = Math.max(margin + 1, Math.round(width * STATUS_STRIP));
  const rows = bottom - margin;
  const fill = commonestGrey(grey, width, margin, bottom);
  const left = Math.round(width * LEFT_PART);
  const right = Math.round(width * RIGHT_PART);
  let inkLeft = 0;
  let inkMiddle = 0;
  let inkRight = 0;
  for (let y = margin; y < bottom; y++)
    for (let x = margin; x < width - margin; x++) {
      if (Math.abs(grey[y * width + x]! - fill) <= INK) continue;
      if (x < left) inkLeft++;
      else if (x < right) inkMiddle++;
      else inkRight++;
    }
  return inkLeft >= rows * (left - margin) * MIN_PART_INK && inkRight >= rows * (width - margin - right) * MIN_PART_INK && inkMiddle <= rows * (right - left) * MAX_MIDDLE_INK;
}

/**
 * A phone screen's page without its top strip (status bar, app header) and bottom strip (input bar, tab bar): the rows between
 * them, in a new buffer. Each strip ends at a blank row, so a line of text across the strip's edge (a message's first line, a
 * voicemail's number under the header) is kept whole. Cut off, not painted over: on unseen set 3's photo of an SMS under a
 * lamp's glare, a strip painted in the screen's colour (one grey, or each row's own) left a flat band above the glare, and
 * Tesseract's column layout (mode 4) then read two lines above the bubble and not the message in it; cut off, it read the message.
 */
export function withoutPhoneChrome(grey: Uint8Array, width: number, height: number): { grey: Buffer; height: number } {
  const page = commonestGrey(grey, width, 0, height);
  const margin = Math.round(width * EDGE_MARGIN);
  const blank = (y: number) => {
    let ink = 0;
    for (let x = margin; x < width - margin; x++) if (Math.abs(grey[y * width + x]! - page) > INK) ink++;
    return ink <= width * BLANK_ROW;
  };
  let top = Math.round(height * HEADER_SHARE);
  while (top > 0 && !blank(top)) top--;
  let bottom = Math.round(height * (1 - FOOTER_SHARE));
  while (bottom < height - 1 && !blank(bottom)) bottom++;
  return { grey: Buffer.from(grey.subarray(top * width, (bottom + 1) * width)), height: bottom + 1 - top };
}
