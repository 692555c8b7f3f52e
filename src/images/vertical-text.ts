/**
 * Vertical writing (縦書き) found on a photographed page, so it can be read with Tesseract's
 * vertical model (page segmentation 5, `jpn_vert`) instead of being misread, or lost, by the
 * horizontal read: an envelope's address and name, a 「還付金のお知らせ在中」 box, a letter's
 * 「重要書類在中」 stamp. Pure: an ink mask in, boxes out (`findVerticalText` marks the ink).
 *
 * How: ink is marked (darker than its blurred surroundings) on a copy about
 * {@link SEARCH_WIDTH} px wide and thickened by a pixel, so a character's strokes join into one
 * blob (and a horizontal line's characters, set close together, into a word-wide blob). A
 * roughly square blob is linked to the one below it when the two line up, are about as wide,
 * and the gap between them is clearly smaller than the gap to their nearest neighbour on either
 * side: in vertical writing characters follow each other down a column and the columns stand
 * apart; in horizontal writing it is the other way round. A chain of at least
 * {@link MIN_COLUMN_GLYPHS} linked blobs, much taller than wide, is a column; pieces of the same
 * column (a name written with spaces: 田中　和子　様) and neighbouring columns are joined into a block.
 */
import sharp from 'sharp';
import type { Rect } from './find-bubbles.ts';

/** A block of text on the page, px. */
export type TextBox = Rect;

/** The copy searched is about this wide, px. */
const SEARCH_WIDTH = 550;
/** A pixel this much darker than its blurred surroundings is ink. */
const INK_CONTRAST = 30;
/** Blur (sigma, px on the search copy) that gives the surroundings' grey. */
const BACKGROUND_BLUR = 8;
/** A blob narrower or lower than this is a speck (px on the search copy). */
const MIN_GLYPH = 4;
/** A glyph-like blob is at most this many times wider than high, or higher than wide. */
const MAX_GLYPH_ASPECT = 1.8;
/** A blob larger than this share of the page's width or height is a picture, a frame or a shadow. */
const MAX_GLYPH_SHARE = 0.2;
/** A column is at most this share of the page's height. */
const MAX_COLUMN_SHARE = 0.9;
/** Two blobs one above the other line up when they overlap across by this share of the narrower. */
const MIN_ALIGN = 0.6;
/** …and are about as wide: the wider at most this many times the narrower. */
const MAX_WIDTH_RATIO = 2.2;
/** The gap down to the next character is at most this share of the characters' width… */
const MAX_DOWN_GAP = 0.6;
/** …and the gap to the nearest neighbour on either side is at least this many times that gap. */
const SIDE_GAP_FACTOR = 1.5;
/** A column holds at least this many linked blobs and is at least this many times higher than wide. */
const MIN_COLUMN_GLYPHS = 3;
const MIN_COLUMN_ASPECT = 2.5;
/** Pieces of one column are joined across a gap of at most this many character widths; neighbouring columns across this many. */
const PIECE_GAP = 2;
const COLUMN_GAP = 1.2;
/** A blob that is a whole column (characters joined by thickening) is not solid ink: at most this share of its box (a bar, a shadow's edge is more). */
const MAX_COLUMN_FILL = 0.8;
/** A piece joined to a column has no neighbour beside it nearer than this share of the characters' width. */
const SIDE_ALONE = 0.5;
/** A neighbouring column of at least two characters is at least this many times higher than wide (two characters with a gap). */
const MIN_PIECE_ASPECT = 1.6;
/** A block's box is grown by this share of its column width on each side before it is cut out. */
const MARGIN = 0.4;
/** At most this many blocks are read (each costs about a second). */
export const MAX_VERTICAL_BLOCKS = 3;

interface Blob extends TextBox {
  bottom: number;
  right: number;
  /** Ink pixels in it. */
  count: number;
}

