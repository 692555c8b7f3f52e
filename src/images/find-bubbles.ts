/**
 * Chat bubbles of a screenshot, found from its pixels before any OCR: the message text sits in
 * bubbles (rounded areas of one colour on the page's background), while the sender's name,
 * date lines, 既読 and times, the status bar, the input bar and the keyboard lie outside them.
 * Reading only the bubbles keeps those out of the text and stops a time beside a bubble from
 * merging with its last line. Pure: raw RGB in, rectangles out.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Bubble extends Rect {
  /** The bubble's own colour (its commonest colour), RGB. */
  colour: [number, number, number];
  /** Pixels of the bubble far from its colour: the text. */
  ink: number;
  /** Mean grey level (0–255) of those pixels. */
  inkGrey: number;
  /** The side it hangs from: a chat puts the other party's bubbles on the left, the phone owner's own on the right. */
  side: 'left' | 'right';
  /**
   * A reply quoting an earlier message (LINE's quote-reply): the quote (the quoted sender's name and the first words of
   * the message, cut with 「…」) sits at the top of the reply's bubble, ruled off from the reply's own text; this is the
   * first row under the rule (absolute y). The rows above it are a copy of a message, not the reply (see {@link quoteRule}).
   */
  quoteEnd?: number;
  /**
   * A forwarded message framed in the bubble (a messenger's 「転送されたメッセージ」: a coloured bar down its left, the original
   * sender's name in colour at its top): the part of the bubble to read, beside the bar, below that name (see {@link forwardFrame}).
   */
  forwarded?: Rect;
  /**
   * A second fill covering much of the bubble behind its text (a selection's highlight: the resident selected the message to
   * copy it), RGB: paper, as the bubble's own colour is; the text on it is the message.
   */
  highlight?: [number, number, number];
  /** A selection's handles (a bar of the system's accent colour down the first or last selected line, a dot at its end): not text. */
  handles?: Rect[];
  /**
   * A sender's name stands over it (a left bubble; see {@link senderNameAbove}): a group chat names each speaker's first
   * bubble, a one-to-one chat shows no names (or one, over its first bubble).
   */
  named?: true;
}

/** A filled area (band, card, button, bubble) whose text is lighter than its fill: white on blue, red or green. */
export interface LightTextPanel extends Rect {
  /** Grey level of the fill and of the text. */
  fillGrey: number;
  inkGrey: number;
  /** For each row from `top`, the first and last column of the area (its rounded corners left out), as pairs. */
  spans: Int32Array;
}

/** A connected area of pixels not of the page's colour: a glyph, an icon, an avatar, a bubble, a band. */
export interface Shape extends Rect {
  /** Its pixels (a filled rectangle has width × height). */
  count: number;
  /** It lies within the rows of a full-width band (status bar, header, input bar), or is one. */
  inBand: boolean;
}

export interface BubbleLayout {
  /** The page's colour (the commonest), RGB. */
  background: [number, number, number];
  bubbles: Bubble[];
  /** Every connected area off the page's colour, in the order found (for chrome-areas.ts). */
  shapes: Shape[];
  /** Areas anywhere on the page (app chrome included) holding text lighter than their fill. */
  lightTextPanels: LightTextPanel[];
  /** Links' preview cards (a picture over a page's title and domain): not bubbles, and left out of a whole-screen read (chrome-areas.ts). */
  previewCards: Rect[];
  /** Ink on the page background outside bubbles and full-width bands (names, dates, loose text). */
  looseInk: number;
}

/** Channels closer than this to a colour count as that colour (JPEG noise on flat areas stays within ~6). */
export const SAME_COLOUR = 14;
/**
 * A white bubble on a page a shade darker (a light SMS app: bubbles 255, page 247) stands out by this much only; a screen's
 * flat areas stay within ~3 of their colour in a screenshot's JPEG, so a second look at this tolerance finds them.
 */
