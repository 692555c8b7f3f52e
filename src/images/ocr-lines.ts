/**
 * Tesseract's TSV → the lines worth keeping, their text and a confidence. Screenshots carry
 * chrome that reads as noise (a status bar's icons, keyboard keys, avatars): words Tesseract
 * itself doubts, lines made mostly of stray signs, glyphs far taller than the text around them
 * and lines inside the status bar are dropped.
 */
import { bubbleOfLine, messageBubbles, type StackedBubble } from './chat-turns.ts';
import { headerColumn, isReactionRow, withoutChrome, type ScreenChrome } from './screen-chrome.ts';
import { isMetadataLine } from './drop-metadata-lines.ts';
import { messageCardLines, type StackedCard } from './notification-cards.ts';
import { beforeReactionRow, runningTextLines } from './running-text.ts';

export interface OcrWord {
  text: string;
  /** 0–100, Tesseract's own. */
  conf: number;
  top: number;
  height: number;
  left: number;
  width: number;
}

export interface OcrLine {
  words: OcrWord[];
  text: string;
  /** Character-weighted mean word confidence, 0–100. */
  conf: number;
  top: number;
  bottom: number;
  /** Tesseract's block number (a column or a set-apart paragraph). */
  block?: number;
}

export interface OcrRead {
  /** The kept lines, top to bottom, joined with line breaks. */
  text: string;
  /** Character-weighted confidence of the kept text, 0–1 (0 when nothing was kept). */
  confidence: number;
  /** For choosing between candidate images: more confidently read Japanese scores higher. */
  score: number;
  /** Lines of some length that were dropped as unsure but not as noise: a sign that another candidate may read them. */
  doubtful: number;
  /** The address of a browser's address bar, whose line was left out of `text` (isAddressBarLine): evidence, added after the text (read-image.ts). */
  barAddress?: string;
}

/** Words Tesseract gives less than this are noise (an icon read as 還 or 倫). */
const MIN_WORD_CONF = 8;
/** Lines read with less than this on average are dropped (keyboards, logos, photos). */
const MIN_LINE_CONF = 40;
/** A dropped line read with at least this confidence and this many Japanese characters was text read badly, not noise (an icon reads at < 15). */
const DOUBTFUL_LINE_CONF = 15;
const DOUBTFUL_LINE_CHARS = 5;
/** A portrait screenshot's status bar (clock, signal, battery) lies within this share of the height from the top. */
const STATUS_BAR_SHARE = 0.045;

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆]/u;
const ORDINARY = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆A-Za-z0-9０-９Ａ-Ｚａ-ｚ、。・「」『』（）()【】:：/.\-,，!?！？％%円@＠_~＝=＋+]/u;

/** The lines of Tesseract's TSV, top to bottom; with `inReadingOrder`, in Tesseract's order instead (block by block: columns stay apart). */
export function parseTsv(tsv: string, inReadingOrder = false): OcrLine[] {
  const byLine = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols[0] !== '5' || cols.length < 12) continue;
    const text = (cols[11] ?? '').trim();
    if (text === '') continue;
    const key = `${cols[2]}.${cols[3]}.${cols[4]}`;
    const word: OcrWord = { text, conf: Number(cols[10]), left: Number(cols[6]), top: Number(cols[7]), width: Number(cols[8]), height: Number(cols[9]) };
    const list = byLine.get(key);
    if (list) list.push(word);
    else byLine.set(key, [word]);
  }
  const lines = [...byLine.entries()].map(([key, words]) => ({ ...lineOf(words), block: Number(key.split('.')[0]) }));
  return inReadingOrder ? lines : lines.sort((a, b) => a.top - b.top);
}

function lineOf(words: OcrWord[]): OcrLine {
  const sorted = [...words].sort((a, b) => a.left - b.left);
  return {
    words: sorted,
    text: joinWords(sorted.map((w) => w.text)),
    conf: weightedConf(sorted),
    top: Math.min(...sorted.map((w) => w.top)),
    bottom: Math.max(...sorted.map((w) => w.top + w.height)),
  };
}

/** Japanese needs no spaces between words; two Latin or digit runs keep one (「050-3188-2041 まで」, 「ATM で」). */
function joinWords(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(part)) out += ' ';
    out += part;
  }
  return out;
}