/** Blocks of vertical writing in an ink mask (1 = ink), largest first, at most {@link MAX_VERTICAL_BLOCKS}. */
export function verticalTextBlocks(ink: Uint8Array, width: number, height: number): TextBox[] {
  const all = blobsOf(thickened(ink, width, height), width, height);
  const blobs = all.filter((b) => b.width <= width * MAX_GLYPH_SHARE && b.height <= height * MAX_GLYPH_SHARE && (b.width >= MIN_GLYPH || b.height >= MIN_GLYPH));
  const glyph = blobs.map((b) => b.width >= MIN_GLYPH && b.height >= MIN_GLYPH && b.width <= b.height * MAX_GLYPH_ASPECT && b.height <= b.width * MAX_GLYPH_ASPECT);
  // Nearest neighbour to the left or right (any blob whose rows overlap by half the lower one's height).
  const side = blobs.map((a) => sideGap(a, blobs));
  const parent = blobs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < blobs.length; i++) {
    if (!glyph[i]) continue;
    const a = blobs[i]!;
    // The nearest glyph below that lines up.
    let best = -1;
    let bestGap = Infinity;
    for (let j = 0; j < blobs.length; j++) {
      if (j === i || !glyph[j]) continue;
      const b = blobs[j]!;
      const gap = b.top - a.bottom;
      if (gap < 0 || gap >= bestGap) continue;
      const narrower = Math.min(a.width, b.width);
      if (overlap(a.left, a.right, b.left, b.right) < MIN_ALIGN * narrower || Math.max(a.width, b.width) > MAX_WIDTH_RATIO * narrower) continue;
      best = j;
      bestGap = gap;
    }
    if (best < 0) continue;
    const b = blobs[best]!;
    const limit = MAX_DOWN_GAP * Math.max(a.width, b.width);
    if (bestGap <= limit && side[i]! >= SIDE_GAP_FACTOR * Math.max(1, bestGap) && side[best]! >= SIDE_GAP_FACTOR * Math.max(1, bestGap)) parent[find(best)] = find(i);
  }
  const chains = new Map<number, { box: Blob; count: number; glyphWidth: number; side: number }>();
  for (let i = 0; i < blobs.length; i++) {
    if (!glyph[i]) continue;
    const root = find(i);
    const b = blobs[i]!;
    const c = chains.get(root);
    if (c) {
      c.box = union(c.box, b);
      c.count++;
      c.glyphWidth = Math.max(c.glyphWidth, b.width);
      c.side = Math.min(c.side, side[i]!);
    } else chains.set(root, { box: { ...b }, count: 1, glyphWidth: b.width, side: side[i]! });
  }
  // Characters set so close that thickening joined a whole column into one blob: the blob is the column.
  // It stands apart (nothing beside it nearer than half its width), off the page's edges (a shadow), and is not solid (a bar).
  all.forEach((b, i) => {
    if (b.width < 2 * MIN_GLYPH || b.width > width * MAX_GLYPH_SHARE || b.height < MIN_COLUMN_ASPECT * b.width || b.height > height * MAX_COLUMN_SHARE) return;
    if (b.left <= 1 || b.top <= 1 || b.right >= width - 1 || b.bottom >= height - 1 || b.count > MAX_COLUMN_FILL * b.width * b.height) return;
    const near = sideGap(b, blobs);
    if (near >= SIDE_ALONE * b.width) chains.set(-1 - i, { box: { ...b }, count: Math.floor(b.height / b.width), glyphWidth: b.width, side: near });
  });
  const pieces = [...chains.values()];
  const columns = pieces.filter((c) => c.count >= MIN_COLUMN_GLYPHS && c.box.height >= MIN_COLUMN_ASPECT * c.box.width);
  if (columns.length === 0) return [];
  // Grow each column into a block: pieces of the same column below or above it, and neighbouring columns beside it.
  const blocks = columns.map((c) => ({ box: { ...c.box }, glyphWidth: c.glyphWidth }));
  const used = new Set<(typeof pieces)[number]>(columns);
  let grown = true;
  while (grown) {
    grown = false;
    for (const block of blocks) {
      for (const p of pieces) {
        if (used.has(p)) continue;
        const w = Math.max(block.glyphWidth, p.glyphWidth);
        // A piece with a close neighbour beside it is a word of horizontal writing (「親展」 under a vertical box), not part of the column.
        const sameColumn = p.side >= SIDE_ALONE * w && Math.max(block.glyphWidth, p.glyphWidth) <= MAX_WIDTH_RATIO * Math.min(block.glyphWidth, p.glyphWidth) && overlap(block.box.left, block.box.right, p.box.left, p.box.right) >= MIN_ALIGN * Math.min(p.box.width, block.glyphWidth) && gapBetween(block.box.top, block.box.bottom, p.box.top, p.box.bottom) <= PIECE_GAP * w;
        const besideColumn = p.count >= 2 && p.box.height >= MIN_PIECE_ASPECT * p.box.width && overlap(block.box.top, block.box.bottom, p.box.top, p.box.bottom) >= 0.3 * Math.min(block.box.height, p.box.height) && gapBetween(block.box.left, block.box.right, p.box.left, p.box.right) <= COLUMN_GAP * w;
        if (!sameColumn && !besideColumn) continue;
        block.box = union(block.box, p.box);
        block.glyphWidth = w;
        used.add(p);
        grown = true;
      }
    }
    // Blocks that have grown into each other, or stand side by side as columns of one text, become one.
    for (let i = 0; i < blocks.length; i++) {
      for (let j = blocks.length - 1; j > i; j--) {
        const a = blocks[i]!;
        const b = blocks[j]!;
        const touching = overlap(a.box.left, a.box.right, b.box.left, b.box.right) > 0 && overlap(a.box.top, a.box.bottom, b.box.top, b.box.bottom) > 0;
        const beside = overlap(a.box.top, a.box.bottom, b.box.top, b.box.bottom) >= 0.3 * Math.min(a.box.height, b.box.height) && gapBetween(a.box.left, a.box.right, b.box.left, b.box.right) <= COLUMN_GAP * Math.max(a.glyphWidth, b.glyphWidth);
        if (touching || beside) {
          a.box = union(a.box, b.box);
          a.glyphWidth = Math.max(a.glyphWidth, b.glyphWidth);
          blocks.splice(j, 1);
          grown = true;
        }
      }
    }
  }
  return blocks
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)
    .slice(0, MAX_VERTICAL_BLOCKS)
    .map(({ box, glyphWidth }) => {
      const m = Math.round(MARGIN * glyphWidth);
      const left = Math.max(0, box.left - m);
      const top = Math.max(0, box.top - m);
      return { left, top, width: Math.min(width, box.right + m) - left, height: Math.min(height, box.bottom + m) - top };
    });
}

