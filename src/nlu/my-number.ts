/**
 * Detects a pasted My Number (個人番号): twelve digits, spaces/hyphens/full-width allowed,
 * whose check digit is valid under 行政手続における特定の個人を識別するための番号の利用等に
 * 関する法律施行令 / 平成26年総務省令第85号 第5条. A random 12-digit number passes 1 time in 11,
 * so order numbers with a wrong check digit do not trigger the warning.
 */

const DIGIT = '[0-9０-９]';
const SEP = '[ \\u3000\\-‐－−ー]?';
const CANDIDATE = new RegExp(`(?<![0-9０-９])${DIGIT}(?:${SEP}${DIGIT}){11}(?![0-9０-９])`, 'gu');

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

/** True when the text contains a 12-digit run with a valid check digit. */
export function containsMyNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = match[0].normalize('NFKC').replace(/[^0-9]/g, '');
    if (isValidMyNumber(digits)) return true;
  }
  return false;
}
