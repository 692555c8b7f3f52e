/**
 * Linear-time scanners for what regular expressions did badly on user text: number runs
 * however they are written (My Numbers, phone and card numbers) and e-mail addresses.
 * Each reads a character once or a bounded number of times, so a 5,000-character message of
 * any kind costs about as much as an ordinary one (see tests/property/classify-time.property.test.ts).
 *
 * Characters are read as NFKC reads them, one at a time, without normalising the whole text
 * (which can lengthen it six-fold): full-width, circled (①), mathematical (𝟏) and other
 * compatibility digits, any decimal digit (Arabic-Indic ٣, Devanagari …) and kanji digits
 * (〇一二三…, what voice input writes) are digits; a letter is any letter except the
 * long-vowel mark ー (people type it for a hyphen); everything else separates.
 */

/** What one character is to the scanners. */
const Kind = {
  Unknown: 0,
  Digit: 1,
  Letter: 2,
  /** Spaces, controls, format characters (zero-width …), marks, fillers: collapsed like whitespace. */
  Invisible: 3,
  /** Any other visible character: punctuation, symbols, ー. */
  Separator: 4,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const KANJI_DIGITS = '〇一二三四五六七八九';
const LETTER_RE = /\p{L}/u;
const INVISIBLE_RE = /[\p{Cc}\p{Cf}\p{Z}\s\p{M}\p{Default_Ignorable_Code_Point}]/u;
const NUMBER_RE = /\p{N}/u;
const DECIMAL_RE = /\p{Nd}/u;
const LONG_VOWEL = 0x30fc;

/** Kind of each BMP code unit, filled in on first sight. */
const bmpKinds = new Uint8Array(0x10000);
/** Digit value(s) of each digit code unit seen (⑩ is two digits). */
const bmpDigits = new Map<number, string>();
const astral = new Map<number, { kind: Kind; digits: string }>();

function classify(cp: number): { kind: Kind; digits: string } {
  const ch = String.fromCodePoint(cp);
  const kanji = KANJI_DIGITS.indexOf(ch);
  if (kanji >= 0) return { kind: Kind.Digit, digits: String(kanji) };
  if (NUMBER_RE.test(ch)) {
    const digits = digitValue(cp, ch);
    if (digits !== null) return { kind: Kind.Digit, digits };
  }
  if (cp === LONG_VOWEL) return { kind: Kind.Separator, digits: '' };
  if (INVISIBLE_RE.test(ch)) return { kind: Kind.Invisible, digits: '' };
  if (LETTER_RE.test(ch)) return { kind: Kind.Letter, digits: '' };
  return { kind: Kind.Separator, digits: '' };
}

/** ASCII digits of a numeric character: by NFKC (①→1, ⑩→10, 𝟏→1, ⑴→1), else its place in a block of ten decimal digits (٣→3). */
function digitValue(cp: number, ch: string): string | null {
  const compat = ch.normalize('NFKC');
  const ascii = compat.replace(/[^0-9]/g, '');
  if (ascii.length > 0 && /^[0-9().,\s]+$/.test(compat)) return ascii;
  if (!DECIMAL_RE.test(ch)) return null;
  // Unicode keeps decimal digits in runs of ten, 0 to 9: count the run below this one.
  let below = 0;
  while (below < 100 && DECIMAL_RE.test(String.fromCodePoint(cp - below - 1))) below++;
  return String(below % 10);
}

function kindAt(cp: number): Kind {
  if (cp < 0x10000) {
    let kind = bmpKinds[cp] as Kind;
    if (kind === Kind.Unknown) {
      const c = classify(cp);
      kind = c.kind;
      bmpKinds[cp] = kind;
      if (kind === Kind.Digit) bmpDigits.set(cp, c.digits);
    }
    return kind;
  }
  let c = astral.get(cp);
  if (!c) astral.set(cp, (c = classify(cp)));
  return c.kind;
}

function digitsOf(cp: number): string {
  return (cp < 0x10000 ? bmpDigits.get(cp) : astral.get(cp)?.digits) ?? '';
}

// ASCII is by far the most common: fill it in now.
for (let cp = 0; cp < 0x80; cp++) kindAt(cp);

/** A run of digit groups joined by short separators. */
export interface DigitRun {
  /** UTF-16 index of the first digit (or of a + written before it). */
  start: number;
  /** UTF-16 index just after the last digit. */
  end: number;
  /** The run's digits in ASCII, separators left out. */
  digits: string;
  /** Written with a leading + (an international phone number). */
  plus: boolean;
}

export interface DigitRunOptions {
  /**
   * Most separator characters between two digits of one run; each stretch of invisible
   * characters (spaces, newlines, zero-width …) counts as one, as after normalising.
   */
  maxGap: number;
  /** Separator characters that end a run wherever they are (e.g. the colon of a time). */
  breakers?: ReadonlySet<number>;
}

/**
 * Every run of digits in `text` joined by at most `maxGap` non-letters, left to right. Letters end
 * a run, so 「番号は1234、5678、9018です」 has one run of twelve digits and 「1234円と5678円」 two.
 * A run is never cut: twelve digits inside sixteen are a sixteen-digit run.
 */
export function digitRuns(text: string, options: DigitRunOptions): DigitRun[] {
  const runs: DigitRun[] = [];
  const { maxGap, breakers } = options;
  let current: DigitRun | null = null;
  let gap = 0;
  let lastInvisible = false;
  /** Index of a + just before the next digit, or -1. */
  let plusAt = -1;
  const close = () => {
    if (current) runs.push(current);
    current = null;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindAt(cp);
    if (kind === Kind.Digit) {
      const digits = digitsOf(cp);
      if (current && gap <= maxGap) {
        current.digits += digits;
        current.end = i + width;
      } else {
        close();
        const plus = plusAt >= 0 && plusAt === i - 1;
        current = { start: plus ? plusAt : i, end: i + width, digits, plus };
      }
      gap = 0;
      lastInvisible = false;
    } else if (kind === Kind.Letter) {
      close();
    } else if (current) {
      if (kind === Kind.Invisible) {
        if (!lastInvisible) gap++;
        lastInvisible = true;
      } else {
        gap++;
        lastInvisible = false;
      }
      if (gap > maxGap || breakers?.has(cp)) close();
    }
    plusAt = cp === 0x2b || cp === 0xff0b ? i : -1;
    i += width;
  }
  close();
  return runs;
}

/** A span of text (UTF-16 indexes, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface EmailOptions {
  /**
   * Also find addresses written with spaces or invisible characters around or inside them
   * (「taro @ example.com」, a zero-width space before @): for masking, where finding too much is safe.
   */
  loose: boolean;
}