export const FAINT_COLOUR = 5;
/** A bubble's text differs from the bubble by more than this on some channel. */
const INK_DIFF = 48;
/** Smallest bubble, in shares of the image width (an avatar is ~0.08, one short line ~0.2 wide and ~0.09 high). */
const MIN_BUBBLE_WIDTH = 0.12;
const MIN_BUBBLE_HEIGHT = 0.05;
/** A bubble fills most of its bounding box (a rounded rectangle ~0.9); an outline or a scatter of glyphs does not. */
const MIN_FILL = 0.6;
/** Loose marks larger than this share of the width (either way) are shapes, not glyphs. */
const MAX_GLYPH = 0.06;
/** Smallest area checked for light text (a button, a header band), in shares of the width. */
const MIN_PANEL_WIDTH = 0.1;
const MIN_PANEL_HEIGHT = 0.03;
/** Light text is at least this many grey levels lighter than its fill. */
const LIGHT_TEXT_CONTRAST = 60;
/** A card's (or any centred area's) margins are within this share of the width of each other. */
const CARD_EVEN = 0.03;
/** A contact's round picture: its left within this share of the width, its width within these shares. */
const AVATAR_MARGIN = 0.06;
const AVATAR_MIN = 0.04;
const AVATAR_MAX = 0.12;
/** The input field lies in this bottom share of the height. */
const INPUT_FIELD_ZONE = 0.1;
/** Loose marks in these top and bottom shares of a portrait screenshot are app chrome (status bar, header; input bar, navigation). */
const CHROME_TOP = 0.15;
const CHROME_BOTTOM = 0.1;
/** A full-width band starting below this share of the height, with no bubble under it, begins the app's bottom bar. */
const BOTTOM_BAR_ZONE = 0.6;
/** Bubbles are read alone when they hold at least this much more ink than the text loose on the page (a mail's body is loose). */
const BUBBLE_INK_RATIO = 1.5;

const quantKey = (r: number, g: number, b: number) => ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);

/** The commonest colour (5-bit bins, then the mean of the winning bin) of the given pixels. */
function commonest(rgb: Uint8Array, indices: Iterable<number>): [number, number, number] {
  const counts = new Map<number, [number, number, number, number]>();
  for (const i of indices) {
    const p = i * 3;
    const key = quantKey(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!);
    const c = counts.get(key);
    if (c) {
      c[0]++;
      c[1] += rgb[p]!;
      c[2] += rgb[p + 1]!;
      c[3] += rgb[p + 2]!;
    } else counts.set(key, [1, rgb[p]!, rgb[p + 1]!, rgb[p + 2]!]);
  }
  let best: [number, number, number, number] | undefined;
  for (const c of counts.values()) if (!best || c[0] > best[0]) best = c;
  if (!best) return [255, 255, 255];
  return [Math.round(best[1] / best[0]), Math.round(best[2] / best[0]), Math.round(best[3] / best[0])];
}

/** The page's colour shows on at least this share of the screen's left and right edges (between the top and bottom strips). */
const PAGE_AT_SIDES = 0.2;

/**
 * The page's colour: the commonest colour, unless it hardly shows at the screen's left and right edges — a screenshot cropped
 * close around a large bubble, where the bubble's white outnumbers the chat's page — then the commonest colour at those edges
 * (bubbles never reach the screen's sides; the page does).
 */
function pageColour(rgb: Uint8Array, width: number, height: number, tolerance: number): [number, number, number] {
  const overall = commonest(rgb, stride(width * height, 7));
  const sides: number[] = [];
  for (let y = Math.round(height * 0.15); y < Math.round(height * 0.85); y += 2) sides.push(y * width, y * width + width - 1);
  if (sides.length === 0) return overall;
  const onSides = sides.filter((i) => !far(rgb, i * 3, overall, tolerance)).length / sides.length;
  return onSides >= PAGE_AT_SIDES ? overall : commonest(rgb, sides);
}

/** The longest run of pixels on row `y`, from `from` up to `to` (exclusive), off `colour` but all of one colour: a rule or a button's edge across a bubble or card. */
function oneColourRun(rgb: Uint8Array, width: number, y: number, from: number, to: number, colour: readonly number[]): number {
  let best = 0;
  let run = 0;
  let runColour: number[] | null = null;
  for (let x = from; x < to; x++) {
    const p = (y * width + x) * 3;
    if (!far(rgb, p, colour, SAME_COLOUR)) {
      run = 0;
      runColour = null;
      continue;
    }
    if (runColour && !far(rgb, p, runColour, SAME_COLOUR)) run++;
    else {
      run = 1;
      runColour = [rgb[p]!, rgb[p + 1]!, rgb[p + 2]!];
    }
    if (run > best) best = run;
  }
  return best;
}

function* stride(n: number, step: number): Iterable<number> {
  for (let i = 0; i < n; i += step) yield i;
}

export const far = (rgb: Uint8Array, p: number, c: readonly number[], limit: number) =>
  Math.abs(rgb[p]! - c[0]!) > limit || Math.abs(rgb[p + 1]! - c[1]!) > limit || Math.abs(rgb[p + 2]! - c[2]!) > limit;

export const greyOf = (r: number, g: number, b: number) => (r * 54 + g * 183 + b * 19) >> 8;

/**
 * Bubbles of an RGB image `width` × `height` (3 bytes a pixel), top to bottom, and the loose ink beside them. `tolerance`:
 * how far (per channel) from the page's colour a pixel is off the page ({@link FAINT_COLOUR} for a second look at a light
 * screen whose white bubbles are a shade lighter than its page).
 */
