/**
 * Phone numbers in a message, found by one left-to-right scan (no backtracking regex):
 * `0120-95-0178`, `(03) 6457 9585`, `０１２０．９５．０１７８`, `+81 120 95 0178`, `+44 20 7946 0018`,
 * `010-1-202-555-0143`, `#9110`, `tel:%239110`, 110/188 when written as a number to call
 * (「110番」「188に電話」), and the caller-ID words 「通知不可能」 (a call from abroad) and 「非通知」.
 * Runs that are not a phone number (a 12-digit My Number, dates, prices, postal codes) are
 * skipped and never returned, so a My Number is never echoed.
 */

/** A phone number (or caller-ID word) found in the text. */
export interface FoundNumber {
  /** The text as written (trimmed), e.g. `0120-95-0178`, `通知不可能`. */
  readonly text: string;
  /**
   * Digits; a leading `+` for a number abroad, `#` kept (`0120950178`, `+442079460018`, `#9110`).
   * Empty for the caller-ID words.
   */
  readonly normalized: string;
  /** `international` for +… (not +81), 010… and 「通知不可能」; `withheld` for 「非通知」. */
  readonly kind: 'domestic' | 'international' | 'short' | 'withheld';
  /** Where the text starts in the (NFKC-normalised) message. */
  readonly index: number;
}

/**
 * Words that steer the reading, from data/official-numbers.yaml `reading` (no words in code):
 * the caller-ID words, and the cues that make a short number (110, 188) a number to call.
 */
export interface NumberReading {
  /** Shown for a call from abroad (「通知不可能」). */
  readonly abroadWords: readonly string[];
  /** Shown for a withheld number (「非通知」). */
  readonly withheldWords: readonly string[];
  /** Three-digit numbers read only with a cue (110, 188 …). */
  readonly shortNumbers: ReadonlySet<string>;
  /** Words right after a short number (「番」「に電話」). */
  readonly shortAfter: readonly string[];
  /** Words right before a short number (「局番なし」「tel:」). */
  readonly shortBefore: readonly string[];
}

/** The most groups of digits one phone number is written in. */
const MAX_GROUPS = 6;
/** The longest run looked at: a phone number is at most ~25 characters however it is spaced. */
const MAX_RUN = 40;

