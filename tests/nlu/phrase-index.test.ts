import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPhraseIndex } from '../../src/nlu/phrase-index.ts';

const found = (phrases: string[], text: string) =>
  new Set(buildPhraseIndex(phrases.map((p) => [p, p] as const)).valuesIn(text));

describe('phrase index', () => {
  it('finds a phrase anywhere in the text, once however often it occurs', () => {
    const index = buildPhraseIndex([
      ['まいなんばー', 'mynumber'],
      ['けいさつ', 'police'],
      ['警察', 'police'],
      ['な', 'short'],
    ]);
    expect(index.valuesIn('けいさつからまいなんばーのでんわ、まいなんばー')).toEqual(['police', 'mynumber', 'short']);
    expect(index.valuesIn('でんわ')).toEqual([]);
    expect(index.valuesIn('')).toEqual([]);
  });

  it('gives every value of a phrase listed more than once', () => {
    const index = buildPhraseIndex([
      ['かんぷきん', 1],
      ['かんぷきん', 3],
    ]);
    expect(index.valuesIn('かんぷきんがある')).toEqual([1, 3]);
  });

  it('finds a phrase at the very end and one that is the whole text', () => {
    expect(found(['ばんごう', 'ご'], 'あんしょうばんごう')).toEqual(new Set(['ばんごう', 'ご']));
    expect(found(['ばんごう'], 'ばんごう')).toEqual(new Set(['ばんごう']));
  });

  it('agrees with String.includes for any phrases and text (surrogate pairs and overlaps included)', () => {
    const unit = fc.constantFrom('あ', 'い', 'ん', '警', '察', 'a', '😀', '\ud83d', ' ', 'ー');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(unit, { maxLength: 60 }), (phrases, units) => {
        const text = units.join('');
        expect(found(phrases, text)).toEqual(new Set(phrases.filter((p) => text.includes(p))));
      }),
      { numRuns: 500 },
    );
  });
});
