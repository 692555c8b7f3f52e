import { digitRuns, emailSpans, type DigitRunOptions, type Span } from '../nlu/text-scan.ts';

/**
 * Masks what must never reach a log unmasked: number runs long enough to be a My Number,
 * a phone number, an account or a card number; e-mail addresses; raw LINE user IDs.
 * Used for any text an operator chooses to log (LOG_MESSAGE_TEXT) and for error messages.
 *
 * Numbers and addresses are found as the classifier reads text (src/nlu/text-scan.ts): a digit
 * is any digit a resident, a copied document or voice input writes — ASCII, full-width, circled
 * ①, mathematical 𝟏, Arabic-Indic ٣ and other decimal digits, kanji 〇一二… — and a "number
 * run" is digits joined by at most five non-letters (spaces, newlines, tabs, any hyphen or
 * dash, the long-vowel mark ー people type for a hyphen, dots, commas, 、, /, _, brackets,
 * zero-width and other invisible characters, a stretch of invisible ones counting as one),
 * with an optional leading +. Runs of 7 digits or more are masked, whatever their grouping;
 * shorter ones (amounts, dates, times) stay. E-mail addresses are also found with spaces or
 * invisible characters around the @ or inside them. The scan is linear in the text.
 * Placeholders are ASCII on purpose: they are log tokens, not words for residents.
 */

const NUMBER_RUNS: DigitRunOptions = { maxGap: 5 };
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
  const withoutEmails = replaceSpans(text, emailSpans(text, { loose: true }), () => MASK.email);
  const withoutIds = withoutEmails.replace(LINE_USER_ID, MASK.lineUserId);
  const runs = digitRuns(withoutIds, NUMBER_RUNS).filter((run) => run.digits.length >= MIN_MASKED_DIGITS);
  return replaceSpans(withoutIds, runs, (_span, i) => (runs[i]!.digits.length === 12 && !runs[i]!.plus ? MASK.myNumberLike : MASK.number));
}

/** `text` with each span (in order, not overlapping) replaced. */
function replaceSpans(text: string, spans: readonly Span[], by: (span: Span, index: number) => string): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  spans.forEach((span, i) => {
    out += text.slice(from, span.start) + by(span, i);
    from = span.end;
  });
  return out + text.slice(from);
}
