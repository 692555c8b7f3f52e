import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseText, countingSink, featureGroup, featureName } from '../../src/nlu/features.ts';
import { loadLexicon } from '../../src/nlu/lexicon.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import type { Tokenizer } from '../../src/nlu/tokenizer.ts';
import { testTokenizer } from '../support/test-runtime.ts';

let tokenizer: Tokenizer;
const lexicon = loadLexicon(join(DATA_DIR, 'lexicon.yaml'));
beforeAll(async () => {
  tokenizer = await testTokenizer();
});

function names(text: string): string[] {
  const sink = countingSink();
  analyseText(text, { tokenizer, lexicon }, sink);
  return [...sink.counts.keys()].map(featureName);
}

describe('features', () => {
  it('packs character n-grams into numbers that decode back to the n-gram, by group', () => {
    const features = names('警察から電話');
    expect(features).toEqual(expect.arrayContaining(['c:警', 'c:警察', 'c:警察か', 'c:電話', 'w:警察', 'w:電話']));
    const sink = countingSink();
    analyseText('電話', { tokenizer, lexicon }, sink);
    for (const key of sink.counts.keys()) {
      if (typeof key === 'number') expect(['c:', 'r:']).toContain(featureGroup(key));
    }
  });

  it('gives an all-hiragana message the same reading n-grams as its kanji spelling', () => {
    const reading = (text: string) => new Set(names(text).filter((f) => f.startsWith('r:')));
    const kanji = reading('警察から電話');
    const kana = reading('けいさつから でんわ');
    for (const gram of ['r:けい', 'r:いさ', 'r:さつ', 'r:でん', 'r:んわ']) {
      expect(kanji.has(gram), gram).toBe(true);
      expect(kana.has(gram), gram).toBe(true);
    }
  });

  it('marks lexicon terms kuromoji would split, and links', () => {
    const features = names('マイナ保険証の登録はこちら https://example.com/x');
    expect(features).toEqual(expect.arrayContaining(['l:myna_insurance', 't:core', 'x:link']));
  });
});
