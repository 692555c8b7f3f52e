/**
 * Masks what must never reach a log unmasked: 12-digit runs (a possible My Number, with
 * spaces, hyphens or full-width digits between), phone numbers and e-mail addresses.
 * Used by the logger for any text an operator chooses to log.
 */

const DIGIT = '[0-9０-９]';
const SEP = '[\\s\\-‐－ー―−・.．]?';

// Twelve digits with optional single separators between them, not part of a longer digit run.
const TWELVE_DIGITS = new RegExp(`(?<![0-9０-９])${DIGIT}(?:${SEP}${DIGIT}){11}(?![0-9０-９])`, 'gu');
// E-mail addresses (ASCII and full-width @).
const EMAIL = /[\p{L}\p{N}._%+\-]+[@＠][\p{L}\p{N}.\-]+\.[\p{L}]{2,}/gu;
// Phone numbers: international (+81 …), domestic (0X…), or #9110-style short codes, 7+ digits.
const PHONE = new RegExp(`(?:[+＋]${DIGIT}{1,3}[\\s\\-‐－()（）]*)?\\(?${DIGIT}{2,5}\\)?(?:[\\s\\-‐－()（）]{0,2}${DIGIT}{2,5}){1,3}`, 'gu');

/** Returns the text with 12-digit runs, e-mail addresses and phone-like numbers replaced. */
export function maskSensitiveText(text: string): string {
  return text
    .replace(TWELVE_DIGITS, '[12桁の番号]')
    .replace(EMAIL, '[メール]')
    .replace(PHONE, (m) => (countDigits(m) >= 7 ? '[電話番号]' : m));
}

function countDigits(s: string): number {
  let n = 0;
  for (const ch of s) if (/[0-9０-９]/u.test(ch)) n++;
  return n;
}
