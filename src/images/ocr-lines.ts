/**
 * Tesseract's TSV → the lines worth keeping, their text and a confidence. Screenshots carry
 * chrome that reads as noise (a status bar's icons, keyboard keys, avatars): words Tesseract
 * itself doubts, lines made mostly of stray signs, glyphs far taller than the text around them
 * and lines inside the status bar are dropped.
 */
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
}

export interface OcrRead {
  /** The kept lines, top to bottom, joined with line breaks. */
  text: string;
  /** Character-weighted confidence of the kept text, 0–1 (0 when nothing was kept). */
  confidence: number;
  /** For choosing between candidate images: more confidently read Japanese scores higher. */
  score: number;
}

/** Words Tesseract gives less than this are noise (an icon read as 還 or 倫). */
const MIN_WORD_CONF = 8;
/** Lines read with less than this on average are dropped (keyboards, logos, photos). */
const MIN_LINE_CONF = 40;
/** A portrait screenshot's status bar (clock, signal, battery) lies within this share of the height from the top. */
const STATUS_BAR_SHARE = 0.045;

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆]/u;
const ORDINARY = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆A-Za-z0-9０-９Ａ-Ｚａ-ｚ、。・「」『』（）()【】:：/.\-,，!?！？％%円@＠_~＝=＋+]/u;

export function parseTsv(tsv: string): OcrLine[] {
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
  return [...byLine.values()].map(lineOf).sort((a, b) => a.top - b.top);
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
}

/** The kept lines of one read of an image `width` × `height` pixels. */
export function keptLines(lines: readonly OcrLine[], width: number, height: number, options: ReadOptions = {}): OcrLine[] {
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
    kept.push({ ...line, words, text, conf });
  }
  return kept;
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
  const lines = keptLines(parseTsv(tsv), width, height, options);
  const words = lines.flatMap((l) => l.words);
  const text = lines.map((l) => l.text).join('\n');
  const chars = [...text.replace(/\s/g, '')];
  if (chars.length === 0) return { text: '', confidence: 0, score: 0 };
  const confidence = weightedConf(words) / 100;
  const japanese = chars.filter((c) => JAPANESE.test(c)).length / chars.length;
  return { text, confidence, score: chars.length * confidence * (0.5 + 0.5 * japanese) };
}
