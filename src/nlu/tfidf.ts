/**
 * TF-IDF over named features: a vocabulary and document frequencies fitted on the
 * training examples, sub-linear term frequency, feature-group weights, L2 normalisation.
 */

/**
 * A feature's name: a string such as `w:電話` or `l:mynumber`, or, for the many character
 * n-grams, a non-negative integer below 2⁵³ packing the group and the UTF-16 code units
 * (see features.ts), which hashes far faster than a fresh string.
 */
export type FeatureKey = string | number;

/** The numeric key of an n-gram given as its high and low 32 bits (`low` as a signed 32-bit integer). */
export function ngramKey(high: number, low: number): number {
  return high * 2 ** 32 + (low >>> 0);
}

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
  /**
   * An accumulator that counts features by vocabulary index as they come (classification).
   * `addNgram(high, low)` is `add(ngramKey(high, low))` without building the number.
   */
  accumulator(): Accumulator;
}

export interface Accumulator {
  add(key: FeatureKey): void;
  addNgram(high: number, low: number): void;
  /** The weighted, normalised vector of everything added (call once, at the end). */
  vector(): SparseVector;
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
  return tfidfFrom(vocabulary, Float32Array.from(weightList));
}

/**
 * A fitted TF-IDF from its vocabulary (keys in index order) and weights: what fitTfidf builds,
 * and what the model cache (model-cache.ts) restores.
 */
export function tfidfFrom(vocabulary: ReadonlyMap<FeatureKey, number>, weights: Float32Array): Tfidf {
  const numeric = numericKeyTable(vocabulary);
  const scratch = new Counts(weights);
  // One text at a time (all of this is synchronous): reuse the scratch counts unless in use.
  const counts = () => {
    const c = scratch.busy ? new Counts(weights) : scratch;
    c.busy = true;
    return c;
  };
  return {
    vocabulary,
    weights,
    transform(features) {
      const c = counts();
      for (const [key, tf] of features) {
        const i = vocabulary.get(key);
        if (i !== undefined) c.set(i, tf);
      }
      return c.vector();
    },
    accumulator() {
      const c = counts();
      return {
        add(key) {
          const i = vocabulary.get(key);
          if (i !== undefined) c.set(i, c.get(i) + 1);
        },
        addNgram(high, low) {
          const i = numeric.find(high, low);
          if (i >= 0) c.set(i, c.get(i) + 1);
        },
        vector: () => c.vector(),
      };
    },
  };
}

/**
 * Term counts by vocabulary index in a dense array, with the indices in first-seen order (so
 * the vector's sums run in the same order whatever filled it). `vector()` clears only the
 * entries used, so one array serves every text.
 */
class Counts {
  busy = false;
  private readonly tf: Float64Array;
  private readonly order: Int32Array;
  private readonly weights: Float32Array;
  private used = 0;

  constructor(weights: Float32Array) {
    this.weights = weights;
    this.tf = new Float64Array(weights.length);
    this.order = new Int32Array(weights.length);
  }

  get(i: number): number {
    return this.tf[i]!;
  }

  set(i: number, tf: number): void {
    if (this.tf[i] === 0) this.order[this.used++] = i;
    this.tf[i] = tf;
  }

  /** Sub-linear tf × weight, L2-normalised; then empty again. */
  vector(): SparseVector {
    const indices = this.order.slice(0, this.used);
    const values = new Float32Array(this.used);
    let norm = 0;
    for (let k = 0; k < this.used; k++) {
      const i = indices[k]!;
      const tf = this.tf[i]!;
      const v = (tf === 1 ? 1 : 1 + Math.log(tf)) * this.weights[i]!;
      values[k] = v;
      norm += v * v;
      this.tf[i] = 0;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < values.length; k++) values[k] = values[k]! * scale;
    this.used = 0;
    this.busy = false;
    return { indices, values };
  }
}

/**
 * The vocabulary's numeric keys in an open-addressing hash table keyed by their high and low
 * 32 bits: looking up an n-gram allocates nothing (a Map would box every 50-bit key). Each slot
 * is [high, low, index + 1] side by side, so a probe reads one cache line, not three.
 */
function numericKeyTable(vocabulary: ReadonlyMap<FeatureKey, number>): { find(high: number, low: number): number } {
  let size = 0;
  for (const key of vocabulary.keys()) if (typeof key === 'number') size++;
  const bits = Math.max(4, Math.ceil(Math.log2(size * 2 + 1)));
  const mask = (1 << bits) - 1;
  /** Per slot: high, low, vocabulary index + 1 (0 = empty), padding. */
  const slots = new Int32Array((mask + 1) * 4);
  const slot = (high: number, low: number) => ((Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits)) & mask) << 2;
  for (const [key, index] of vocabulary) {
    if (typeof key !== 'number') continue;
    // The inverse of ngramKey.
    const high = Math.floor(key / 2 ** 32);
    const low = (key - high * 2 ** 32) | 0;
    let s = slot(high, low);
    while (slots[s + 2] !== 0) s = (s + 4) & (slots.length - 1);
    slots[s] = high;
    slots[s + 1] = low;
    slots[s + 2] = index + 1;
  }
  return {
    find(high, low) {
      for (let s = slot(high, low); ; s = (s + 4) & (slots.length - 1)) {
        const entry = slots[s + 2]!;
        if (entry === 0 || (slots[s] === high && slots[s + 1] === low)) return entry - 1;
      }
    },
  };
}
