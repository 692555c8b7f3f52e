/**
 * TF-IDF over named features: a vocabulary and document frequencies fitted on the
 * training examples, sub-linear term frequency, feature-group weights, L2 normalisation.
 */

/** Sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface TfidfOptions {
  /** Features seen in fewer training examples are dropped. */
  minDocFreq: number;
  /** Multiplier per feature prefix (`c:`, `r:`, `w:`, `l:`, `t:`, `x:`). */
  groupWeights: Readonly<Record<string, number>>;
}

export interface Tfidf {
  vocabulary: ReadonlyMap<string, number>;
  /** idf × group weight, per feature index. */
  weights: Float32Array;
  transform(features: ReadonlyMap<string, number>): SparseVector;
}

export function fitTfidf(docs: readonly ReadonlyMap<string, number>[], options: TfidfOptions): Tfidf {
  const df = new Map<string, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const weightList: number[] = [];
  const n = docs.length;
  for (const [key, count] of df) {
    if (count < options.minDocFreq) continue;
    vocabulary.set(key, weightList.length);
    const group = options.groupWeights[key.slice(0, 2)] ?? 1;
    weightList.push(group * (Math.log((1 + n) / (1 + count)) + 1));
  }
  const weights = Float32Array.from(weightList);
  return {
    vocabulary,
    weights,
    transform(features) {
      const idx: number[] = [];
      const val: number[] = [];
      let norm = 0;
      for (const [key, tf] of features) {
        const i = vocabulary.get(key);
        if (i === undefined) continue;
        const v = (1 + Math.log(tf)) * weights[i]!;
        idx.push(i);
        val.push(v);
        norm += v * v;
      }
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      const values = new Float32Array(val.length);
      for (let k = 0; k < val.length; k++) values[k] = val[k]! * scale;
      return { indices: Int32Array.from(idx), values };
    },
  };
}
