/**
 * Text normalisation shared by training and classification, so a resident's spelling
 * (full-width/half-width, hiragana/katakana, case, long-vowel marks, spacing) does not
 * change what the classifier sees.
 */

/** Longest text the classifier reads; longer messages are cut (LINE allows 5,000). */
export const MAX_CLASSIFY_CHARS = 5000;

/**
 * NFKC (full-width ASCII → ASCII, half-width katakana → full-width), lower case,
 * dash and long-vowel variants unified, whitespace collapsed to one space.
 */
export function normaliseText(text: string): string {
  // Cut before NFKC (bounded work on any input) and again after it and after lower-casing
  // (both can lengthen: ⑩ → 10, İ → i̇), so normalising a normalised text changes nothing; toWellFormed() mends a
  // surrogate pair split by a cut (kuromoji throws on a lone surrogate).
  return text
    .slice(0, MAX_CLASSIFY_CHARS)
    .normalize('NFKC')
    .slice(0, MAX_CLASSIFY_CHARS)
    .toWellFormed()
    .toLowerCase()
    // Lower-casing can lengthen too (İ → i + U+0307): cut once more, mending a split pair.
    .slice(0, MAX_CLASSIFY_CHARS)
    .toWellFormed()
    .replace(/[\u2010-\u2015\u2212\uff70\u301c\uff5e~]/gu, (ch) => (ch === '〜' || ch === '～' || ch === '~' ? '〜' : 'ー'))
    .replace(/[\p{Cc}\p{Cf}\p{Zs}\s]+/gu, ' ')
    .trim();
}

/** Katakana → hiragana (ヴ stays as ゔ); other characters unchanged. */
export function katakanaToHiragana(text: string): string {
  // Katakana are single UTF-16 units, so each run is shifted unit by unit; one string per run
  // rather than one per character (this runs on every message, twice for some).
  return text.replace(KATAKANA_RUN, shiftRun);
}

const KATAKANA_RUN = /[\u30a1-\u30f6]+/g;

function shiftRun(run: string): string {
  const units = new Array<number>(run.length);
  for (let i = 0; i < run.length; i++) units[i] = run.charCodeAt(i) - 0x60;
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

/** The form the lexicon and the character n-grams use: normalised, kana folded to hiragana. */
export function foldText(text: string): string {
  return katakanaToHiragana(normaliseText(text));
}

/** Fold for data written by people (lexicon variants, patterns): same as user text. */
export const foldTerm = foldText;

/** Characters (code points) in `text`, as `[...text].length` counts them, without building that array. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