export function findBubbles(rgb: Uint8Array, width: number, height: number, tolerance = SAME_COLOUR): BubbleLayout {
  const pixels = width * height;
  const background = pageColour(rgb, width, height, tolerance);
  // Label the connected areas (4-neighbours) of everything that is not the background.
  const label = new Int32Array(pixels);
  const stack = new Int32Array(pixels);
  const areas: { left: number; top: number; right: number; bottom: number; count: number }[] = [];
  for (let start = 0; start < pixels; start++) {
    if (label[start] !== 0 || !far(rgb, start * 3, background, tolerance)) continue;
    const id = areas.length + 1;
    const area = { left: width, top: height, right: -1, bottom: -1, count: 0 };
    let sp = 0;
    stack[sp++] = start;
    label[start] = id;
    while (sp > 0) {
      const i = stack[--sp]!;
      const x = i % width;
      const y = (i - x) / width;
      area.count++;
      if (x < area.left) area.left = x;
      if (x > area.right) area.right = x;
      if (y < area.top) area.top = y;
      if (y > area.bottom) area.bottom = y;
      const visit = (j: number) => {
        if (label[j] !== 0 || !far(rgb, j * 3, background, tolerance)) return;
        label[j] = id;
        stack[sp++] = j;
      };
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (y > 0) visit(i - width);
      if (y < height - 1) visit(i + width);
    }
    areas.push(area);
  }
  // Full-width bands (status bar, header, input bar, keyboard) and everything drawn within their rows (keys) are app chrome.
  const bands = areas.filter((a) => a.left <= 1 && a.right >= width - 2);
  const inBand = (a: (typeof areas)[number]) => bands.some((b) => a.top >= b.top && a.bottom <= b.bottom);
  // Round pictures at the left margin (a chat's contact picture): filled discs of a bubble's line height or so.
  const avatars = areas.filter((a) => {
    const w = a.right - a.left + 1;
    const h = a.bottom - a.top + 1;
    const fill = a.count / (w * h);
    return a.left <= width * AVATAR_MARGIN && w >= width * AVATAR_MIN && w <= width * AVATAR_MAX && Math.abs(w - h) <= Math.max(w, h) * 0.15 && fill >= 0.55 && fill <= 0.9;
  });
  const bubbles: Bubble[] = [];
  const previewCards: Rect[] = [];
  const lightTextPanels: LightTextPanel[] = [];
  const shapes: Shape[] = [];
  const loose: { top: number; count: number }[] = [];
  for (const [k, a] of areas.entries()) {
    const id = k + 1;
    const w = a.right - a.left + 1;
    const h = a.bottom - a.top + 1;
    shapes.push({ left: a.left, top: a.top, width: w, height: h, count: a.count, inBand: inBand(a) });
    if (w >= width * MIN_PANEL_WIDTH && h >= width * MIN_PANEL_HEIGHT && a.count >= w * h * MIN_FILL) {
      const panel = lightTextPanel(rgb, label, width, a, id);
      if (panel) lightTextPanels.push(panel);
    }
    if (inBand(a)) continue;
    // A card spanning the page with even margins (a spam warning, a notice) or a wide field at the very bottom (the input field) is the app's, not a message.
    // Nor is anything centred on the page (a contact's round picture in the header, a date pill, a notice that someone joined): bubbles hang from a side.
    const glyphSized = h <= width * MAX_GLYPH && w <= width * MAX_GLYPH * 1.6;
    // …unless the sender's round picture stands left of it, by its top: a wide bubble of the other party (a forwarded message)
    // can have nearly even margins too.
    // (Beside it means next to it: a date pill centred on the page, by chance level with a picture's top, lies far right of it.)
    const besideAvatar = avatars.some((v) => v.right < a.left && a.left - v.right <= v.right - v.left && v.bottom >= a.top - (v.bottom - v.top) && v.top <= a.top + (v.bottom - v.top));
    const card = !glyphSized && !besideAvatar && Math.abs(a.left - (width - 1 - a.right)) < width * CARD_EVEN;
    const inputField = a.top > height * (1 - INPUT_FIELD_ZONE) && w > width * 0.5;
    if (card || inputField) continue;
    const isBubble = w >= width * MIN_BUBBLE_WIDTH && h >= width * MIN_BUBBLE_HEIGHT && a.count >= w * h * MIN_FILL;
    if (!isBubble) {
      // Glyph-sized marks only: an avatar, an arrow or the outline of an input field is not text.
      // Marks in the top and bottom strips are the status bar, the header and the input bar even when they share the page's colour (dark mode).
      const middle = (a.top + a.bottom) / 2;
      if (glyphSized && middle > height * CHROME_TOP && middle < height * (1 - CHROME_BOTTOM)) loose.push({ top: a.top, count: a.count });
      continue;
    }
    // The rows read (a message card's text part, below its picture: see below).
    let rows = { top: a.top, bottom: a.bottom };
    const inside = function* () {
      for (let y = rows.top; y <= rows.bottom; y++) for (let x = a.left; x <= a.right; x++) if (label[y * width + x] === id) yield y * width + x;
    };
    // Text the colour of the page (white text on a bubble on a white page) is not part of the area, but a hole in it.
    const insideOrHoles = function* () {
      for (let y = rows.top; y <= rows.bottom; y++) for (let x = a.left; x <= a.right; x++) if (label[y * width + x] === id || label[y * width + x] === 0) yield y * width + x;
    };
    let colour = commonest(rgb, inside());
    // A link's preview card (a picture over the page's title and domain, under the bubble holding the link) is not a message:
    // the app draws it from the link, which the bubble above already shows; a resident retyping the message leaves it out.
    // A message card (an official account's: a picture or a banner of big text, then a title and several lines of text, then
    // a button) is a message: its text part alone is read, as a bubble, without the banner and the button (cardText).
    if (pictureOnTop(rgb, width, a, colour)) {
      const text = cardText(rgb, width, a, colour);
      if (!text) {
        previewCards.push({ left: a.left, top: a.top, width: w, height: h });
        continue;
      }
      rows = text;
      colour = commonest(rgb, inside());
    }
    // A second fill over part of the bubble (a selection's highlight behind selected text) is paper too, not ink.
    const fill2 = secondFill(rgb, inside(), colour);
    const inkOf = (pixels: Iterable<number>) => {
      let n = 0;
      let sum = 0;
      for (const i of pixels) {
        const p = i * 3;
        if (!far(rgb, p, colour, INK_DIFF) || (fill2 && !far(rgb, p, fill2, INK_DIFF))) continue;
        n++;
        sum += greyOf(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!);
      }
      return { n, sum };
    };
    let { n: ink, sum: greySum } = inkOf(inside());
    // Rounded corners show the page too, so the holes count only when the area itself holds (almost) no ink.
    if (ink < a.count * 0.01) ({ n: ink, sum: greySum } = inkOf(insideOrHoles()));
    if (ink === 0) continue;
    const box = { left: a.left, top: rows.top, width: w, height: rows.bottom - rows.top + 1 };
    const quoteEnd = quoteRule(rgb, width, box, colour);
    const forwarded = forwardFrame(rgb, width, box, colour);
    bubbles.push({ ...box, colour, ink, inkGrey: greySum / ink, side: width - 1 - a.right < a.left ? 'right' : 'left', ...(quoteEnd !== null ? { quoteEnd } : {}), ...(forwarded !== null ? { forwarded } : {}), ...(fill2 ? { highlight: fill2, handles: selectionHandles(rgb, width, box, [colour, fill2]) } : {}) });
  }
  bubbles.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const b of bubbles) if (b.side === 'left' && senderNameAbove(shapes, b, width)) b.named = true;
  // A bar of the app's under the chat, ruled off across the screen (a message request's 「承認する」「ブロック」 and its notice, an
  // input bar): below the highest full-width band in the lower part of the screen that has no bubble under it, marks are the
  // bar's, not loose text of the page.
  const barTop = Math.min(height, ...bands.filter((b) => b.top > height * BOTTOM_BAR_ZONE && !bubbles.some((u) => u.top > b.top)).map((b) => b.top));
  const looseInk = loose.filter((m) => m.top < barTop).reduce((s, m) => s + m.count, 0);
  return { background, bubbles, shapes, lightTextPanels, previewCards, looseInk };
}