function weightedConf(words: readonly OcrWord[]): number {
  let chars = 0;
  let sum = 0;
  for (const w of words) {
    const n = [...w.text].length;
    chars += n;
    sum += n * w.conf;
  }
  return chars === 0 ? 0 : sum / chars;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Lines read from stacked chat bubbles (prepare-image.ts) hold no app chrome: there only a line
 * Tesseract nearly rejects goes (a link read as one word scores ~20 and is evidence).
 */
const MIN_BUBBLE_LINE_CONF = 12;

export interface ReadOptions {
  /** The image is the stacked bubbles of a chat: no status bar, and unsure lines are still message text. */
  inBubbles?: boolean;
  /** Where each stacked bubble lies (chat-turns.ts): only the message's bubbles are kept, and lines are rejoined bubble by bubble. */
  bubbles?: readonly StackedBubble[];
  /** Keep Tesseract's block order (page segmentation 3 found columns) instead of sorting lines top to bottom. */
  inReadingOrder?: boolean;
  /** The screen's own words (screen-chrome.ts): lines made of them alone are dropped. */
  chrome?: ScreenChrome | null;
  /** Lines that are only a date, a time or 既読 (a screenshot's) are dropped. */
  dropMetadata?: boolean;
  /** Where each stacked card of a notification shade lies (notification-cards.ts): only the message cards' text is kept. */
  cards?: readonly StackedCard[];
}

/** With the display zoomed (large text), the status bar reaches further down; a line starting there with the clock is the status bar's. */
const STATUS_CLOCK_SHARE = 0.08;
const STATUS_CLOCK = /^\D{0,2}\d{1,2}[:：]\d{2}(?!\d)/u;

/** A portrait screenshot's header (the back button and the contact) lies within this share of the height from the top. */
const HEADER_SHARE = 0.1;
/** The back button's chevron as OCR reads it. */
const BACK_BUTTON = /^[<‹〈«]/u;

/** A portrait screenshot's browser toolbar (its address bar, at the top or, in Safari, the bottom) lies within this share of the height. */
const TOOLBAR_SHARE = 0.15;
/** An address alone on a line, with at most {@link ADDRESS_STRAY} other characters at each end (a padlock or a reload icon read as 「ん」「やつ」). */
const ADDRESS_STRAY = 3;
const LONE_ADDRESS = new RegExp(String.raw`^.{0,${ADDRESS_STRAY}}?(?:https?(?:[:;]\/{1,2}|\/\/))?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\x21-\x7e]*)?.{0,${ADDRESS_STRAY}}$`, 'iu');

/**
 * Whether a line of a portrait screenshot read whole is a browser's address bar: an address
 * alone on its line in the top or bottom toolbar strip. (An address in the page's own text, or
 * anywhere in a chat's bubbles, is the message's and stays.)
 */
export function isAddressBarLine(line: OcrLine, width: number, height: number): boolean {
  if (height < width * 1.3) return false;
  if (line.bottom > height * TOOLBAR_SHARE && line.top < height * (1 - TOOLBAR_SHARE)) return false;
  const text = line.text.normalize('NFKC').replace(/\s+/gu, '');
  return /[a-z]/i.test(text) && !/@/.test(text) && LONE_ADDRESS.test(text);
}

/** An address as a word of OCR'd text: a scheme (perhaps broken, mended after), a host with a dot, a path. */
const ADDRESS_WORD = /(?:https?(?:[:;：]\/{1,2}|\/\/))?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#][\x21-\x7e]*)?/giu;

/**
 * The address in a browser's address bar as read (its line, or the bar read on its own): the
 * longest address among its words, without the bar's icons, tab count or 「AA」 beside it, its
 * scheme mended (「https:/」 → 「https://」); null when none is there.
 */
export function addressOf(text: string): string | null {
  let best = '';
  for (const word of text.normalize('NFKC').split(/\s+/u)) {
    if (/@/u.test(word)) continue;
    for (const m of word.matchAll(ADDRESS_WORD)) if (m[0].length > best.length && /[a-z]/iu.test(m[0])) best = m[0];
  }
  if (best === '') return null;
  // A trailing sign of the bar (a reload icon read as 「.」 or 「)」) is not part of the address.
  return withLinkSchemesMended(best.replace(/[.,)\]]+$/u, ''));
}