/**
 * Blocks of vertical writing in a grey page (dark text on light, one byte a pixel), in the page's
 * pixels, and the height of its text (the median height of its characters and words, page px;
 * 0 when there is none).
 */
export async function findVerticalText(grey: Buffer, width: number, height: number): Promise<{ boxes: TextBox[]; textHeight: number }> {
  const scale = Math.min(1, SEARCH_WIDTH / width);
  const w = Math.max(1, Math.round(width * scale));
  const raw = { raw: { width, height, channels: 1 as const } };
  const small = scale < 1 ? await sharp(grey, raw).resize({ width: w }).extractChannel(0).raw().toBuffer({ resolveWithObject: true }) : { data: grey, info: { width, height } };
  const sw = small.info.width;
  const sh = small.info.height;
  const background = await sharp(small.data, { raw: { width: sw, height: sh, channels: 1 } }).blur(BACKGROUND_BLUR).extractChannel(0).raw().toBuffer();
  const ink = new Uint8Array(sw * sh);
  for (let i = 0; i < ink.length; i++) if (small.data[i]! + INK_CONTRAST < background[i]!) ink[i] = 1;
  const kx = width / sw;
  const ky = height / sh;
  const boxes = verticalTextBlocks(ink, sw, sh).map((b) => {
    const left = Math.floor(b.left * kx);
    const top = Math.floor(b.top * ky);
    return { left, top, width: Math.min(width - left, Math.ceil(b.width * kx)), height: Math.min(height - top, Math.ceil(b.height * ky)) };
  });
  return { boxes, textHeight: textHeightOf(ink, sw, sh) * ky };
}

/** The median height of the character- or word-sized blobs of an ink mask (px; 0 when there are none). */
export function textHeightOf(ink: Uint8Array, width: number, height: number): number {
  const heights = blobsOf(thickened(ink, width, height), width, height)
    .filter((b) => b.width >= MIN_GLYPH && b.height >= MIN_GLYPH && b.height <= height * MAX_GLYPH_SHARE && b.width >= b.height / MAX_GLYPH_ASPECT)
    .map((b) => b.height - 2)
    .sort((a, b) => a - b);
  return heights.length === 0 ? 0 : heights[Math.floor(heights.length / 2)]!;
}