/** A sender's name lies this close above its bubble (share of the width) and is written in glyphs at least this high. */
const NAME_ZONE = 0.05;
const NAME_MIN_GLYPH = 0.012;
/** …starting within this share of the width right of the bubble's left edge (a time or 既読 under the bubble above starts far right of it, a date line is centred). */
const NAME_START = 0.04;

/**
 * Whether a sender's name stands right over bubble `b`: two or more glyph-sized marks on the page (not in a band) ending within
 * {@link NAME_ZONE} above its top, over its left half, the first starting at its left edge (as a group chat writes
 * 「健太」 or 「会長 小林」 over each speaker's first bubble). The contact's picture beside it and a date pill are not.
 */
export function senderNameAbove(shapes: readonly Shape[], b: Rect, width: number): boolean {
  const marks = shapes.filter(
    (s) =>
      !s.inBand &&
      s.height >= width * NAME_MIN_GLYPH &&
      s.height <= width * MAX_GLYPH &&
      s.width <= width * MAX_GLYPH * 1.6 &&
      s.top + s.height <= b.top &&
      s.top + s.height >= b.top - width * NAME_ZONE &&
      s.left >= b.left - width * 0.01 &&
      s.left < b.left + b.width / 2,
  );
  if (marks.length < 2) return false;
  return Math.min(...marks.map((s) => s.left)) <= b.left + width * NAME_START;
}

