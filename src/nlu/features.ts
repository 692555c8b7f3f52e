import type { Tokenizer } from './tokenizer.ts';
import { matchLexicon, type Lexicon, type LexiconHit } from './lexicon.ts';
import { foldText, katakanaToHiragana } from './normalise-text.ts';

/**
 * Text → bag of named features with raw counts:
 *  - `c:` character 1–3-grams of the folded text (kana folded, digits as #, links as ◆),
 *  - `r:` character 2–3-grams of the kuromoji reading (so 「けいさつ」 meets 「警察」),
 *  - `w:` kuromoji base forms of content words,
 *  - `l:` / `t:` lexicon term ids and tags (matched before tokenising).
 */

/** Only this many characters are tokenised; the n-grams of the folded text cover the rest. */
export const MAX_TOKENISED_CHARS = 600;

const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞', '感動詞', '連体詞']);
const LINK_RE = /(?:https?:\/\/|www\.)\S+/giu;

export interface AnalysedText {
  folded: string;
  lexiconHits: LexiconHit[];
  features: Map<string, number>;
}

export interface FeatureDeps {
  tokenizer: Tokenizer;
  lexicon: Lexicon;
}

function add(features: Map<string, number>, key: string, amount = 1): void {
  features.set(key, (features.get(key) ?? 0) + amount);
}

function addNgrams(features: Map<string, number>, prefix: string, text: string, min: number, max: number): void {
  const chars = Array.from(text);
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      let gram = '';
      for (let j = i; j < i + n; j++) gram += chars[j];
      if (gram.trim().length < n) continue;
      add(features, prefix + gram);
    }
  }
}

/** Analyses one text for training or classification. */
export function analyseText(text: string, deps: FeatureDeps): AnalysedText {
  const folded = foldText(text);
  const features = new Map<string, number>();
  const lexiconHits = matchLexicon(folded, deps.lexicon);

  const shaped = folded.replace(LINK_RE, '◆').replace(/[0-9]/g, '#');
  addNgrams(features, 'c:', ` ${shaped} `, 1, 3);

  const morphemes = deps.tokenizer.tokenize(shaped.slice(0, MAX_TOKENISED_CHARS));
  let reading = '';
  for (const m of morphemes) {
    if (m.pos === '記号') {
      reading += ' ';
      continue;
    }
    reading += katakanaToHiragana(m.reading);
    if (CONTENT_POS.has(m.pos)) add(features, 'w:' + katakanaToHiragana(m.base));
  }
  addNgrams(features, 'r:', reading, 2, 3);

  for (const hit of lexiconHits) {
    add(features, 'l:' + hit.term.id, 1);
    for (const tag of hit.term.tags) add(features, 't:' + tag, 1);
  }
  if (/◆/.test(shaped)) add(features, 'x:link');
  return { folded, lexiconHits, features };
}