/** Boxes scaled by `k` (a page enlarged after they were found). */
export function scaledBoxes(boxes: readonly TextBox[], k: number, width: number, height: number): TextBox[] {
  return boxes.map((b) => {
    const left = Math.min(width - 1, Math.floor(b.left * k));
    const top = Math.min(height - 1, Math.floor(b.top * k));
    return { left, top, width: Math.max(1, Math.min(width - left, Math.ceil(b.width * k))), height: Math.max(1, Math.min(height - top, Math.ceil(b.height * k))) };
  });
}

/**
 * A copy of `grey` with the boxes painted over in the paper's grey (the median of each box's
 * edge), so the vertical blocks stay out of the horizontal read; pure white patches on grey paper
 * would make edges that Tesseract takes for a picture's and lose the text around them.
 */
export function whitenedOut(grey: Buffer, width: number, boxes: readonly TextBox[]): Buffer {
  if (boxes.length === 0) return grey;
  const out = Buffer.from(grey);
  for (const b of boxes) {
    const edge: number[] = [];
    const right = b.left + b.width - 1;
    const bottom = b.top + b.height - 1;
    for (let x = b.left; x <= right; x++) edge.push(grey[b.top * width + x]!, grey[bottom * width + x]!);
    for (let y = b.top; y <= bottom; y++) edge.push(grey[y * width + b.left]!, grey[y * width + right]!);
    edge.sort((p, q) => p - q);
    const paper = edge[Math.floor(edge.length / 2)] ?? 255;
    for (let y = b.top; y <= bottom; y++) out.fill(paper, y * width + b.left, y * width + right + 1);
  }
  return out;
}

function thickened(ink: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!ink[y * width + x]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) out[yy * width + xx] = 1;
        }
      }
    }
  }
  return out;
}

/** Bounding boxes of the 8-connected areas of a mask. */
function blobsOf(mask: Uint8Array, width: number, height: number): Blob[] {
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const out: Blob[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let sp = 0;
    stack[sp++] = start;
    seen[start] = 1;
    let left = width;
    let right = 0;
    let top = height;
    let bottom = 0;
    let count = 0;
    while (sp > 0) {
      const i = stack[--sp]!;
      count++;
      const x = i % width;
      const y = (i - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (mask[j] && !seen[j]) {
            seen[j] = 1;
            stack[sp++] = j;
          }
        }
      }
    }
    out.push({ left, top, width: right - left + 1, height: bottom - top + 1, right: right + 1, bottom: bottom + 1, count });
  }
  return out;
}

/** The gap to the nearest blob on the left or right (one whose rows overlap by half the lower one's height); Infinity when none. */
function sideGap(a: Blob, blobs: readonly Blob[]): number {
  let nearest = Infinity;
  for (const b of blobs) {
    if (b === a || overlap(a.top, a.bottom, b.top, b.bottom) < 0.5 * Math.min(a.height, b.height)) continue;
    const gap = b.left >= a.right ? b.left - a.right : a.left >= b.right ? a.left - b.right : Infinity;
    nearest = Math.min(nearest, gap);
  }
  return nearest;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** The gap between two ranges (0 when they overlap). */
function gapBetween(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.max(a0, b0) - Math.min(a1, b1));
}

function union(a: Blob, b: Blob): Blob {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  const right = Math.max(a.right, b.right);
  const bottom = Math.max(a.bottom, b.bottom);
  return { left, top, right, bottom, width: right - left, height: bottom - top, count: a.count + b.count };
}

/** A block of vertical writing cut out of the page (PNG, dark on light) and where it lay on the page. */
export interface VerticalCrop {
  png: Buffer;
  box: TextBox;
}

/** Words the vertical model gives less than this (0–100) are left out; a block read with less than {@link MIN_BLOCK_CONF} on average is dropped. */
const MIN_WORD_CONF = 20;
const MIN_BLOCK_CONF = 45;
/** What is kept of a vertical read: characters of words (a box's frame reads as 「|」 or 「】」, its corners as 「。」). */
const WORD_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－]/u;

/**
 * The text of a vertical block from Tesseract's TSV (page segmentation 5): each of its lines is a
 * column, read right to left, each top to bottom; '' when it read too little, too unsurely.
 */