/** A preview card's picture fills at least this share of its height from the top, where under this share of the pixels are of the card's colour. */
const PICTURE_ROWS = 0.3;
const PICTURE_PLAIN = 0.3;

/** Whether the top of the area is a picture (a gradient or a photo: little of it in the area's own flat colour), as a link's preview card has. */
function pictureOnTop(rgb: Uint8Array, width: number, a: { left: number; top: number; right: number; bottom: number }, colour: readonly number[]): boolean {
  const h = a.bottom - a.top + 1;
  const inset = Math.round((a.right - a.left + 1) * 0.1);
  let plain = 0;
  let n = 0;
  for (let y = a.top + Math.round(h * 0.05); y < a.top + h * PICTURE_ROWS; y++)
    for (let x = a.left + inset; x <= a.right - inset; x += 2) {
      n++;
      if (!far(rgb, (y * width + x) * 3, colour, SAME_COLOUR)) plain++;
    }
  if (n === 0 || plain / n >= PICTURE_PLAIN) return false;
  // A picture changes colour (a photo, a gradient); one flat fill over the top with text on it (a selection's highlight) is the
  // same colour at the top of that part as at its bottom, on most of each.
  const from = a.top + Math.round(h * 0.05);
  const to = Math.floor(a.top + h * PICTURE_ROWS);
  const third = Math.max(1, Math.floor((to - from) / 3));
  const fillOf = (y0: number, y1: number) => {
    const other: number[] = [];
    for (let y = y0; y < y1; y++) for (let x = a.left + inset; x <= a.right - inset; x += 2) if (far(rgb, (y * width + x) * 3, colour, SAME_COLOUR)) other.push(y * width + x);
    const fill = commonest(rgb, other);
    return { fill, flat: other.length > 0 && other.filter((i) => !far(rgb, i * 3, fill, FLAT_FILL)).length >= other.length * PICTURE_FLAT };
  };
  const first = fillOf(from, from + third);
  const last = fillOf(to - third, to);
  return !(first.flat && last.flat && !far(Uint8Array.from(first.fill), 0, last.fill, FLAT_FILL));
}

/** A flat fill: most of its pixels (this share) within this of its colour (a JPEG's noise on flat areas is ~3–6, ~10 sent small). */
const PICTURE_FLAT = 0.5;
const FLAT_FILL = 10;

/** A message card has at least this many lines of text under its picture (a link's preview: a title of one or two lines and the domain). */
const CARD_TEXT_LINES = 4;
/** A button across a card: a run of one colour other than the card's over at least this share of its width, on a row. */
const BUTTON_SPAN = 0.5;
/** A row under the picture is the card's own when at least this share of it is the card's colour. */
const CARD_ROW_PLAIN = 0.6;

/**
 * The rows of a card's text part (below its picture, above a button across it) when it holds at least {@link CARD_TEXT_LINES}
 * lines of text: an official account's message card (a banner or picture, a title, the message, a button to tap), whose
 * text is what a resident would retype; null for a link's preview card (a picture over a title and a domain).
 */
export function cardText(rgb: Uint8Array, width: number, a: { left: number; top: number; right: number; bottom: number }, colour: readonly number[]): { top: number; bottom: number } | null {
  const inset = Math.round((a.right - a.left + 1) * 0.05);
  const from = a.left + inset;
  const to = a.right - inset;
  const plainShare = (y: number) => {
    let plain = 0;
    for (let x = from; x <= to; x++) if (!far(rgb, (y * width + x) * 3, colour, SAME_COLOUR)) plain++;
    return plain / Math.max(1, to - from + 1);
  };
  // Where the picture ends: the first row of the card's own colour across (text starts a little lower).
  let top = a.top;
  while (top <= a.bottom && plainShare(top) < CARD_ROW_PLAIN) top++;
  if (top > a.bottom) return null;
  const longestRun = (y: number) => oneColourRun(rgb, width, y, from, to + 1, colour);
  let bottom = a.bottom;
  let lines = 0;
  let inLine = false;
  for (let y = top; y <= a.bottom; y++) {
    if (longestRun(y) >= (to - from + 1) * BUTTON_SPAN) {
      // A button: the card's text ends above it.
      bottom = y - 1;
      break;
    }
    let ink = false;
    for (let x = from; x <= to && !ink; x++) ink = far(rgb, (y * width + x) * 3, colour, INK_DIFF);
    if (ink && !inLine) lines++;
    inLine = ink;
  }
  return lines >= CARD_TEXT_LINES && bottom > top ? { top, bottom } : null;
}

