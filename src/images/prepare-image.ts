import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import type { PageSegmentation } from './ocr-engine.ts';
import { estimateSkew } from './deskew.ts';
import { bubbleTextHeight, FAINT_COLOUR, far, findBubbles, glyphHeight, greyOf, readBubblesAlone, SAME_COLOUR, type BubbleLayout, type LightTextPanel, type Rect } from './find-bubbles.ts';
import { findPage, flattenPage, type Quad } from './find-page.ts';
import { withoutRules } from './remove-rules.ts';
import { evenedLight, lightEvenness } from './even-light.ts';
import { bandsTurnedDarkOnLight, findDarkBands } from './light-on-dark.ts';
import { findColumns, regionsStacked } from './find-columns.ts';
import { clearedEdges } from './page-edges.ts';
import { findSeals, greyWithoutSeals, type SealBox } from './find-seals.ts';
import { findVerticalText, scaledBoxes, whitenedOut, type VerticalCrop } from './vertical-text.ts';
import { chromeAreas, paintedOver, withoutRows } from './chrome-areas.ts';
import { findCards, findPanels, type Panel } from './find-panels.ts';
import { innerScreen } from './find-inner-screen.ts';
import { isPhoneScreen, withoutPhoneChrome } from './phone-screen.ts';
import { cornersFilled, splitPanes } from './split-panes.ts';
import type { StackedCard } from './notification-cards.ts';
import type { StackedBubble } from './chat-turns.ts';

/**
 * Image bytes → the candidate images OCR reads (PNG, grey, dark text on light). Checks come
 * before any decoding: empty, over the byte limit, not a JPEG/PNG/WebP/GIF by its first bytes;
 * then the header's dimensions against the pixel limit (a decompression bomb is a small file
 * with huge dimensions), then sharp decodes with `limitInputPixels` and fails on truncation.
 * Everything stays in memory.
 */
export type ImageProblem = 'empty' | 'too_large' | 'not_an_image' | 'too_many_pixels' | 'broken';

export interface ImageLimits {
  /** Most bytes read (IMAGE_MAX_BYTES); checked before decoding. */
  maxBytes: number;
  /** Most pixels decoded (width × height). */
  maxPixels: number;
}

export type CandidateKind = 'bubbles' | 'panels' | 'cards' | 'grey' | 'near-white' | 'near-black' | 'photo';

export interface Candidate {
  kind: CandidateKind;
  /** The stacked bubbles' places (kind 'bubbles' only), top to bottom, to tell which read lines came from which bubble. */
  bubbles?: StackedBubble[];
  /** The stacked cards' places (kind 'cards' only: a notification shade), top to bottom, to tell each card's app row, title and text apart. */
  cards?: StackedCard[];
  /** The next candidate is a rival treatment of the same page: it is read even when this one reads confidently, and the better scoring read is kept. */
  readNext?: boolean;
  /** Tesseract's page segmentation for this image (default: one block, mode 6). */
  psm?: PageSegmentation;
  png: Buffer;
  width: number;
  height: number;
}

export type Prepared =
  | { ok: true; layout: 'screenshot' | 'photo'; candidates: Candidate[]; vertical?: VerticalCrop[]; addressBars?: AddressBarCrop[] }
  | { ok: false; problem: ImageProblem; detail: string };

/** A browser's address bar cut out of a screenshot (its pill painted over in the candidates), dark on light and enlarged, to be read on its own for its address. */
export interface AddressBarCrop {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * An address bar's crop is scaled so that the pill is `px` high (its text then ~25–40 px), lightly blurred or sharpened, in
 * turn, each read only when the one before was unsure; at most {@link ADDRESS_BAR_MAX_SCALE}× (a small screenshot's bar is
 * enlarged). Tesseract's Japanese model reads Latin letters unevenly: on two unseen bars at 8 heights × 3 treatments,
 * 「portal-login」 was read 「portallogin」 or 「portaLlogin」 at half the heights as they were, with its word confidence at
 * 20–75 when wrong and 90–92 when right; blurred at 60–80 px and as it was at 100 px it was right, and the other bar always.
 */
const ADDRESS_BAR_VARIANTS: readonly { px: number; treat?: 'blur' | 'sharpen' }[] = [{ px: 70, treat: 'blur' }, { px: 100 }, { px: 80, treat: 'sharpen' }];
const ADDRESS_BAR_MAX_SCALE = 3;

/** Text narrower than this is scaled up 2× before reading (small screenshots, thumbnails). */
const UPSCALE_BELOW_WIDTH = 600;
/** Wider images are scaled down: phone text stays ~25–40 px high, and Tesseract's time grows with pixels. */
const MAX_WIDTH = 1100;
/** A screenshot this many times wider than high is a computer's screen; it is read at this scale, at most this wide (px). */
const WIDE_SCREEN_RATIO = 1.2;
const WIDE_SCREEN_SCALE = 1.5;
const WIDE_SCREEN_MAX_WIDTH = 2048;
/** A screenshot whose glyphs are higher than this (px, at the working width) is read smaller, its text this high. */
const LARGE_TEXT_PX = 44;
const TEXT_PX = 36;
const BUBBLE_LINE_TO_GLYPH = 0.8;
/** Share of pixels of the commonest grey level at or above which an image is a screenshot (measured: screenshots 0.3–0.9, photos < 0.05). */
const SCREENSHOT_FLAT_SHARE = 0.2;

export function imageFormat(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | 'gif' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP') return 'webp';
  if (bytes.length >= 6 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'GIF8') return 'gif';
  return null;
}

export async function prepareImage(bytes: Buffer, limits: ImageLimits): Promise<Prepared> {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: 'no bytes' };
  if (bytes.length > limits.maxBytes) return { ok: false, problem: 'too_large', detail: `${bytes.length} bytes` };
  if (imageFormat(bytes) === null) return { ok: false, problem: 'not_an_image', detail: 'unknown format' };
  const options = { limitInputPixels: limits.maxPixels, failOn: 'truncated' as const, pages: 1 };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, options).metadata();
  } catch (err) {
    return problemOf(err);
  }
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (w <= 0 || h <= 0) return { ok: false, problem: 'broken', detail: 'no dimensions' };
  if (w * h > limits.maxPixels) return { ok: false, problem: 'too_many_pixels', detail: `${w}x${h}` };
  try {
    return { ok: true, ...(await candidatesOf(bytes, options, meta)) };
  } catch (err) {
    return problemOf(err);
  }
}

