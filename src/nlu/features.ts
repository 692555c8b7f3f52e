import type { Tokenizer } from './tokenizer.ts';
import { ngramKey, type FeatureKey } from './tfidf.ts';
import { matchLexicon, type Lexicon, type LexiconHit } from './lexicon.ts';
import { katakanaToHiragana, normaliseText } from './normalise-text.ts';

/**
 * Text → bag of named features with raw counts:
 *  - `c:` character 1–3-grams of the folded text (kana folded, digits as #, links as ◆),
 *  - `r:` character 2–3-grams of the kuromoji reading (so 「けいさつ」 meets 「警察」),
 *  - `w:` kuromoji base forms of content words,
 *  - `l:` / `t:` lexicon term ids and tags (matched before tokenising).
 */

/**
 * Only this many characters are tokenised (kuromoji is most of the cost of a long message);
 * the n-grams of the folded text and the lexicon cover the rest.
 */
export const MAX_TOKENISED_CHARS = 200;

const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞', '感動詞', '連体詞']);
const LINK_RE = /(?:https?:\/\/|www\.)\S+/giu;

export interface AnalysedText {
  /** NFKC, lower case, spacing unified (what the red-flag finders read). */
  normalised: string;
  /** `normalised` with katakana folded to hiragana (what the lexicon and patterns read). */
  folded: string;
  lexiconHits: LexiconHit[];
}

/**
 * Where the features go: counted by name when training, or straight into vocabulary-indexed
 * counts when classifying (unknown features are dropped without being stored).
 */
export interface FeatureSink {
  add(key: FeatureKey): void;
  /**
   * A character n-gram, packed (see {@link addNgrams}) as its high and low 32 bits: the
   * numeric key is `ngramKey(high, low)`. Two small integers rather than one 50-bit number,
   * so the hot loop passes no heap-allocated numbers around.
   */
  addNgram(high: number, low: number): void;
}

/** A sink that counts features by name (training, tests). */
export function countingSink(): FeatureSink & { counts: Map<FeatureKey, number> } {
  const counts = new Map<FeatureKey, number>();
  const add = (key: FeatureKey) => void counts.set(key, (counts.get(key) ?? 0) + 1);
  return { counts, add, addNgram: (high, low) => add(ngramKey(high, low)) };
}

export interface FeatureDeps {
  tokenizer: Tokenizer;
  lexicon: Lexicon;
}

/** N-gram groups, packed into the top bits of a numeric feature key. */
const GRAM_GROUPS = ['', 'c:', 'r:'] as const;
const GROUP_UNIT = 2 ** 48;
const CHAR_UNIT = 2 ** 16;

/** The group of a feature key: the prefix of a string key, the packed group of an n-gram. */
export function featureGroup(key: FeatureKey): string {
  return typeof key === 'number' ? (GRAM_GROUPS[Math.floor(key / GROUP_UNIT)] ?? '') : key.slice(0, 2);
}

/** Readable form of a feature key (for debugging and tests): `c:電話` for a packed n-gram. */
export function featureName(key: FeatureKey): string {
  if (typeof key === 'string') return key;
  let rest = key % GROUP_UNIT;
  let gram = '';
  for (let unit = 2 ** 32; unit >= 1; unit /= CHAR_UNIT) {
    const code = Math.floor(rest / unit);
    rest -= code * unit;
    if (code) gram += String.fromCharCode(code);
  }
  return featureGroup(key) + gram;
}

/**
 * Character n-grams of length `min` to 3 (UTF-16 code units, the same in training and
 * classification) without spaces, each as a number: group × 2⁴⁸ + c₁ × 2³² + c₂ × 2¹⁶ + c₃
 * (NUL never occurs after normalisation, so a shorter n-gram cannot collide with a longer
 * one), given to the sink as high = group × 2¹⁶ + c₁ and low = c₂ × 2¹⁶ + c₃ (as a 32-bit
 * integer).
 */
function addNgrams(sink: FeatureSink, group: 1 | 2, text: string, min: 1 | 2): void {
  const length = text.length;
  const base = group * CHAR_UNIT;
  for (let i = 0; i < length; i++) {
    const first = text.charCodeAt(i);
    if (first === 32) continue;
    const high = base + first;
    if (min === 1) sink.addNgram(high, 0);
    if (i + 1 >= length) continue;
    const second = text.charCodeAt(i + 1);
    if (second === 32) continue;
    sink.addNgram(high, second << 16);
    if (i + 2 >= length) continue;
    const third = text.charCodeAt(i + 2);
    if (third === 32) continue;
    sink.addNgram(high, (second << 16) | third);
  }
}

/** Analyses one text for training or classification, putting its features into `sink`. */
export function analyseText(text: string, deps: FeatureDeps, sink: FeatureSink): AnalysedText {
  const normalised = normaliseText(text);
  const folded = katakanaToHiragana(normalised);
  const lexiconHits = matchLexicon(folded, deps.lexicon);

  const shaped = folded.replace(LINK_RE, '◆').replace(/[0-9]/g, '#');
  addNgrams(sink, 1, shaped, 1);

  const morphemes = deps.tokenizer.tokenize(shaped.slice(0, MAX_TOKENISED_CHARS).toWellFormed());
  let reading = '';
  for (const m of morphemes) {
    if (m.pos === '記号') {
      reading += ' ';
      continue;
    }
    reading += katakanaToHiragana(m.reading);
    if (CONTENT_POS.has(m.pos)) sink.add('w:' + katakanaToHiragana(m.base));
  }
  addNgrams(sink, 2, reading, 2);

  for (const hit of lexiconHits) {
    sink.add('l:' + hit.term.id);
    for (const tag of hit.term.tags) sink.add('t:' + tag);
  }
  if (shaped.includes('◆')) sink.add('x:link');
  return { normalised, folded, lexiconHits };
}