export function verticalBlockText(tsv: string): string {
  const columns = new Map<string, { left: number; words: string[] }>();
  let confSum = 0;
  let chars = 0;
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols[0] !== '5' || cols.length < 12) continue;
    const conf = Number(cols[10]);
    const text = [...(cols[11] ?? '').trim()].filter((c) => WORD_CHARACTER.test(c)).join('');
    if (text === '' || conf < MIN_WORD_CONF) continue;
    const key = `${cols[2]}.${cols[3]}.${cols[4]}`;
    const column = columns.get(key) ?? { left: Number(cols[6]), words: [] };
    column.left = Math.min(column.left, Number(cols[6]));
    column.words.push(text);
    columns.set(key, column);
    confSum += conf * [...text].length;
    chars += [...text].length;
  }
  if (chars < 2 || confSum / chars < MIN_BLOCK_CONF) return '';
  return [...columns.values()]
    .sort((a, b) => b.left - a.left)
    .map((c) => c.words.join(''))
    .join('\n');
}

/**
 * The horizontal read's lines with the vertical blocks' text put where each block lies on the
 * page: before the first line that starts below the block's top; blocks side by side (their rows
 * overlapping) right before left, as vertical writing is read. `lineTops`: the top of each line
 * of `text` (page pixels), or null when it is not known (then the line keeps its predecessor's).
 */
export function withVerticalText(text: string, lineTops: readonly (number | null)[], blocks: readonly { text: string; box: TextBox }[]): string {
  const read = blocks.filter((b) => b.text !== '');
  if (read.length === 0) return text;
  const ordered = [...read].sort((a, b) => a.box.top - b.box.top);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!.box;
    const b = ordered[i + 1]!.box;
    if (overlap(a.top, a.top + a.height, b.top, b.top + b.height) >= 0.5 * Math.min(a.height, b.height) && b.left > a.left) [ordered[i], ordered[i + 1]] = [ordered[i + 1]!, ordered[i]!];
  }
  const lines = text === '' ? [] : text.split('\n');
  const out: string[] = [];
  let next = 0;
  let top = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    top = lineTops[i] ?? top;
    while (next < ordered.length && ordered[next]!.box.top < top) out.push(ordered[next++]!.text);
    out.push(lines[i]!);
  }
  while (next < ordered.length) out.push(ordered[next++]!.text);
  return out.join('\n');
}

/**
 * The top of each line of a read text (page pixels), found among Tesseract's lines in order: the
 * one of the next {@link MATCH_WINDOW} sharing the most characters with it (the read's cleaning
 * drops doubtful words and joins wrapped lines, so the texts differ); null when none shares
 * {@link MIN_SHARED} of the shorter's characters.
 */
export function lineTopsOf(text: string, tsvLines: readonly { text: string; top: number }[]): (number | null)[] {
  const chars = (s: string) => [...s.replace(/\s+/gu, '')];
  const candidates = tsvLines.map((l) => ({ chars: chars(l.text), top: l.top }));
  let from = 0;
  return text.split('\n').map((line) => {
    const own = chars(line);
    if (own.length === 0) return null;
    let best = -1;
    let bestShare = 0;
    for (let i = from; i < Math.min(candidates.length, from + MATCH_WINDOW); i++) {
      const other = candidates[i]!.chars;
      const shorter = Math.min(own.length, other.length);
      if (shorter === 0 || (shorter < 3 && other.join('') !== own.join(''))) continue;
      const share = shared(own, other) / shorter;
      if (share > bestShare) {
        bestShare = share;
        best = i;
      }
    }
    if (best < 0 || bestShare < MIN_SHARED) return null;
    from = best + 1;
    return candidates[best]!.top;
  });
}

/** Tesseract's lines looked at for each read line, from the one after the last matched. */
const MATCH_WINDOW = 4;
/** Share of the shorter line's characters the two must share. */
const MIN_SHARED = 0.6;

/** How many characters two lists have in common (as multisets). */
function shared(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) + 1);
  let n = 0;
  for (const c of a) {
    const k = counts.get(c) ?? 0;
    if (k > 0) {
      n++;
      counts.set(c, k - 1);
    }
  }
  return n;
}
