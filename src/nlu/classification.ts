/**
 * The classifier's answer for one text: the intent, how sure it is, modifier flags and
 * the red flags found in the text. Plain data; printed as-is by `npm run classify`.
 */

/** Modifiers that change a reply's first lines whatever the intent (see taxonomy.md). */
export type Flag = 'urgent' | 'contains_my_number';

export interface RankedIntent {
  intent: string;
  /** Calibrated probability-like score in [0, 1]; the ranking's scores sum to at most 1. */
  score: number;
}

/**
 * A warning sign found in the message, for the reply's 「この文面の危険サイン」 bubble.
 * `term` is the lexicon term's label (「急がせる言葉（至急・本日中 など）」); `words` the variants
 * that matched, as the lexicon writes them (「今すぐ」) — never user personal data.
 */
export type RedFlag =
  | { kind: 'link'; host: string; government: boolean; shortener: boolean }
  | { kind: 'phone'; international: boolean; countryCode: string | null }
  | { kind: 'money_demand'; term: string; words?: string[] }
  | { kind: 'urgency_threat'; term: string; words?: string[] }
  | { kind: 'impersonation'; term: string; words?: string[] }
  | { kind: 'credential_request'; term: string; words?: string[] };

export type RedFlagKind = RedFlag['kind'];

export interface Classification {
  intent: string;
  confidence: number;
  flags: Flag[];
  redFlags: RedFlag[];
  ranking: RankedIntent[];
}

/** `(text) → Classification`, with the tokenizer and the trained model inside. */
export interface Classifier {
  classify(text: string): Classification;
}
