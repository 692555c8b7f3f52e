/**
 * Masks what must never reach a log unmasked: number runs long enough to be a My Number,
 * a phone number, an account or a card number; e-mail addresses; raw LINE user IDs.
 * Used for any text an operator chooses to log (LOG_MESSAGE_TEXT) and for error messages.
 *
 * A "number run" is digits — ASCII, full-width or kanji (voice input writes 〇九〇…) — joined
 * by at most five separators (spaces, newlines, any hyphen or dash, the long-vowel mark ー
 * people type for a hyphen, dots, brackets), with an optional leading +. Runs of 7 digits or
 * more are masked, whatever their grouping; shorter ones (amounts, dates, times) stay.
 * Placeholders are ASCII on purpose: they are log tokens, not words for residents.
 */

const DIGIT = '[0-9０-９〇一二三四五六七八九]';
const SEP = '[\\s\\-‐‑‒–—―−－ー・･.．()（）]';
const NUMBER_RUN = new RegExp(`[+＋]?${DIGIT}(?:${SEP}{0,5}${DIGIT})*`, 'gu');
const ONE_DIGIT = new RegExp(DIGIT, 'gu');
// Bounded parts (RFC 5321 lengths) keep the match linear on long runs of letters.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}[@＠][\p{L}\p{N}-]{1,63}(?:[.．][\p{L}\p{N}-]{1,63}){0,8}/gu;
const LINE_USER_ID = /U[0-9a-f]{32}/g;

/** Shortest digit run that is masked (7: a local phone number without area code). */
export const MIN_MASKED_DIGITS = 7;

export const MASK = {
  myNumberLike: '[number:12]',
  number: '[number]',
  email: '[email]',
  lineUserId: '[line-user-id]',
} as const;

/** Returns the text with e-mail addresses, raw LINE user IDs and long number runs replaced. */
export function maskSensitiveText(text: string): string {
  return text
    .replace(EMAIL, MASK.email)
    .replace(LINE_USER_ID, MASK.lineUserId)
    .replace(NUMBER_RUN, (run) => {
      const digits = run.match(ONE_DIGIT)?.length ?? 0;
      if (digits < MIN_MASKED_DIGITS) return run;
      return digits === 12 && !/^[+＋]/u.test(run) ? MASK.myNumberLike : MASK.number;
    });
}