/** The kept lines of one read of an image `width` × `height` pixels; lines dropped as a browser's address bar go into `addressBar` when given. */
export function keptLines(lines: readonly OcrLine[], width: number, height: number, options: ReadOptions = {}, addressBar?: OcrLine[]): OcrLine[] {
  const minLineConf = options.inBubbles ? MIN_BUBBLE_LINE_CONF : MIN_LINE_CONF;
  const portrait = height > width * 1.6;
  const typical = median(lines.flatMap((l) => l.words.filter((w) => w.conf >= MIN_LINE_CONF).map((w) => w.height)));
  const kept: OcrLine[] = [];
  for (const line of lines) {
    if (portrait && !options.inBubbles && line.bottom <= height * STATUS_BAR_SHARE) continue;
    const words = line.words.filter((w) => w.conf >= MIN_WORD_CONF && (typical === 0 || w.height <= typical * 2.5));
    if (words.length === 0 || looksLikeKeys(words)) continue;
    const text = joinWords(words.map((w) => w.text));
    const chars = [...text];
    const ordinary = chars.filter((c) => ORDINARY.test(c)).length;
    if (ordinary / chars.length < 0.6) continue;
    const conf = weightedConf(words);
    if (conf < minLineConf) continue;
    if (!options.inBubbles && isAddressBarLine({ ...line, text }, width, height)) {
      addressBar?.push({ ...line, words, text, conf });
      continue;
    }
    // A status bar made taller by the phone's display zoom: the line in the top strip that starts with the clock.
    if (portrait && !options.inBubbles && line.top <= height * STATUS_CLOCK_SHARE && STATUS_CLOCK.test(text)) continue;
    // A chat's or a mail's header: the back button's chevron, then the contact's name or number (「‹ +81 80-3952-6618」), which a
    // resident retyping the message leaves out.
    if (portrait && !options.inBubbles && line.bottom <= height * HEADER_SHARE && BACK_BUTTON.test(text)) continue;
    kept.push({ ...line, words, text, conf });
  }
  return kept;
}

/** A mail header's column of labels lies within this top share of a screenshot's height (a long scrolling capture's too). */
const HEADER_COLUMN_SHARE = 0.3;

/** A line's glyph height: the median height of its words (a line's box also spans a stray mark's). */
function lineHeight(line: OcrLine): number {
  return median(line.words.map((w) => w.height));
}

/** A line ending like this ends a sentence or an item: the break after it is the writer's. */
const SENTENCE_END = /[。．.!！?？」』）)】:：]$/u;

/**
 * The kept lines joined into text, a line that the layout wrapped (it runs to the right edge of
 * its block, and the next line follows closely below, starting where it started) joined to the
 * next without a break, as the sender wrote it: a phone wraps anywhere, so a word, a phone number
 * or a link is otherwise cut in two (「個人番号 4821 7365 2」「094 の登録…」), and what is cut
 * is not recognised as a number or a word. `blocks[i]`: the block (bubble) of line i; lines of
 * different blocks are never joined. Other line breaks stay.
 */
export function rejoinWrapped(lines: readonly OcrLine[], blocks: readonly number[] = []): string {
  const right = (l: OcrLine) => Math.max(...l.words.map((w) => w.left + w.width));
  const left = (l: OcrLine) => Math.min(...l.words.map((w) => w.left));
  const blockOf = (i: number) => blocks[i] ?? 0;
  const blockRight = new Map<number, number>();
  for (const [i, l] of lines.entries()) blockRight.set(blockOf(i), Math.max(blockRight.get(blockOf(i)) ?? 0, right(l)));
  let out = '';
  for (const [i, line] of lines.entries()) {
    out += line.text;
    const next = lines[i + 1];
    if (!next) break;
    const glyph = Math.max(1, line.bottom - line.top);
    const wrapped =
      blockOf(i + 1) === blockOf(i) &&
      right(line) >= blockRight.get(blockOf(i))! - 1.5 * glyph &&
      next.top - line.bottom < glyph &&
      Math.abs(left(next) - left(line)) <= 1.5 * glyph &&
      !SENTENCE_END.test(line.text);
    out += wrapped ? '' : '\n';
  }
  return out;
}

/** A link's scheme as OCR often reads it: a slash lost (「https:/」), the colon read as 「;」 or lost. */
const BROKEN_SCHEME = /\b(https?)(?:[:;：]\/{1,2}|\/\/)(?=[A-Za-z0-9])/giu;

/** The text with each link's scheme written whole again (「https:/nta-tax.jp」 → 「https://nta-tax.jp」), so that it is seen as a link. */
export function withLinkSchemesMended(text: string): string {
  return text.replace(BROKEN_SCHEME, (_, scheme: string) => `${scheme}://`);
}

/**
 * A row of keyboard keys (「あ　か　さ」): three or more words of one or two characters, far
 * apart (gaps wider than the glyphs). Words in a message follow each other closely.
 */
function looksLikeKeys(words: readonly OcrWord[]): boolean {
  if (words.length < 3 || words.some((w) => [...w.text].length > 2)) return false;
  let gaps = 0;
  for (let i = 1; i < words.length; i++) gaps += words[i]!.left - (words[i - 1]!.left + words[i - 1]!.width);
  const meanGap = gaps / (words.length - 1);
  const meanHeight = words.reduce((s, w) => s + w.height, 0) / words.length;
  return meanGap > meanHeight * 1.5;
}

