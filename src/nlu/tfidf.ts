/**
 * TF-IDF over named features: a vocabulary and document frequencies fitted on the
 * training examples, sub-linear term frequency, feature-group weights, L2 normalisation.
 */

/**
 * A feature's name: a string such as `w:電話` or `l:mynumber`, or, for the many character
 * n-grams, a number packing the group and the UTF-16 code units (see features.ts), which
 * hashes far faster than a fresh string.
 */
export type FeatureKey = string | number;

/** Feature group of a key (`c:`, `r:`, `w:` …), for the group weights. */
export type GroupOf = (key: FeatureKey) => string;

/** Sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface TfidfOptions {
  /** Features seen in fewer training examples are dropped. */
  minDocFreq: number;
  /** Multiplier per feature group (`c:`, `r:`, `w:`, `l:`, `t:`, `k:`, `x:`). */
  groupWeights: Readonly<Record<string, number>>;
  groupOf: GroupOf;
}

export interface Tfidf {
  vocabulary: ReadonlyMap<FeatureKey, number>;
  /** idf × group weight, per feature index. */
  weights: Float32Array;
  /** Named counts → weighted, L2-normalised vector (features outside the vocabulary dropped). */
  transform(features: ReadonlyMap<FeatureKey, number>): SparseVector;
  /** An accumulator that counts features by vocabulary index as they come (classification). */
  accumulator(): { add(key: FeatureKey): void; vector(): SparseVector };
}

export function fitTfidf(docs: readonly ReadonlyMap<FeatureKey, number>[], options: TfidfOptions): Tfidf {
  const df = new Map<FeatureKey, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vocabulary = new Map<FeatureKey, number>();
  const weightList: number[] = [];
  const n = docs.length;
  for (const [key, count] of df) {
    if (count < options.minDocFreq) continue;
    vocabulary.set(key, weightList.length);
    const group = options.groupWeights[options.groupOf(key)] ?? 1;
    weightList.push(group * (Math.log((1 + n) / (1 + count)) + 1));
  }
  const weights = Float32Array.from(weightList);
  /** Sub-linear tf × weight, L2-normalised, from counts by index. */
  const vectorOf = (counts: ReadonlyMap<number, number>): SparseVector => {
    const indices = new Int32Array(counts.size);
    const values = new Float32Array(counts.size);
    let norm = 0;
    let k = 0;
    for (const [i, tf] of counts) {
      const v = (tf === 1 ? 1 : 1 + Math.log(tf)) * weights[i]!;
      indices[k] = i;
      values[k++] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < values.length; j++) values[j] = values[j]! * scale;
    return { indices, values };
  };
  return {
    vocabulary,
    weights,
    transform(features) {
      const counts = new Map<number, number>();
      for (const [key, tf] of features) {
        const i = vocabulary.get(key);
        if (i !== undefined) counts.set(i, tf);
      }
      return vectorOf(counts);
    },
    accumulator() {
      const counts = new Map<number, number>();
      return {
        add(key) {
          const i = vocabulary.get(key);
          if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
        },
        vector: () => vectorOf(counts),
      };
    },
  };
}