function problemOf(err: unknown): Prepared {
  const detail = errorText(err);
  return { ok: false, problem: /pixel limit/i.test(detail) ? 'too_many_pixels' : 'broken', detail };
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 200);
}

/** The image decoded upright at `target` px wide, as RGB and grey, with what tells a screenshot from a photo. */
async function decoded(bytes: Buffer, options: SharpOptions, target: number) {
  const { data: rgb, info } = await sharp(bytes, options).rotate().resize({ width: target, kernel: 'lanczos3' }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return measured(rgb, info.width, info.height);
}

/** An RGB image as RGB and grey, with what tells a screenshot from a photo. */
function measured(rgb: Buffer, w: number, h: number) {
  const pixels = w * h;
  const grey = Buffer.alloc(pixels);
  let sum = 0;
  let coloured = 0;
  const histogram = new Uint32Array(256);
  for (let i = 0, p = 0; i < pixels; i++, p += 3) {
    const r = rgb[p]!;
    const g = rgb[p + 1]!;
    const b = rgb[p + 2]!;
    const y = (r * 54 + g * 183 + b * 19) >> 8;
    grey[i] = y;
    sum += y;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    histogram[y]!++;
  }
  // A screenshot is mostly flat colour (backgrounds, bubbles: one grey level covers much of it); a photo of paper is not.
  return { rgb, w, h, pixels, grey, coloured, dark: sum / pixels < 110, flat: Math.max(...histogram) / pixels };
}

async function candidatesOf(bytes: Buffer, options: SharpOptions, meta: Metadata, nested = false): Promise<{ layout: 'screenshot' | 'photo'; candidates: Candidate[]; vertical?: VerticalCrop[]; addressBars?: AddressBarCrop[] }> {
  const oriented = (meta.orientation ?? 1) >= 5;
  const width = oriented ? meta.height! : meta.width!;
  const height = oriented ? meta.width! : meta.height!;
  const target = width < UPSCALE_BELOW_WIDTH ? width * 2 : Math.min(width, MAX_WIDTH);
  let image = await decoded(bytes, options, target);
  const layout = image.flat >= SCREENSHOT_FLAT_SHARE && !exifPhoto(meta) ? 'screenshot' : 'photo';
  // A computer's screen (landscape) shows text at ~12–16 px in a page of several columns (a web mail's folder list beside the
  // mail): it is read larger, and with Tesseract's own page layout analysis, which keeps the columns apart.
  const wideScreen = layout === 'screenshot' && width > height * WIDE_SCREEN_RATIO;
  const wideTarget = Math.min(Math.max(target, Math.round(width * WIDE_SCREEN_SCALE)), WIDE_SCREEN_MAX_WIDTH);
  if (wideScreen && wideTarget !== image.w) image = await decoded(bytes, options, wideTarget);
  // A side column holding text beside the main one (a tablet's or a computer's mail: the inbox list with its previews of other
  // mails, the folders) is not what a resident asks about: what they mean is the mail opened in the main column. The main
  // column alone is read, as a screen of its own (a sender block at its left found as on a phone; its own layout).
  const side = wideScreen ? sideColumnEdge(image.grey, image.w, image.h) : null;
  const sideHasText = side !== null && inkedShare(image.grey, image.w, side.top, image.h, 0, side.x) >= SIDE_COLUMN_TEXT;
  if (side && sideHasText) image = mainColumn(image, side);
  const wide = wideScreen && image.w > image.h * WIDE_SCREEN_RATIO;
  // A screenshot shown in a photo viewer, screenshotted again (find-inner-screen.ts): the screen inside is read as a screenshot
  // of its own, without the viewer's bar and buttons around it (once: a viewer inside a viewer is not looked for).
  const inner = layout === 'screenshot' && !wideScreen && !nested ? innerScreen(image.rgb, image.w, image.h) : null;
  if (inner) {
    // (A few pixels in from its sides: the edge blends with the viewer's black, and a frame around the crop would join everything into one band.)
    const k = width / image.w;
    const inset = Math.max(2, Math.round(image.w * INNER_SCREEN_INSET));
    const box = { left: Math.floor((inner.left + inset) * k), top: Math.floor((inner.top + inset) * k), width: Math.max(1, Math.round((inner.width - 2 * inset) * k)), height: Math.max(1, Math.round((inner.height - 2 * inset) * k)) };
    const crop = await sharp(bytes, options).rotate().extract(box).png({ compressionLevel: 1 }).toBuffer();
    return candidatesOf(crop, options, await sharp(crop).metadata(), true);
  }
  // A split screen (split-panes.ts): each pane is a screenshot of its own. The one holding a chat is read alone: its message is
  // what the resident asks about (an SMS above, the page its link opened below); the other pane's address bar, when it has one
  // (a browser), is kept as evidence (read-image.ts adds it when the message does not already show that host).
  const split = layout === 'screenshot' && !wideScreen && !nested ? splitPanes(image.rgb, image.w, image.h) : null;
  if (split) {
    const k = width / image.w;
    const read = await Promise.all(
      split.panes.map(async (pane) => {
        const box = { left: Math.floor(pane.left * k), top: Math.floor(pane.top * k), width: Math.max(1, Math.round(pane.width * k)), height: Math.max(1, Math.round(pane.height * k)) };
        const { data, info } = await sharp(bytes, options).rotate().extract(box).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
        const crop = await sharp(cornersFilled(data, info.width, info.height, split.frame), { raw: { width: info.width, height: info.height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
        return candidatesOf(crop, options, await sharp(crop).metadata(), true);
      }),
    );
    const chat = read.find((r) => r.candidates[0]?.kind === 'bubbles');
    if (chat) {
      const addressBars = chat.addressBars ?? read.find((r) => r !== chat && r.addressBars)?.addressBars;
      return { ...chat, ...(addressBars ? { addressBars } : {}) };
    }
  }
  // Large text (a phone set to large fonts, or its display zoomed): glyphs far over 40 px high read worse and slower; such a
  // screenshot is read smaller, so that its text is about TEXT_PX high.
  let found: BubbleLayout | null = null;
  if (layout === 'screenshot' && !wide && !sideHasText) {
    found = findBubbles(image.rgb, image.w, image.h);
    // (A run of inked rows in a bubble is a line of text, a little higher than its glyphs.)
    const glyph = Math.max(glyphHeight(found, image.w), BUBBLE_LINE_TO_GLYPH * bubbleTextHeight(image.rgb, image.w, found));
    if (glyph > LARGE_TEXT_PX) {
      image = await decoded(bytes, options, Math.max(UPSCALE_BELOW_WIDTH, Math.round((image.w * TEXT_PX) / glyph)));
      found = null;
    }
  }
  const { rgb, w, h, pixels, grey, coloured, dark } = image;
  const screenPsm: { psm?: PageSegmentation } = wide ? { psm: '3' } : {};
  const raw = { raw: { width: w, height: h, channels: 1 as const } };
  const png = (buffer: Buffer, s: Sharp = sharp(buffer, raw)) => s.png({ compressionLevel: 1 }).toBuffer();
  const candidates: Candidate[] = [];
  // A lock screen: notification panels over a wallpaper (not flat colour, so not taken for a screenshot above); its panels are read alone.
  if (layout === 'photo' && !exifPhoto(meta) && h >= w * LOCK_SCREEN_RATIO) {
    const panels = findPanels(rgb, w, h);
    if (panels.length > 0) {
      const stacked = stackPanels(grey, w, panels);
      const stackedPng = await png(stacked.grey, sharp(stacked.grey, { raw: { width: stacked.width, height: stacked.height, channels: 1 } }));
      return { layout: 'screenshot', candidates: [{ kind: 'panels', png: stackedPng, width: stacked.width, height: stacked.height }] };
    }
  }
  if (layout === 'photo') {
    // A page (or screen) shot at an angle is mapped back onto an upright rectangle first (find-page.ts).
    const quad = findPage(rgb, w, h);
    // Red seals stamped on the page: their ink is washed out of the grey (find-seals.ts).
    const seals = findSeals(rgb, w, h, quad?.corners);
    const flatPage = quad ? await flattenedPage(bytes, options, width, w, quad, seals) : { grey: seals.length > 0 ? greyWithoutSeals(rgb, grey, w, h, seals) : grey, width: w, height: h, finer: false };
    // A phone's screen photographed with another phone (tall, a status bar at its top): its status bar, app header and input bar
    // are left out, as a screenshot's are (phone-screen.ts).
    const flat = quad && isPhoneScreen(flatPage.grey, flatPage.width, flatPage.height) ? { ...flatPage, ...withoutPhoneChrome(flatPage.grey, flatPage.width, flatPage.height) } : flatPage;
    const straight = await straightened(flat.grey, flat.width, flat.height);
    // Light letters on a dark or coloured band (a flyer's headline) turned dark on white, so one threshold reads the page (light-on-dark.ts).
    const bands = findDarkBands(straight.grey, straight.width, straight.height);
    const level = { ...straight, grey: bandsTurnedDarkOnLight(straight.grey, straight.width, bands) };
    // A table's borders and other long lines out, so the rows between them are read.
    const unscaled = { ...level, grey: await withoutRules(level.grey, level.width, level.height) };
    // Vertical writing (an envelope's address, a 「在中」 stamp) is found, to be cut out for the vertical model and kept out of
    // the horizontal read (vertical-text.ts); small text (a letter's, not a phone screen's) is read enlarged.
    const found = await findVerticalText(unscaled.grey, unscaled.width, unscaled.height);
    const smallText = found.textHeight > 0 && found.textHeight < SMALL_TEXT_PX;
    const page = await enlarged(unscaled, smallText ? PHOTO_PAGE_SCALE : 1);
    const boxes = scaledBoxes(found.boxes, page.width / unscaled.width, page.width, page.height);
    const pageRaw = { raw: { width: page.width, height: page.height, channels: 1 as const } };
    // Read as a column of text blocks first (a letter's heading, table and notes), then as one block.
    // A page taken from the photo at a finer scale than the working copy carries back the sensor noise and a screen's pixel
    // grid (moiré) that scaling down averaged away, and CLAHE would amplify them: a light blur stands in for that averaging.
    const smoothed = flat.finer ? sharp(page.grey, pageRaw).blur(PHOTO_BLUR) : sharp(page.grey, pageRaw);
    // The paper turned evenly white (even-light.ts: shadows, a lamp's fall-off). Measured against normalise + CLAHE on the
    // unseen set's photos (mode 4): a careful envelope 100 → 53 % (its sparse page had read nothing), hasty letters 45 → 37 and 49 → 36 %.
    // A page that had a band is evened by flat-field too, whatever its text's size: with CLAHE, a flyer's lines below its
    // headline band read nothing (unseen set 2's two flyers: 2.4 and 65 % CER; flat-field: 0.8 and 4–13 %); a page without
    // one and with large text keeps CLAHE (flat-field there read a postcard's 「料金別納」 mark and lost its phone number).
    // A page of mid-sized text half in a shadow (a hand's or the phone's over a postcard) is read evened by flat-field too: CLAHE left
    // the shadowed half too dark for one threshold (unseen set 3's postcard lost the left half of each line of its message).
    const shaded = !smallText && found.textHeight < SHADED_TEXT_PX && bands.length === 0 && mostlyLight(page.grey) && (await lightEvenness(page.grey, page.width, page.height)) < UNEVEN_LIGHT;
    const evenedGrey = smallText || bands.length > 0 ? await evenedLight(flat.finer ? await smoothed.extractChannel(0).raw().toBuffer() : page.grey, page.width, page.height) : await smoothed.normalise().clahe({ width: 96, height: 96, maxSlope: 3 }).extractChannel(0).raw().toBuffer();
    const vertical = await Promise.all(boxes.map(async (box) => ({ box, png: await sharp(evenedGrey, pageRaw).extract(box).png({ compressionLevel: 1 }).toBuffer() })));
    const whitened = whitenedOut(evenedGrey, page.width, boxes);
    // Columns side by side (a postcard's message beside its box of dates and numbers) are read one after the other (find-columns.ts);
    // not with vertical blocks, whose text is placed by the lines' height on the page.
    // The desk or the page's shadowed edge left along its sides would join every row into one: looked for without them (page-edges.ts).
    const cleared = boxes.length === 0 ? clearedEdges(whitened, page.width, page.height) : whitened;
    const columns = boxes.length === 0 ? findColumns(cleared, page.width, page.height) : null;
    const inOrder = (buffer: Buffer) => (columns ? regionsStacked(buffer, page.width, columns) : { grey: buffer, width: page.width, height: page.height });
    // (Stacked without the strips too: cut into pieces, they would stand beside each column as a picture's edge.)
    const horizontal = inOrder(columns ? cleared : whitened);
    const horizontalRaw = { raw: { width: horizontal.width, height: horizontal.height, channels: 1 as const } };
    const evened = await png(horizontal.grey, sharp(horizontal.grey, horizontalRaw));
    const greyPage = inOrder(whitenedOut(page.grey, page.width, boxes));
    candidates.push({ kind: 'photo', psm: '4', png: evened, width: horizontal.width, height: horizontal.height, ...(shaded ? { readNext: true } : {}) });
    if (shaded) {
      // (Read second, in place of mode 6, and kept when it scores higher: on a page without a shadow's half-dark lines, flat-field read
      // a postcard's 「料金別納」 mark and lost its phone number, and CLAHE's read stays the better one there.)
      const flatField = whitenedOut(await evenedLight(flat.finer ? await smoothed.extractChannel(0).raw().toBuffer() : page.grey, page.width, page.height), page.width, boxes);
      const flatPage = inOrder(columns ? clearedEdges(flatField, page.width, page.height) : flatField);
      candidates.push({ kind: 'photo', psm: '4', png: await png(flatPage.grey, sharp(flatPage.grey, horizontalRaw)), width: horizontal.width, height: horizontal.height });
    }
    candidates.push({ kind: 'photo', png: evened, width: horizontal.width, height: horizontal.height });
    candidates.push({ kind: 'grey', png: await png(greyPage.grey, sharp(greyPage.grey, horizontalRaw)), width: horizontal.width, height: horizontal.height });
    return { layout, candidates, vertical };
  }
  const chat = found ?? findBubbles(rgb, w, h);
  // A light chat whose white bubbles are only a shade lighter than its page (255 on 247) shows no bubbles at the usual tolerance:
  // a second look at a finer one (its bubbles only; the whole-screen reads keep the first look's layout).
  const faint = !readBubblesAlone(chat) && !dark ? findBubbles(rgb, w, h, FAINT_COLOUR) : null;
  const talk = faint && readBubblesAlone(faint) ? faint : chat;
  if (readBubblesAlone(talk)) {
    const stacked = stackBubbles(rgb, grey, w, talk);
    candidates.push({ kind: 'bubbles', bubbles: stacked.bubbles, png: await png(stacked.grey, sharp(stacked.grey, { raw: { width: stacked.width, height: stacked.height, channels: 1 } })), width: stacked.width, height: stacked.height });
  } else if (h >= w * LOCK_SCREEN_RATIO) {
    // A notification shade: cards one under the other, each an app's row, a title and text. They are read alone, app rows included,
    // so that the message cards can be told from the weather's and the news' (notification-cards.ts); read first, as bubbles are.
    const cards = findCards(rgb, w, h);
    if (cards.length > 0) {
      const stacked = stackCards(grey, w, h, cards);
      candidates.push({ kind: 'cards', cards: stacked.cards, png: await png(stacked.grey, sharp(stacked.grey, { raw: { width: stacked.width, height: stacked.height, channels: 1 } })), width: stacked.width, height: stacked.height });
    }
  }
  // Light text on a coloured band, button or bubble turned dark on light, so one read takes it with the rest of the page.
  const evened = dark ? grey : withLightTextDarkened(grey, w, chat.lightTextPanels);
  // A computer's screen with a side column (a web mail's folder list) beside the main one: the two are stacked, left above right,
  // so that no line of the folder list runs into a line of the mail.
  const edge = wide && !sideHasText ? sideColumnEdge(grey, w, h) : null;
  // The app's own areas found from the pixels (a mail's sender block, a label chip, a browser's address bar) are painted over.
  const chromeRects = chromeAreas(rgb, w, h, chat);
  const whole = async (kind: CandidateKind, ink: Buffer): Promise<Candidate> => {
    const painted = chromeRects.length > 0 ? paintedOver(ink, w, chromeRects, 255) : ink;
    // A sender block's rows are taken out altogether: a blank gap where it was split the subject from the body in Tesseract's layout.
    const cut = edge === null ? withoutRows(painted, w, h, chromeRects.filter((r) => r.wholeRows)) : { grey: painted, height: h };
    const buffer = cut.grey;
    if (edge === null) return { kind, ...screenPsm, png: await png(buffer, sharp(buffer, { raw: { width: w, height: cut.height, channels: 1 } })), width: w, height: cut.height };
    const stacked = columnsStacked(buffer, w, h, edge);
    return { kind, ...screenPsm, png: await png(stacked.grey, sharp(stacked.grey, { raw: { width: stacked.width, height: stacked.height, channels: 1 } })), width: stacked.width, height: stacked.height };
  };
  candidates.push(await whole('grey', dark ? Buffer.from(evened.map((v) => 255 - v)) : evened));
  if (coloured / pixels > 0.03) {
    // White text on a coloured bubble or banner: keep near-white, unsaturated pixels as ink.
    const ink = Buffer.alloc(pixels, 255);
    for (let i = 0, p = 0; i < pixels; i++, p += 3) {
      const r = rgb[p]!;
      const g = rgb[p + 1]!;
      const b = rgb[p + 2]!;
      if (Math.min(r, g, b) > 200 && Math.max(r, g, b) - Math.min(r, g, b) < 40) ink[i] = 0;
    }
    candidates.push(await whole('near-white', ink));
  }
  const blackInk = Buffer.alloc(pixels, 255);
  for (let i = 0; i < pixels; i++) if (grey[i]! < (dark ? 0 : 100)) blackInk[i] = 0;
  if (!dark) candidates.push(await whole('near-black', blackInk));
  // A browser's address bar is left out of the whole-screen read (its icons, 「AA」 and tab count are noise), but the address in it
  // is the evidence of a phishing page: the bar is read on its own (read-image.ts), the first one found.
  const bar = chromeRects.find((r) => r.addressBar);
  if (bar) return { layout, candidates, addressBars: await Promise.all(ADDRESS_BAR_VARIANTS.map((v) => addressBarCrop(grey, w, bar, v.px, v.treat))) };
  return { layout, candidates };
}

/** The address bar's pill cut out of the grey screenshot (inside its rounded ends), scaled to be `px` high, blurred or sharpened (`treat`), its contrast stretched, dark text on light, with a white margin. */
async function addressBarCrop(grey: Buffer, w: number, bar: Rect, px: number, treat?: 'blur' | 'sharpen'): Promise<AddressBarCrop> {
  const inset = Math.max(2, Math.round(bar.height / 10));
  const box = { left: bar.left + inset, top: bar.top + inset, width: Math.max(1, bar.width - 2 * inset), height: Math.max(1, bar.height - 2 * inset) };
  const height = Math.max(1, Math.round(Math.min(ADDRESS_BAR_MAX_SCALE * box.height, px)));
  let sum = 0;
  for (let y = box.top; y < box.top + box.height; y++) for (let x = box.left; x < box.left + box.width; x++) sum += grey[y * w + x]!;
  const darkBar = sum / (box.width * box.height) < 128;
  const { data: scaled, info: at } = await sharp(grey, { raw: { width: w, height: grey.length / w, channels: 1 } })
    .extract(box)
    .resize({ height, kernel: 'lanczos3' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  let s = sharp(scaled, { raw: { width: at.width, height: at.height, channels: 1 } });
  if (treat === 'blur') s = s.blur(0.8);
  if (treat === 'sharpen') s = s.sharpen();
  if (darkBar) s = s.negate();
  const { data, info } = await s
    .normalise()
    .extend({ top: 16, bottom: 16, left: 16, right: 16, background: { r: 255, g: 255, b: 255 } })
    .extractChannel(0)
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

/**
 * The page found in the working copy (`w` px wide) cut out of the photo decoded afresh at the
 * resolution that makes the page `MAX_WIDTH` wide (sharp scales down properly; the flattening
 * then samples at about one pixel per pixel), and mapped onto an upright rectangle.
 */
async function flattenedPage(bytes: Buffer, options: SharpOptions, fullWidth: number, w: number, quad: Quad, seals: readonly SealBox[]): Promise<{ grey: Buffer; width: number; height: number; finer: boolean }> {
  const [tl, tr, br, bl] = quad.corners;
  const pageWidth = (Math.hypot(tr[0] - tl[0], tr[1] - tl[1]) + Math.hypot(br[0] - bl[0], br[1] - bl[1])) / 2;
  const decodeWidth = Math.max(w, Math.min(fullWidth, Math.round((w * MAX_WIDTH) / Math.max(1, pageWidth))));
  const decoder = () => sharp(bytes, options).rotate().resize({ width: decodeWidth, kernel: 'lanczos3' });
  const { data: greyOfRgb, info } = await decoder().greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const k = info.width / w;
  // Seals (found on the working copy) washed out of the grey at this scale (find-seals.ts); the colours are decoded again only then.
  const data = seals.length === 0 ? greyOfRgb : greyWithoutSeals(await decoder().removeAlpha().toColourspace('srgb').raw().toBuffer(), greyOfRgb, info.width, info.height, seals.map((b) => ({ left: Math.floor(b.left * k), top: Math.floor(b.top * k), width: Math.ceil(b.width * k), height: Math.ceil(b.height * k) })));
  const scaled: Quad = { corners: quad.corners.map(([x, y]) => [x * k, y * k]) as Quad['corners'] };
  return { ...flattenPage(data, info.width, info.height, scaled, Math.min(MAX_WIDTH, Math.round(pageWidth * k))), finer: decodeWidth > w };
}

/**
 * A photo's flattened page (at most {@link MAX_WIDTH} wide) is read at this scale: a letter's
 * body text there is ~15–19 px high, below what Tesseract reads best, and blur or JPEG noise
 * costs it the most. Measured on the unseen set's 8 letters (mode 4): CER 35.8 → 27.5 %, OCR CPU
 * +~15 %.
 */
const PHOTO_PAGE_SCALE = 1.5;
/** …when its text is lower than this (px, the median height of its characters on the page found): a photographed phone screen's text is larger and read as it is. */
const SMALL_TEXT_PX = 24;

/** Below this {@link lightEvenness} (the darkest paper's brightness as a share of the brightest's) a page's light is uneven: measured on the photos of sets 1–3, evenly lit pages 0.8–0.9, pages in a shadow or a dim room 0.34–0.54. */
const UNEVEN_LIGHT = 0.56;
/** …and its text lower than this (px) is evened by flat-field (larger, a memo's hand-sized characters, is wider than the filter's window). */
const SHADED_TEXT_PX = 36;

/** Whether most of a page's pixels are light (paper, a light screen), not a dark screen's, whose light text a flat-field would take for paper. */
function mostlyLight(grey: Uint8Array): boolean {
  let light = 0;
  for (let i = 0; i < grey.length; i += 7) if (grey[i]! >= 128) light++;
  return light * 7 > grey.length / 2;
}

/** A one-channel page scaled by `scale` (lanczos3). */
async function enlarged(page: { grey: Buffer; width: number; height: number }, scale: number): Promise<{ grey: Buffer; width: number; height: number }> {
  if (scale === 1) return page;
  const { data, info } = await sharp(page.grey, { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize({ width: Math.round(page.width * scale), kernel: 'lanczos3' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { grey: data, width: info.width, height: info.height };
}

/** Gaussian blur (sigma, px) of a photo's page before its light is evened out. */
const PHOTO_BLUR = 1;

/** A photo's text turned less than this, degrees, is left as it is (Tesseract copes; a turn blurs a little). */
const MIN_DESKEW_DEGREES = 0.3;

/** A photo of paper turned level when its text lines are skewed (`deskew.ts`); the corners it uncovers are white. */
async function straightened(grey: Buffer, width: number, height: number): Promise<{ grey: Buffer; width: number; height: number }> {
  const angle = await estimateSkew(grey, width, height);
  if (Math.abs(angle) < MIN_DESKEW_DEGREES) return { grey, width, height };
  const { data, info } = await sharp(grey, { raw: { width, height, channels: 1 } })
    .rotate(-angle, { background: { r: 255, g: 255, b: 255 } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { grey: data, width: info.width, height: info.height };
}

/** A side column's edge lies between these shares of the width, and runs down at least this share of the rows below the top strip. */
const SIDE_COLUMN_MIN = 0.08;
const SIDE_COLUMN_MAX = 0.4;
const SIDE_COLUMN_RUN = 0.7;
/** Top strip (browser tabs, address bar, an app's header) left out when looking for the edge. */
const SIDE_COLUMN_TOP = 0.2;
/** Grey levels across the edge (a 1 px rule, or one fill meeting another). */
const SIDE_COLUMN_STEP = 6;

/**
 * The x of the edge between a side column and the main one on a computer's screen (a web mail's
 * folder list beside the mail): a column of pixels, in the left part of the page, across which
 * the grey changes on most rows from below the top strip to the bottom (text never lines up so),
 * and the row where that column begins; null when there is none.
 */
export function sideColumnEdge(grey: Uint8Array, width: number, height: number): { x: number; top: number } | null {
  const top = Math.round(height * SIDE_COLUMN_TOP);
  const rows = height - top;
  if (rows <= 0) return null;
  const step = (x: number, y: number) => Math.abs(grey[y * width + x]! - grey[y * width + x - 1]!) >= SIDE_COLUMN_STEP;
  let best: { x: number; share: number } | null = null;
  for (let x = Math.max(1, Math.round(width * SIDE_COLUMN_MIN)); x <= Math.round(width * SIDE_COLUMN_MAX); x++) {
    let steps = 0;
    for (let y = top; y < height; y++) if (step(x, y)) steps++;
    const share = steps / rows;
    if (share >= SIDE_COLUMN_RUN && (!best || share > best.share)) best = { x, share };
  }
  if (!best) return null;
  // Where the column begins: the edge followed upwards until it breaks off (the header above runs across the page). A pixel
  // aside counts too: a highlighted row of the list (the open mail's) has its own border a pixel off the column's.
  const near = (x: number, y: number) => step(x, y) || (x > 1 && step(x - 1, y)) || (x + 1 < width && step(x + 1, y));
  let start = top;
  while (start < height - 1 && !step(best.x, start)) start++;
  for (let y = start - 1, gap = 0; y >= 0 && gap <= SIDE_COLUMN_GAP_ROWS; y--) {
    if (near(best.x, y)) {
      start = y;
      gap = 0;
    } else gap++;
  }
  return { x: best.x, top: start };
}

/** A side column holds text (a list, folders) when at least this share of its pixels are ink; a blank margin beside a page's card holds none. */
const SIDE_COLUMN_TEXT = 0.005;

/** The share of pixels in rows top..bottom, columns left..right, that differ from their row's first pixel by more than 60 grey levels (text on a plain fill). */
function inkedShare(grey: Uint8Array, width: number, top: number, bottom: number, left: number, right: number): number {
  let ink = 0;
  for (let y = top; y < bottom; y++) {
    const fill = grey[y * width + left]!;
    for (let x = left; x < right; x++) if (Math.abs(grey[y * width + x]! - fill) > 60) ink++;
  }
  return ink / Math.max(1, (bottom - top) * (right - left));
}

/** The main column right of a side column's edge, from where the column begins (a deep strip above it, the page's own, is kept). */
function mainColumn(image: ReturnType<typeof measured>, edge: { x: number; top: number }): ReturnType<typeof measured> {
  const left = edge.x + 1;
  const top = edge.top > image.h * HEADER_STRIP_MAX ? 0 : edge.top;
  const w = image.w - left;
  const h = image.h - top;
  const rgb = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) image.rgb.copy(rgb, y * w * 3, ((top + y) * image.w + left) * 3, ((top + y) * image.w + image.w) * 3);
  return measured(rgb, w, h);
}

/** Rows without the edge tolerated while following it up. */
const SIDE_COLUMN_GAP_ROWS = 3;

/** A header strip across the columns at most this share of the height high is the browser's and the web app's (tabs, address bar, logo, search). */
const HEADER_STRIP_MAX = 0.25;

/**
 * The part left of the edge, then the part right of it, on white, each below the page's top
 * strip across the whole width — or without that strip when it is slim: then it holds the
 * browser's tabs and address bar and the web app's own header (its logo in coloured letters,
 * its search field), none of it the message (a web mail's subject is in the main column).
 */
export function columnsStacked(grey: Buffer, width: number, height: number, edge: { x: number; top: number }): { grey: Buffer; width: number; height: number } {
  const rows = height - edge.top;
  const strip = edge.top > height * HEADER_STRIP_MAX ? edge.top : 0;
  const outH = strip + 2 * (rows + BUBBLE_GAP);
  const out = Buffer.alloc(width * outH, 255);
  grey.copy(out, 0, 0, strip * width);
  for (let y = 0; y < rows; y++) {
    const from = (edge.top + y) * width;
    grey.copy(out, (strip + BUBBLE_GAP + y) * width, from, from + edge.x);
    grey.copy(out, (strip + 2 * BUBBLE_GAP + rows + y) * width, from + edge.x, from + width);
  }
  return { grey: out, width, height: outH };
}

/** Space around and between the bubbles in the stacked image, px. */
const BUBBLE_GAP = 24;
/** Trimmed from the left and right of a bubble (its blended edge), px: wrapped text can run close to the right edge. */
const BUBBLE_INSET_X = 3;
/** Trimmed from its top and bottom, as a share of the image width (text starts ~0.02 in). */
const BUBBLE_INSET_Y = 0.01;

/**
 * The bubbles cut out and stacked top to bottom on white, each stretched so that its own colour
 * becomes white and its text black (white text on a green bubble, light text in dark mode alike).
 */
function stackBubbles(rgb: Buffer, grey: Buffer, width: number, chat: BubbleLayout): { grey: Buffer; width: number; height: number; bubbles: StackedBubble[] } {
  const insetX = BUBBLE_INSET_X;
  const insetY = Math.max(BUBBLE_INSET_X, Math.round(width * BUBBLE_INSET_Y));
  // A quote-reply's bubble goes in as two: the quote above its rule (a copy of an earlier message, find-bubbles.ts) and the reply's own text.
  // A forwarded message's bubble goes in as its frame alone: beside the bar, without the 「転送されたメッセージ」 header and the sender's name.
  const parts = chat.bubbles.flatMap((b) =>
    b.forwarded
      ? [{ b, left: b.forwarded.left, width: b.forwarded.width, top: b.forwarded.top, height: b.forwarded.height, quote: false, forwarded: true }]
      : b.quoteEnd === undefined
        ? [{ b, left: b.left, width: b.width, top: b.top, height: b.height, quote: false, forwarded: false }]
        : [
            { b, left: b.left, width: b.width, top: b.top, height: b.quoteEnd - b.top, quote: true, forwarded: false },
            { b, left: b.left, width: b.width, top: b.quoteEnd, height: b.top + b.height - b.quoteEnd, quote: false, forwarded: false },
          ],
  );
  const crops = parts.map((part) => ({ ...part, w: Math.max(1, part.width - 2 * insetX), h: Math.max(1, part.height - 2 * insetY) }));
  const pageGrey = greyOf(...chat.background);
  const outW = Math.max(...crops.map((c) => c.w)) + 2 * BUBBLE_GAP;
  const outH = crops.reduce((s, c) => s + c.h + BUBBLE_GAP, BUBBLE_GAP);
  const out = Buffer.alloc(outW * outH, 255);
  let y0 = BUBBLE_GAP;
  const stacked: StackedBubble[] = [];
  for (const { b, left, top, height, quote, forwarded, w, h } of crops) {
    stacked.push({ top: y0, bottom: y0 + h, side: b.side, screenTop: top / width, screenBottom: (top + height) / width, ...(quote ? { quote: true as const } : {}), ...(forwarded ? { forwarded: true as const } : {}), ...(b.named && top === b.top ? { named: true as const } : {}) });
    // A selection's highlight is paper as the bubble is: the fill nearer the text's grey is stretched to white, so both are.
    const fills = [b.colour, ...(b.highlight ? [b.highlight] : [])].map((c) => greyOf(c[0], c[1], c[2]));
    const paper = b.inkGrey < fills[0]! ? Math.min(...fills) : Math.max(...fills);
    const span = paper - b.inkGrey || 1;
    // The page shows in the rounded corners, and their edge blends page and bubble: left there, it reads as 「(」 beside the text.
    // In a corner, only pixels nearer the text's grey than the page's and the bubble's stay.
    const corner = Math.min(b.width / 2, b.height / 2, width * 0.05);
    const inCorner = (x: number, y: number) => (x < corner || x >= w - corner) && (y < corner || y >= h - corner);
    const onHandle = (x: number, y: number, i: number) => b.handles!.some((r) => x >= r.left && x < r.left + r.width && y >= r.top && y < r.top + r.height) && far(rgb, i * 3, b.colour, SAME_COLOUR) && (!b.highlight || far(rgb, i * 3, b.highlight, SAME_COLOUR)) && chroma(rgb, i * 3) >= HANDLE_CHROMA;
    for (let y = 0; y < h; y++) {
      const from = (top + insetY + y) * width + left + insetX;
      const to = (y0 + y) * outW + BUBBLE_GAP;
      for (let x = 0; x < w; x++) {
        const g = grey[from + x]!;
        // A selection's handle (find-bubbles.ts): its accent-coloured pixels stay paper.
        if (b.handles && onHandle(left + insetX + x, top + insetY + y, from + x)) continue;
        if (inCorner(x, y)) {
          const toInk = Math.abs(g - b.inkGrey);
          if (!far(rgb, (from + x) * 3, chat.background, SAME_COLOUR) || toInk >= Math.abs(g - pageGrey) || toInk >= Math.abs(g - paper)) continue;
        }
        out[to + x] = Math.max(0, Math.min(255, Math.round(((g - b.inkGrey) / span) * 255)));
      }
    }
    y0 += h + BUBBLE_GAP;
  }
  return { grey: out, width: outW, height: outH, bubbles: stacked };
}

/** Near a selection's handle, a pixel of a colour this strong (channels this far apart: the accent's blue, not the black glyphs beside it nor their blend with the highlight) is paper. */
const HANDLE_CHROMA = 80;
const chroma = (rgb: Uint8Array, p: number) => Math.max(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) - Math.min(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!);

/** A screen shown in a viewer is cut this share of the width in from its sides. */
const INNER_SCREEN_INSET = 0.005;

/** A screen at least this many times higher than wide (a phone's, not a camera's 4:3) may be a lock screen. */
const LOCK_SCREEN_RATIO = 1.6;

/** A lock screen's notification panels, from the row their message starts at, stacked on white, each stretched to black text on white. */
function stackPanels(grey: Buffer, width: number, panels: readonly Panel[]): { grey: Buffer; width: number; height: number } {
  const crops = panels.map((p) => ({ p, top: p.top + p.textTop, h: p.height - p.textTop }));
  const outW = Math.max(...panels.map((p) => p.width)) + 2 * BUBBLE_GAP;
  const outH = crops.reduce((s, c) => s + c.h + BUBBLE_GAP, BUBBLE_GAP);
  const out = Buffer.alloc(outW * outH, 255);
  let y0 = BUBBLE_GAP;
  for (const { p, top, h } of crops) {
    const span = p.fillGrey - p.inkGrey || 1;
    for (let y = 0; y < h; y++) {
      const from = (top + y) * width + p.left;
      const to = (y0 + y) * outW + BUBBLE_GAP;
      for (let x = 0; x < p.width; x++) out[to + x] = Math.max(0, Math.min(255, Math.round(((grey[from + x]! - p.inkGrey) / span) * 255)));
    }
    y0 += h + BUBBLE_GAP;
  }
  return { grey: out, width: outW, height: outH };
}

/** A card's rounded corners (where its sides are not yet straight, so findCards starts it lower) reach this share of the width beyond it. */
const CARD_CORNER = 0.04;

/**
 * A notification shade's cards, whole (app row, title, text), stacked on white, each stretched to black text on white; each
 * taken a little beyond its straight sides (its rounded corners, where its app row may start), up to the next card.
 */
function stackCards(grey: Buffer, width: number, height: number, cards: readonly Panel[]): { grey: Buffer; width: number; height: number; cards: StackedCard[] } {
  const pad = Math.round(width * CARD_CORNER);
  const crops = cards.map((p, i) => {
    const top = Math.max(0, i > 0 ? cards[i - 1]!.top + cards[i - 1]!.height : 0, p.top - pad);
    const bottom = Math.min(height, i + 1 < cards.length ? cards[i + 1]!.top : height, p.top + p.height + pad);
    return { p, top, h: bottom - top };
  });
  const outW = Math.max(...cards.map((p) => p.width)) + 2 * BUBBLE_GAP;
  const outH = crops.reduce((s, c) => s + c.h + BUBBLE_GAP, BUBBLE_GAP);
  const out = Buffer.alloc(outW * outH, 255);
  const stacked: StackedCard[] = [];
  let y0 = BUBBLE_GAP;
  for (const { p, top, h } of crops) {
    const shift = y0 - top;
    stacked.push({ top: y0, bottom: y0 + h, appRowBottom: p.appRowBottom > 0 ? p.top + p.appRowBottom + shift : y0, bodyTop: p.top + p.textTop + shift });
    const span = p.fillGrey - p.inkGrey || 1;
    for (let y = 0; y < h; y++) {
      const from = (top + y) * width + p.left;
      const to = (y0 + y) * outW + BUBBLE_GAP;
      for (let x = 0; x < p.width; x++) out[to + x] = Math.max(0, Math.min(255, Math.round(((grey[from + x]! - p.inkGrey) / span) * 255)));
    }
    y0 += h + BUBBLE_GAP;
  }
  return { grey: out, width: outW, height: outH, cards: stacked };
}

/** A copy of `grey` where each panel's fill becomes white and its (lighter) text black, within the panel's own rows. */
function withLightTextDarkened(grey: Buffer, width: number, panels: readonly LightTextPanel[]): Buffer {
  if (panels.length === 0) return grey;
  const out = Buffer.from(grey);
  for (const p of panels) {
    const span = p.fillGrey - p.inkGrey;
    for (let row = 0; row < p.height; row++) {
      const first = p.spans[row * 2]!;
      const last = p.spans[row * 2 + 1]!;
      if (first < 0) continue;
      const base = (p.top + row) * width;
      for (let x = first; x <= last; x++) out[base + x] = Math.max(0, Math.min(255, Math.round(((grey[base + x]! - p.inkGrey) / span) * 255)));
    }
  }
  return out;
}

/** A camera wrote EXIF (make, exposure): a photo, not a screenshot. */
function exifPhoto(meta: Metadata): boolean {
  return meta.exif !== undefined && meta.exif.length > 0 && meta.format === 'jpeg';
}