export function readFromTsv(tsv: string, width: number, height: number, options: ReadOptions = {}): OcrRead {
  const parsed = parseTsv(tsv, options.inReadingOrder);
  const barLines: OcrLine[] = [];
  const read = keptLines(parsed, width, height, options, barLines);
  const barAddress = barLines.map((l) => addressOf(l.text)).find((a) => a !== null);
  const bar = barAddress ? { barAddress } : {};
  const keptAt = new Set(read.map((l) => `${l.top}:${l.bottom}`));
  const doubtful = parsed.filter((l) => !keptAt.has(`${l.top}:${l.bottom}`) && l.conf >= DOUBTFUL_LINE_CONF && [...l.text].filter((c) => JAPANESE.test(c)).length >= DOUBTFUL_LINE_CHARS).length;
  let lines = read;
  const chrome = options.chrome;
  // A notification shade's cards: the message cards' text alone, told by their app rows before the screen's own words (an app
  // row 「メッセージ」 alone is one of them) go.
  if (options.cards) lines = messageCardLines(lines, options.cards, chrome?.messageApps ?? []) ?? [];
  if (chrome) lines = lines.filter((l) => withoutChrome(l.text, chrome) !== null);
  // A phone mail's header as a column of labels (差出人, 日時, 件名) beside their values, in the screen's top part: the fields go,
  // the subject stays without its label (screen-chrome.ts).
  if (chrome && options.dropMetadata && !options.inBubbles && !options.cards) {
    const top = lines.filter((l) => l.bottom <= height * HEADER_COLUMN_SHARE);
    const { drop, subjects } = headerColumn(top.map((l) => l.text), chrome);
    const at = new Map(top.map((l, i) => [l, i] as const));
    lines = lines.filter((l) => !drop.has(at.get(l) ?? -1)).map((l) => (subjects.has(at.get(l) ?? -1) ? { ...l, text: subjects.get(at.get(l)!)! } : l));
  }
  // On a screenshot, a line that is only a date, a time or 既読 is the app's (drop-metadata-lines.ts, which the classifier's text goes
  // through too); it goes here already, so that the text read is the text shown — unless nothing else was read.
  const withoutMetadata = options.dropMetadata ? lines.filter((l) => !isMetadataLine(l.text)) : lines;
  if (withoutMetadata.length > 0) lines = withoutMetadata;
  // A phone's screenshot read whole whose text is one message amid the app's labels (a voicemail's transcript in the list of
  // calls): the message's lines alone (running-text.ts). Not a computer's page read in columns (its lines go block by block).
  if (options.dropMetadata && !options.inBubbles && !options.cards && !options.inReadingOrder) {
    const read = lines;
    const runLines = read.map((l) => ({ text: l.text, height: lineHeight(l), top: l.top, bottom: l.bottom }));
    // A social page's post, comment or question ends at its row of counts: the answers and other comments under it go (running-text.ts).
    const chrome = options.chrome;
    const post = chrome ? beforeReactionRow(runLines, (t) => isReactionRow(t, chrome)) : null;
    lines = (post ?? runningTextLines(runLines)).map((i) => read[i]!);
  }
  let blocks: number[] = lines.map((l) => l.block ?? 0);
  const bubbles = options.bubbles;
  if (bubbles && bubbles.length > 0) {
    const of = lines.map((l) => bubbleOfLine(bubbles, l.top, l.bottom));
    const chars = bubbles.map(() => 0);
    for (const [i, l] of lines.entries()) chars[of[i]!]! += [...l.text.replace(/\s/g, '')].length;
    const keep = messageBubbles(bubbles, chars);
    const kept = lines.map((l, i) => ({ l, b: of[i]! })).filter((x) => keep.has(x.b));
    lines = kept.map((x) => x.l);
    blocks = kept.map((x) => x.b);
  }
  const text = withLinkSchemesMended(rejoinWrapped(lines, blocks));
  if (text.replace(/\s/g, '') === '') return { text: '', confidence: 0, score: 0, doubtful, ...bar };
  // The score compares candidate images by how well they were read: everything read counts, the screen's own lines and other bubbles too.
  const all = [...read.map((l) => l.text).join('').replace(/\s/g, '')];
  const japanese = all.filter((c) => JAPANESE.test(c)).length / all.length;
  return { text, doubtful, ...bar, confidence: weightedConf(lines.flatMap((l) => l.words)) / 100, score: all.length * (weightedConf(read.flatMap((l) => l.words)) / 100) * (0.5 + 0.5 * japanese) };
}
