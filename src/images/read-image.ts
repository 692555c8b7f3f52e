import type { OcrEngine } from './ocr-engine.ts';
import { addressOf, parseTsv, readFromTsv, type OcrRead } from './ocr-lines.ts';
import { lineTopsOf, verticalBlockText, withVerticalText, type VerticalCrop } from './vertical-text.ts';
import { isChromeLine, type ScreenChrome } from './screen-chrome.ts';
import { photoText } from './photo-lines.ts';
import { prepareImage, type AddressBarCrop, type CandidateKind, type ImageLimits, type ImageProblem } from './prepare-image.ts';

/** What reading one image gave. Holds the read text: never log it unmasked, never store it. */
export type ImageRead =
  | { outcome: 'read'; text: string; confidence: number; layout: 'screenshot' | 'photo'; candidate: CandidateKind; passes: number }
  | { outcome: 'no_text'; layout: 'screenshot' | 'photo'; passes: number }
  | { outcome: 'problem'; problem: ImageProblem; detail: string }
  | { outcome: 'timeout'; passes: number };

/** A read this confident, with at least {@link ENOUGH_CHARS} characters, ends the search (measured: the first candidate usually is). */
const GOOD_CONFIDENCE = 0.75;
/** At most this many candidates are read per image (each pass costs 1–3 s on this machine). */
const MAX_PASSES = 2;
const ENOUGH_CHARS = 10;
/** Fewer characters than this is not text worth answering (a photo's stray marks). */
const MIN_CHARS = 4;

/**
 * Bytes → prepared candidates (prepare-image.ts) → OCR each in turn until one reads
 * confidently → the best-scoring read. Stops at `deadlineAt` (epoch ms) with the best so far.
 * `chrome`: the screen's own words (data/screen-chrome.yaml), whose lines are left out.
 */
export async function readImage(bytes: Buffer, engine: OcrEngine, limits: ImageLimits, deadlineAt: number, now: () => number = Date.now, chrome: ScreenChrome | null = null): Promise<ImageRead> {
  const prepared = await prepareImage(bytes, limits);
  if (!prepared.ok) return { outcome: 'problem', problem: prepared.problem, detail: prepared.detail };
  let best: (OcrRead & { candidate: CandidateKind; tsv?: string }) | null = null;
  let passes = 0;
  // A notification shade's cards are read first (prepare-image.ts); when none of them is from a message app, that pass kept
  // nothing and the screen's whole-screen candidates still get their passes.
  const passLimit = MAX_PASSES + (prepared.candidates[0]?.kind === 'cards' ? 1 : 0);
  for (const candidate of prepared.candidates.slice(0, passLimit)) {
    const left = deadlineAt - now();
    if (left <= 0) break;
    let tsv: string;
    try {
      tsv = await engine.recognize(candidate.png, left, candidate.psm);
    } catch (err) {
      if (best || passes > 0) break;
      if (err instanceof Error && err.name === 'OcrTimeoutError') return { outcome: 'timeout', passes };
      throw err;
    }
    passes++;
    const alone = candidate.kind === 'bubbles' || candidate.kind === 'panels' || candidate.kind === 'cards';
    // (A photographed screen shows the same dates, times and 既読 as a screenshot; a letter's date alone is not typed either.)
    const read = readFromTsv(tsv, candidate.width, candidate.height, { inBubbles: alone, chrome, dropMetadata: true, inReadingOrder: candidate.psm === '3', ...(candidate.bubbles ? { bubbles: candidate.bubbles } : {}), ...(candidate.cards ? { cards: candidate.cards } : {}) });
    // The bubbles (or a lock screen's panels, a shade's message cards) hold the message and nothing else: a whole-screen read would outscore them only by reading the header too.
    if (alone && [...read.text.replace(/\s/g, '')].length >= ENOUGH_CHARS) {
      best = { ...read, candidate: candidate.kind };
      break;
    }
    if (!best || read.score > best.score) best = { ...read, candidate: candidate.kind, tsv };
    // A confident read ends the search unless it had to drop a line of text it read badly (another candidate may read it).
    if (best.confidence >= GOOD_CONFIDENCE && [...best.text.replace(/\s/g, '')].length >= ENOUGH_CHARS && best.doubtful === 0 && !candidate.readNext) break;
  }
  if (passes === 0) return { outcome: 'timeout', passes };
  const read = await withVerticalReads(best?.text ?? '', best?.tsv ?? '', prepared.vertical ?? [], engine, deadlineAt, now);
  const address = (await addressBarRead(prepared.addressBars ?? [], engine, deadlineAt, now)) ?? best?.barAddress ?? null;
  // A web mail's own address (mail.yahoo.co.jp: data/screen-chrome.yaml) is the screen's, not evidence.
  const addressed = withAddress(read, address !== null && chrome !== null && isChromeLine(address, chrome) ? null : address);
  // A photo's envelope or address side, a date alone and lines read twice (a slip's stub) are left out (photo-lines.ts).
  const text = prepared.layout === 'photo' ? photoText(addressed) : addressed;
  if ([...text.replace(/\s/g, '')].length < MIN_CHARS) return { outcome: 'no_text', layout: prepared.layout, passes };
  return { outcome: 'read', text, confidence: best?.confidence ?? VERTICAL_ONLY_CONFIDENCE, layout: prepared.layout, candidate: best?.candidate ?? 'photo', passes };
}