const AT_SIGNS = new Set([0x40, 0xff20, 0xfe6b]);
const LOCAL_SYMBOLS = new Set([0x2e, 0x5f, 0x25, 0x2b, 0x2d, 0xff0e, 0xff3f, 0xff05, 0xff0b, 0xff0d]);
const DOMAIN_SYMBOLS = new Set([0x2e, 0x2d, 0xff0e, 0xff0d]);
const DOTS_AND_HYPHENS = new Set([0x2e, 0x2d, 0xff0e, 0xff0d]);
/** RFC 5321: a local part has at most 64 characters, a domain at most 255. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
/** Spaces or invisible characters skipped next to @ (loose). */
const MAX_SKIPPED = 3;

/**
 * E-mail addresses: at least one letter, digit or ._%+- before an @ (or ＠ ﹫) and at least one
 * letter or digit after it, then letters, digits, dots and hyphens. Each @ is looked at once,
 * and no character is read more than a bounded number of times (linear in the text).
 */
export function emailSpans(text: string, options: EmailOptions): Span[] {
  const spans: Span[] = [];
  let floor = 0;
  for (let at = 0; at < text.length; at++) {
    if (!AT_SIGNS.has(text.charCodeAt(at))) continue;
    const start = localStart(text, at, floor, options.loose);
    if (start === null) continue;
    const end = domainEnd(text, at + 1, options.loose);
    if (end === null) continue;
    spans.push({ start, end });
    floor = end;
    at = end - 1;
  }
  return spans;
}

function isLocal(cp: number): boolean {
  const kind = kindAt(cp);
  return kind === Kind.Letter || kind === Kind.Digit || LOCAL_SYMBOLS.has(cp);
}

function isDomain(cp: number): boolean {
  const kind = kindAt(cp);
  return kind === Kind.Letter || kind === Kind.Digit || DOMAIN_SYMBOLS.has(cp);
}

function isInvisible(cp: number): boolean {
  return kindAt(cp) === Kind.Invisible;
}

const SPACE_RE = /[\s\p{Z}]/u;

/** Invisible but not a space: zero-width and other format characters, fillers, marks. */
function isHidden(cp: number): boolean {
  return isInvisible(cp) && !SPACE_RE.test(String.fromCodePoint(cp));
}

/** Where the local part before the @ at `at` begins, or null when there is none. */
function localStart(text: string, at: number, floor: number, loose: boolean): number | null {
  let i = at;
  let skipped = 0;
  while (loose && i > floor && skipped < MAX_SKIPPED && isInvisible(text.charCodeAt(i - 1))) {
    i--;
    skipped++;
  }
  let count = 0;
  let start: number | null = null;
  while (i > floor && count < MAX_LOCAL) {
    const unit = text.charCodeAt(i - 1);
    // A low surrogate: read the whole pair (mathematical letters are astral).
    const pair = unit >= 0xdc00 && unit <= 0xdfff && i - 2 >= floor ? text.codePointAt(i - 2)! : unit;
    const width = pair > 0xffff ? 2 : 1;
    if (isLocal(pair)) {
      count++;
      i -= width;
      start = i;
    } else if (loose && isHidden(pair) && start !== null && !isInvisible(text.charCodeAt(i))) {
      i -= width;
    } else break;
  }
  return start;
}

/** Where the domain after an @ (starting at `from`) ends, or null when there is none. */
function domainEnd(text: string, from: number, loose: boolean): number | null {
  let i = from;
  let skipped = 0;
  while (loose && i < text.length && skipped < MAX_SKIPPED && isInvisible(text.charCodeAt(i))) {
    i++;
    skipped++;
  }
  let end: number | null = null;
  let count = 0;
  while (i < text.length && count < MAX_DOMAIN) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isDomain(cp)) {
      i += width;
      count++;
      // The address ends at its last letter or digit: a dot or hyphen after it ends the sentence.
      if (!DOTS_AND_HYPHENS.has(cp)) end = i;
    } else if (loose && end !== null && isHidden(cp) && i + width < text.length && isDomain(text.codePointAt(i + width)!)) {
      i += width;
    } else break;
  }
  return end;
}