/** A selection handle's bar: pixels of a colour (channels at least this far apart) unlike the fills, down at least this share of the image width unbroken. */
const HANDLE_CHROMA = 90;
const HANDLE_RUN = 0.05;
/** …and the area around it where its dot and the bar's blended edge lie: this share of the width either side. */
const HANDLE_PAD = 0.012;

/**
 * The handles of a selection over a bubble's text: columns where a coloured run (the accent colour, unlike both fills and the
 * text's grey) goes down longer than a line of text does, with room either side for the dot. A coloured link's glyphs are
 * never that high unbroken.
 */
export function selectionHandles(rgb: Uint8Array, width: number, b: Rect, fills: readonly (readonly number[])[]): Rect[] {
  const accent = (x: number, y: number) => {
    const p = (y * width + x) * 3;
    return Math.max(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) - Math.min(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) >= HANDLE_CHROMA && fills.every((f) => far(rgb, p, f, INK_DIFF));
  };
  const minRun = Math.max(4, Math.round(width * HANDLE_RUN));
  const pad = Math.max(2, Math.round(width * HANDLE_PAD));
  const out: Rect[] = [];
  for (let x = b.left; x < b.left + b.width; x++) {
    let run = 0;
    for (let y = b.top; y < b.top + b.height; y++) {
      run = accent(x, y) ? run + 1 : 0;
      if (run < minRun) continue;
      const last = out.at(-1);
      if (last && x - (last.left + last.width - pad) <= 1) last.width = x + pad + 1 - last.left;
      else out.push({ left: Math.max(b.left, x - pad), top: b.top, width: 2 * pad + 1, height: b.height });
      break;
    }
  }
  return out;
}

/** A second fill covers at least this share of a bubble (a selection's highlight over most of its text)… */
const SECOND_FILL = 0.15;
/** …and is a tint near the bubble's own grey (text stays readable on it), unlike the text itself. */
const SECOND_FILL_NEAR = 80;

/** The commonest colour of the area's pixels off its own colour when it is a tint covering at least {@link SECOND_FILL} of the area, else null. */
function secondFill(rgb: Uint8Array, pixels: Iterable<number>, colour: readonly number[]): [number, number, number] | null {
  const all = [...pixels];
  const off = all.filter((i) => far(rgb, i * 3, colour, SAME_COLOUR));
  if (off.length < all.length * SECOND_FILL) return null;
  const fill = commonest(rgb, off);
  if (Math.abs(greyOf(fill[0], fill[1], fill[2]) - greyOf(colour[0]!, colour[1]!, colour[2]!)) >= SECOND_FILL_NEAR) return null;
  return off.filter((i) => !far(rgb, i * 3, fill, SAME_COLOUR)).length >= all.length * SECOND_FILL ? fill : null;
}

/** A quote's rule spans at least this share of its bubble's width, is at most this share of the image width thick, and has this much clear bubble above and below it. */
const RULE_SPAN = 0.6;
const RULE_MAX_THICK = 0.006;
const RULE_CLEAR = 0.004;
/** A row is plain bubble when at most this share of it is off the bubble's colour (a re-compressed JPEG rings beside a thin line). */
const RULE_PLAIN = 0.05;
/** Ink both above and below the rule: at least this many rows of it (the quote's two lines, the reply's line). */
const RULE_TEXT_ROWS = 0.015;

/**
 * The row of a rule across a bubble that sets a quoted message off from the reply under it
 * (LINE's quote-reply: the quoted sender's name and the message's first words, a thin line, then
 * what the resident wrote), or null. A rule is a thin run of rows of one colour other than the
 * bubble's across most of its width, with plain bubble just above and below and text on both
 * sides. A line of text never is: its glyphs leave gaps of bubble colour on every row; an
 * underlined link has its letters' feet just above the underline, so the row above is not clear.
 */
export function quoteRule(rgb: Uint8Array, width: number, b: Rect, colour: readonly number[]): number | null {
  const from = b.left + Math.round(b.width * 0.05);
  const to = b.left + b.width - Math.round(b.width * 0.05);
  const span = Math.round(b.width * RULE_SPAN);
  const clear = Math.max(2, Math.round(width * RULE_CLEAR));
  const maxThick = Math.max(2, Math.round(width * RULE_MAX_THICK));
  // For each row: the longest run of pixels off the bubble's colour but of one colour, and whether the row holds any ink at all.
  const runOf = (y: number) => oneColourRun(rgb, width, y, from, to, colour);
  const plain = (y: number) => {
    let off = 0;
    for (let x = from; x < to; x++) if (far(rgb, (y * width + x) * 3, colour, SAME_COLOUR)) off++;
    return off <= (to - from) * RULE_PLAIN;
  };
  const inkRows = (y0: number, y1: number) => {
    let n = 0;
    for (let y = Math.max(b.top, y0); y < Math.min(b.top + b.height, y1); y++) if (!plain(y)) n++;
    return n;
  };
  const textRows = Math.max(2, Math.round(width * RULE_TEXT_ROWS));
  for (let y = b.top + clear; y < b.top + b.height - clear; y++) {
    if (runOf(y) < span) continue;
    let end = y;
    while (end + 1 < b.top + b.height && runOf(end + 1) >= span) end++;
    if (end - y + 1 <= maxThick && plain(y - clear) && plain(end + clear) && inkRows(b.top, y) >= textRows && inkRows(end + 1, b.top + b.height) >= textRows) return end + 1;
    y = end;
  }
  return null;
}