/** An address read from the bar with at least this word confidence (Tesseract's, 0–100) is taken; below it, the bar is read again at its next scale. */
const SURE_ADDRESS_CONF = 85;

/**
 * The address in a browser's address bar read on its own (prepare-image.ts cut it out, at a few
 * scales and treatments; one line, mode 6 reads it whole): the first sure read, else the surest, or
 * null (none read, past the deadline, an engine failure).
 */
async function addressBarRead(crops: readonly AddressBarCrop[], engine: OcrEngine, deadlineAt: number, now: () => number): Promise<string | null> {
  let best: { address: string; conf: number } | null = null;
  for (const crop of crops) {
    const left = deadlineAt - now();
    if (left <= 0) break;
    let words;
    try {
      words = parseTsv(await engine.recognize(crop.png, left)).flatMap((l) => l.words);
    } catch {
      break;
    }
    const address = addressOf(words.map((w) => w.text).join(' '));
    if (!address) continue;
    const conf = Math.max(0, ...words.filter((w) => addressOf(w.text) !== null).map((w) => w.conf));
    if (!best || conf > best.conf) best = { address, conf };
    if (conf >= SURE_ADDRESS_CONF) break;
  }
  return best?.address ?? null;
}

/**
 * The read text with the browser's address as its last line (the page's own text first, as a resident would retype it; the
 * address is the evidence the link check needs), unless the text already shows that host.
 */
function withAddress(text: string, address: string | null): string {
  if (!address) return text;
  const host = address.replace(/^https?:\/\//iu, '').split(/[/?#]/u)[0]!.toLowerCase();
  if (text.normalize('NFKC').toLowerCase().includes(host)) return text;
  return text.trim() === '' ? address : `${text}\n${address}`;
}

/** Confidence given to a read made of vertical writing alone (its words' confidences are not carried over): shown as partly read. */
const VERTICAL_ONLY_CONFIDENCE = 0.5;

/** The horizontal read with each block of vertical writing (vertical-text.ts) read by the vertical model and put where it lies; blocks past the deadline are left out. */
async function withVerticalReads(text: string, tsv: string, crops: readonly VerticalCrop[], engine: OcrEngine, deadlineAt: number, now: () => number): Promise<string> {
  if (crops.length === 0) return text;
  const blocks: { text: string; box: VerticalCrop['box'] }[] = [];
  for (const crop of crops) {
    const left = deadlineAt - now();
    if (left <= 0) break;
    try {
      blocks.push({ text: verticalBlockText(await engine.recognize(crop.png, left, '5')), box: crop.box });
    } catch {
      break;
    }
  }
  return withVerticalText(text, lineTopsOf(text, parseTsv(tsv)), blocks);
}
