import { describe, expect, it } from 'vitest';
import { fitTfidf, ngramKey, type FeatureKey, type SparseVector } from '../../src/nlu/tfidf.ts';

const options = { minDocFreq: 1, groupWeights: { 'c:': 1, 'w:': 2 }, groupOf: (k: FeatureKey) => (typeof k === 'number' ? 'c:' : k.slice(0, 2)) };

function plain(v: SparseVector) {
  return { indices: [...v.indices], values: [...v.values] };
}

describe('tf-idf accumulator', () => {
  // Many numeric keys with high bits set (CJK code units ≥ 0x8000), so the table has collisions.
  const grams = Array.from({ length: 5000 }, (_, i) => [65536 + 0x8000 + (i % 97), ((0x9000 + i) << 16) | (i * 7919) % 65536] as const);
  const docs: Map<FeatureKey, number>[] = [];
  for (let d = 0; d < 50; d++) {
    const doc = new Map<FeatureKey, number>();
    for (let i = d; i < grams.length; i += 50) doc.set(ngramKey(...grams[i]!), 1 + (i % 3));
    doc.set(`w:word${d % 7}`, 1);
    docs.push(doc);
  }
  const tfidf = fitTfidf(docs, options);

  it('gives the same vector, to the last bit, as transforming the counted features', () => {
    for (const doc of docs.slice(0, 10)) {
      const acc = tfidf.accumulator();
      for (const [key, tf] of doc) {
        for (let n = 0; n < tf; n++) {
          if (typeof key === 'string') acc.add(key);
          else acc.addNgram(Math.floor(key / 2 ** 32), key % 2 ** 32 | 0);
        }
      }
      expect(plain(acc.vector())).toEqual(plain(tfidf.transform(doc)));
    }
  });

  it('drops features outside the vocabulary, numeric or named', () => {
    const acc = tfidf.accumulator();
    acc.addNgram(3, 12345);
    acc.add('w:unknown');
    acc.add('w:word1');
    const v = acc.vector();
    expect(v.indices).toEqual(Int32Array.from([tfidf.vocabulary.get('w:word1')!]));
    expect(v.values[0]).toBeCloseTo(1);
  });

  it('keeps two accumulators in use at once apart, and starts each one empty', () => {
    const a = tfidf.accumulator();
    const b = tfidf.accumulator();
    a.add('w:word1');
    b.add('w:word2');
    b.add('w:word2');
    expect([...a.vector().indices]).toEqual([tfidf.vocabulary.get('w:word1')]);
    expect([...b.vector().indices]).toEqual([tfidf.vocabulary.get('w:word2')]);
    const c = tfidf.accumulator();
    c.add('w:word3');
    expect([...c.vector().indices]).toEqual([tfidf.vocabulary.get('w:word3')]);
  });
});
