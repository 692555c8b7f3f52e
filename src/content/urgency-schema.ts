import { z } from 'zod';

/**
 * Schema of `data/replies/urgency.yaml`: how an urgent message's situation is told apart.
 * Patterns are regular expressions on the folded text (NFKC, lower case, katakana → hiragana).
 * `present`: the scammer is there now or the resident is on the way; `paid`: the money,
 * cards or codes are already gone. A message matching `paid` and no `present` pattern is "paid";
 * every other urgent message is "present" (110 first).
 */
export const urgencyFileSchema = z.strictObject({
  present: z.array(z.string().min(1)).min(1),
  paid: z.array(z.string().min(1)).min(1),
});

/** The compiled patterns of `data/replies/urgency.yaml`. */
export interface UrgencyCues {
  readonly present: readonly RegExp[];
  readonly paid: readonly RegExp[];
}