/** Dashes residents and phones use between digit groups. */
function isDash(c: string): boolean {
  return c === '-' || c === '‐' || c === '‑' || c === '‒' || c === '–' || c === '—' || c === '―' || c === '−' || c === '\u30fc' || c === '\uff0d';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSeparator(c: string): boolean {
  return c === ' ' || c === '\u3000' || c === '.' || c === '(' || c === ')' || c === '\t' || isDash(c);
}

/**
 * Folds what residents type into plain ASCII digits: NFKC (full-width digits, ＋, （）) and
 * `%23` (a pasted tel: link) as `#`.
 */
export function foldForNumbers(text: string): string {
  const nfkc = text.normalize('NFKC');
  return nfkc.includes('%23') ? nfkc.replaceAll('%23', '#') : nfkc;
}

/**
 * Phone numbers in `text` (already folded with {@link foldForNumbers}), in order.
 * `skip` marks ranges (links) whose digits are not phone numbers.
 */
export function findNumbers(text: string, reading: NumberReading, skip: readonly (readonly [number, number])[] = []): FoundNumber[] {
  const out: FoundNumber[] = [];
  const words: [string, FoundNumber['kind']][] = [
    ...reading.abroadWords.map((w): [string, FoundNumber['kind']] => [w, 'international']),
    ...reading.withheldWords.map((w): [string, FoundNumber['kind']] => [w, 'withheld']),
  ];
  const wordStarts = new Set(words.map(([w]) => w[0]));
  const n = text.length;
  let skipAt = 0;
  let i = 0;
  while (i < n) {
    while (skipAt < skip.length && skip[skipAt]![1] <= i) skipAt++;
    const range = skip[skipAt];
    if (range && range[0] <= i) {
      i = range[1];
      continue;
    }
    const c = text[i]!;
    if (wordStarts.has(c)) {
      const word = words.find(([w]) => text.startsWith(w, i));
      if (word) {
        out.push({ text: word[0], normalized: '', kind: word[1], index: i });
        i += word[0].length;
        continue;
      }
    }
    const startsNumber = isDigit(c) || ((c === '+' || c === '#' || c === '(') && (isDigit(text[i + 1]) || (c === '(' && text[i + 1] === '+')));
    // A digit glued to a letter or another digit before it is part of a word, code or longer number.
    const prev = text[i - 1];
    if (!startsNumber || (prev !== undefined && /[0-9A-Za-z_/=&?%#+]/.test(prev))) {
      i++;
      continue;
    }
    const run = scanRun(text, i, range ? range[0] : n);
    // Two numbers side by side (「0120-95-0178 050-3818-1250」): try the whole run, then up to each space.
    let found: FoundNumber | null = null;
    let end = run.end;
    for (const candidate of [run.end, ...[...run.cuts].reverse()]) {
      found = readNumber(text, i, candidate, reading);
      if (found) {
        end = candidate;
        break;
      }
    }
    if (found) out.push(found);
    // Nothing here: go on after the first space-separated group (a number may follow a My Number).
    else if (run.cuts.length > 0) end = Math.min(...run.cuts);
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * The number-like run starting at `start`: digits with short separators (`-`, `.`, space, a `) `
 * pair) between them. `end` is after its last digit; `cuts` are ends of digits followed by a space.
 */
function scanRun(text: string, start: number, limit: number): { end: number; cuts: number[] } {
  let i = start;
  let lastDigitEnd = start;
  let gap = 0;
  let groups = 0;
  const cuts: number[] = [];
  const stop = Math.min(limit, start + MAX_RUN);
  if (text[i] === '+' || text[i] === '#') i++;
  while (i < stop) {
    const c = text[i]!;
    if (isDigit(c)) {
      if (lastDigitEnd !== i || groups === 0) {
        // A new group of digits; no phone number is written in more than six (010 44 20 7946 0018 has five).
        if (++groups > MAX_GROUPS) break;
      }
      i++;
      lastDigitEnd = i;
      gap = 0;
    } else if (isSeparator(c) || (c === '+' && i === start + 1 && text[start] === '(')) {
      if ((c === ' ' || c === '\u3000' || c === '\t') && gap === 0 && lastDigitEnd === i) cuts.push(i);
      gap++;
      if (gap > 2) break;
      i++;
    } else break;
  }
  return { end: lastDigitEnd, cuts };
}

function readNumber(text: string, from: number, end: number, reading: NumberReading): FoundNumber | null {
  // An opening bracket without its closing one in the run is the sentence's (「（0120-95-0178）」), not the number's.
  const start = text[from] === '(' && !text.slice(from, end).includes(')') ? from + 1 : from;
  const raw = text.slice(start, end);
  let digits = '';
  for (const ch of raw) if (isDigit(ch)) digits += ch;
  const after = text[end];
  // A run glued to letters or more digits after it (a code, an amount like 0120円 is fine).
  if (after !== undefined && /[0-9A-Za-z_]/.test(after)) return null;
  const lead = raw.replace(/^\(/, '');
  if (lead.startsWith('#')) {
    return digits.length >= 3 && digits.length <= 4 && /^#[0-9]+$/.test(raw) ? { text: raw, normalized: `#${digits}`, kind: 'short', index: start } : null;
  }
  if (lead.startsWith('+')) {
    if (digits.startsWith('81')) {
      // +81 (0)3 … and +81 3 … are both Japan: drop the country code and a bracketed trunk 0.
      let national = digits.slice(2);
      if (national.startsWith('0')) national = national.slice(1);
      const domestic = `0${national}`;
      return domestic.length >= 10 && domestic.length <= 11 ? { text: raw, normalized: domestic, kind: 'domestic', index: start } : null;
    }
    return digits.length >= 8 && digits.length <= 15 ? { text: raw, normalized: `+${digits}`, kind: 'international', index: start } : null;
  }
  // Twelve digits without a + may be a My Number (never echoed): not read as a number abroad.
  if (digits.startsWith('010') && digits.length >= 11 && digits.length <= 18 && digits.length !== 12) {
    return { text: raw, normalized: `+${digits.slice(3)}`, kind: 'international', index: start };
  }
  if (digits.startsWith('0') && !digits.startsWith('00')) {
    return digits.length >= 10 && digits.length <= 11 ? { text: raw, normalized: digits, kind: 'domestic', index: start } : null;
  }
  if (reading.shortNumbers.has(digits) && raw === digits && isCalledShortNumber(text, start, end, reading)) {
    return { text: raw, normalized: digits, kind: 'short', index: start };
  }
  return null;
}

function isCalledShortNumber(text: string, start: number, end: number, reading: NumberReading): boolean {
  const rest = text.slice(end, end + 8).replace(/^[ \u3000]+/, '');
  if (reading.shortAfter.some((w) => rest.startsWith(w))) return true;
  const before = text.slice(Math.max(0, start - 8), start).replace(/[ \u3000:：]+$/, '').toLowerCase();
  if (reading.shortBefore.some((w) => before.endsWith(w.toLowerCase().replace(/:$/, '')))) return true;
  // The whole message is the number: 「188」 (looked at only when little else is there).
  return text.length - (end - start) <= 8 && text.slice(0, start).trim() === '' && text.slice(end).trim() === '';
}
