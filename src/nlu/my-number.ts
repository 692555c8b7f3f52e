import { MAX_CLASSIFY_CHARS } from './normalise-text.ts';
import { digitRuns, type DigitRunOptions } from './text-scan.ts';

/**
 * Detects a pasted My Number (個人番号): twelve digits with a valid check digit under
 * 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 / 平成26年総務省令第85号
 * 第5条. A random 12-digit number passes 1 time in 11, so order numbers with a wrong check
 * digit do not trigger the warning.
 *
 * The digits may be written in any form a resident or voice input produces (full-width, circled,
 * mathematical, Arabic-Indic, kanji 〇一二…; see text-scan.ts), in groups joined by up to three
 * non-letters (spaces, newlines, tabs, hyphens, ー, dots, commas, 、, /, _, zero-width
 * characters …). The whole run must be twelve digits: twelve digits inside a longer run (a
 * 16-digit card number, a phone number followed by more digits) are not a My Number. A colon
 * ends a run (「2026/11/24 14:00」 is a date and a time).
 */

/** How the detector groups digits (shared with the tests). */
export const MY_NUMBER_RUNS: DigitRunOptions = { maxGap: 3, breakers: new Set([0x3a, 0xff1a]) };

/** Check digit for the first eleven digits of a My Number (most significant first). */
export function myNumberCheckDigit(first11: string): number {
  if (!/^[0-9]{11}$/.test(first11)) throw new Error(`expected 11 ASCII digits, got ${first11.length} characters`);
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** True when the 12 ASCII digits form a valid My Number. */
export function isValidMyNumber(digits: string): boolean {
  return /^[0-9]{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

/**
 * True when the text (its first MAX_CLASSIFY_CHARS characters, as the classifier reads) holds a
 * run of exactly twelve digits with a valid check digit. Linear in the text.
 */
export function containsMyNumber(text: string): boolean {
  for (const run of digitRuns(text.slice(0, MAX_CLASSIFY_CHARS), MY_NUMBER_RUNS)) {
    if (run.digits.length === 12 && isValidMyNumber(run.digits)) return true;
  }
  return false;
}