/** A forwarded message's bar: within this share of the width from the bubble's left, at most this thick, down at least this share of the bubble. */
const BAR_ZONE = 0.1;
const BAR_MAX_THICK = 0.012;
const BAR_MIN_RUN = 0.45;
/** …and at least this share of the image width long. */
const BAR_MIN_PX = 0.06;
/** …looked for from this share of the width inside the bubble's left. */
const BAR_EDGE = 0.012;
/** The original sender's name at the top of the frame is in colour (channels this far apart) where the message is not (under half that). */
const NAME_CHROMA = 60;

/**
 * A forwarded message framed inside a bubble: a thin bar of one colour down the bubble's left
 * inside, beside the message (a messenger's forward: the header 「転送されたメッセージ」 above the
 * bar, the original sender's name in colour at the bar's top, then the message), or null. The
 * part to read is beside the bar, from its top — below the coloured name when there is one — to
 * its bottom: the header and the name are the app's, as a chat's header is. Glyph strokes never
 * run down several lines unbroken, so no line of text is taken for the bar.
 */
export function forwardFrame(rgb: Uint8Array, width: number, b: Rect, colour: readonly number[]): Rect | null {
  const longestRun = (x: number) => {
    let best = { top: 0, bottom: -1 };
    let start = -1;
    let runColour: number[] | null = null;
    for (let y = b.top; y <= b.top + b.height; y++) {
      const p = (y * width + x) * 3;
      const on = y < b.top + b.height && far(rgb, p, colour, INK_DIFF) && (!runColour || !far(rgb, p, runColour, SAME_COLOUR * 2));
      if (on) {
        if (start < 0) {
          start = y;
          runColour = [rgb[p]!, rgb[p + 1]!, rgb[p + 2]!];
        }
        continue;
      }
      if (start >= 0 && y - start > best.bottom - best.top + 1) best = { top: start, bottom: y - 1 };
      start = -1;
      runColour = null;
    }
    return best;
  };
  // (Two lines of text at least: a small chip's edge is no bar.)
  const minRun = Math.max(b.height * BAR_MIN_RUN, width * BAR_MIN_PX);
  const maxThick = Math.max(2, Math.round(width * BAR_MAX_THICK));
  // (From a little inside: the bubble's own edge, blended with the page, runs down it too.)
  for (let x = b.left + Math.max(3, Math.round(width * BAR_EDGE)); x < b.left + width * BAR_ZONE && x < b.left + b.width; x++) {
    const run = longestRun(x);
    if (run.bottom - run.top + 1 < minRun) continue;
    // Thin: a little further right, the run is gone (a bar, not the edge of a picture or a filled box).
    let right = x;
    while (right + 1 < b.left + b.width && right - x < maxThick && longestRun(right + 1).bottom - longestRun(right + 1).top + 1 >= minRun) right++;
    if (right - x >= maxThick) return null;
    const frame = { left: right + 1, top: run.top, width: b.left + b.width - right - 1, height: run.bottom - run.top + 1 };
    const top = belowColouredName(rgb, width, frame, colour);
    return { ...frame, top, height: frame.top + frame.height - top };
  }
  return null;
}

/** The top of the frame's text below its first line when that line is in colour and the rest is not (the original sender's name); else the frame's top. */
function belowColouredName(rgb: Uint8Array, width: number, frame: Rect, colour: readonly number[]): number {
  const rows: { top: number; bottom: number; chroma: number; n: number }[] = [];
  let current: (typeof rows)[number] | null = null;
  for (let y = frame.top; y < frame.top + frame.height; y++) {
    let n = 0;
    let chroma = 0;
    for (let x = frame.left; x < frame.left + frame.width; x++) {
      const p = (y * width + x) * 3;
      if (!far(rgb, p, colour, INK_DIFF)) continue;
      n++;
      chroma += Math.max(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!) - Math.min(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!);
    }
    if (n === 0) {
      current = null;
      continue;
    }
    if (!current) rows.push((current = { top: y, bottom: y, chroma: 0, n: 0 }));
    current.bottom = y;
    current.chroma += chroma;
    current.n += n;
  }
  const lines = rows.filter((r) => r.bottom - r.top >= 3);
  if (lines.length < 2) return frame.top;
  const first = lines[0]!.chroma / lines[0]!.n;
  const rest = lines.slice(1).reduce((s, r) => s + r.chroma, 0) / Math.max(1, lines.slice(1).reduce((s, r) => s + r.n, 0));
  if (first < NAME_CHROMA || rest >= NAME_CHROMA / 2) return frame.top;
  return Math.round((lines[0]!.bottom + lines[1]!.top) / 2);
}

/** The area as a panel of light text when its ink (pixels inside its row spans far from its fill) is clearly lighter than the fill. */
function lightTextPanel(rgb: Uint8Array, label: Int32Array, width: number, a: { left: number; top: number; right: number; bottom: number }, id: number): LightTextPanel | null {
  const h = a.bottom - a.top + 1;
  const spans = new Int32Array(h * 2).fill(-1);
  const fillPixels: number[] = [];
  for (let y = a.top; y <= a.bottom; y++) {
    let first = -1;
    let last = -1;
    for (let x = a.left; x <= a.right; x++) {
      if (label[y * width + x] !== id) continue;
      if (first < 0) first = x;
      last = x;
      if ((x + y) % 5 === 0) fillPixels.push(y * width + x);
    }
    spans[(y - a.top) * 2] = first;
    spans[(y - a.top) * 2 + 1] = last;
  }
  const fill = commonest(rgb, fillPixels);
  const fillGrey = greyOf(fill[0], fill[1], fill[2]);
  let n = 0;
  let sum = 0;
  for (let y = a.top; y <= a.bottom; y++) {
    const first = spans[(y - a.top) * 2]!;
    const last = spans[(y - a.top) * 2 + 1]!;
    for (let x = first; x >= 0 && x <= last; x++) {
      const p = (y * width + x) * 3;
      if (!far(rgb, p, fill, INK_DIFF)) continue;
      n++;
      sum += greyOf(rgb[p]!, rgb[p + 1]!, rgb[p + 2]!);
    }
  }
  if (n === 0) return null;
  const inkGrey = sum / n;
  if (inkGrey < fillGrey + LIGHT_TEXT_CONTRAST) return null;
  return { left: a.left, top: a.top, width: a.right - a.left + 1, height: h, fillGrey, inkGrey, spans };
}

/** Glyph-sized marks: at least this share of the width high, at most this share high and wide; at least this many of them for an estimate. */
const GLYPH_MIN = 0.012;
const GLYPH_MAX = 0.12;
const GLYPH_COUNT = 20;

/**
 * About how high the text loose on the page is, px: the upper quartile of the heights of its
 * glyph-sized marks (a glyph of several strokes is several marks, mostly lower than the glyph;
 * the quartile comes close to the glyph's height); 0 when there are too few to tell.
 */
export function glyphHeight(layout: BubbleLayout, width: number): number {
  const heights = layout.shapes
    .filter((s) => !s.inBand && s.height >= width * GLYPH_MIN && s.height <= width * GLYPH_MAX && s.width <= width * GLYPH_MAX)
    .map((s) => s.height)
    .sort((a, b) => a - b);
  return heights.length < GLYPH_COUNT ? 0 : heights[Math.floor(heights.length * 0.75)]!;
}

/**
 * About how high the text in the bubbles is, px: the median height of the runs of rows holding
 * ink inside the bubbles (one run a line of text; the bubble's rounded sides left out); 0 without bubbles.
 */
export function bubbleTextHeight(rgb: Uint8Array, width: number, layout: BubbleLayout): number {
  const runs: number[] = [];
  for (const b of layout.bubbles) {
    const from = b.left + Math.round(b.width * 0.1);
    const to = b.left + b.width - Math.round(b.width * 0.1);
    let run = 0;
    for (let y = b.top; y < b.top + b.height; y++) {
      let ink = false;
      for (let x = from; x < to && !ink; x++) ink = far(rgb, (y * width + x) * 3, b.colour, INK_DIFF) && (!b.highlight || far(rgb, (y * width + x) * 3, b.highlight, INK_DIFF));
      if (ink) run++;
      else if (run > 0) {
        runs.push(run);
        run = 0;
      }
    }
    if (run > 0) runs.push(run);
  }
  const lines = runs.filter((r) => r >= width * GLYPH_MIN).sort((a, b) => a - b);
  return lines.length === 0 ? 0 : lines[Math.floor(lines.length / 2)]!;
}

/** Whether the text of this screenshot is in its bubbles (a chat), so that reading only them loses nothing of the message. */
export function readBubblesAlone(layout: BubbleLayout): boolean {
  const ink = layout.bubbles.reduce((s, b) => s + b.ink, 0);
  return layout.bubbles.length > 0 && ink >= layout.looseInk * BUBBLE_INK_RATIO;
}
