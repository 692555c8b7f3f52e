import type { SparseVector } from './tfidf.ts';

/**
 * Multinomial logistic regression on sparse vectors, trained by shuffled SGD with L2
 * regularisation. Deterministic for a given seed, so evaluations are reproducible.
 */

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Divides the logits before softmax (fitted by calibration; 1 = none). */
  temperature: number;
}

export interface SoftmaxModel {
  classes: readonly string[];
  /** Probabilities per class, in `classes` order. */
  predict(x: SparseVector): Float64Array;
  /** The trained weights, for the model cache (logistic regression only). */
  parameters?: SoftmaxParameters;
}

/** Feature-major weights (feature f's at [f·k, f·k + k)) and one bias per class. */
export interface SoftmaxParameters {
  weights: Float32Array;
  bias: Float64Array;
}

/** Small seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Turns logits into probabilities, in place (numerically stable). */
export function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
}

/** Trains on vectors `xs` with labels `ys` (indices into `classes`). */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: readonly number[],
  classes: readonly string[],
  dim: number,
  options: SoftmaxOptions,
): SoftmaxModel {
  const k = classes.length;
  // Feature-major layout: weights for feature f are at [f*k, f*k+k).
  const w = new Float64Array(dim * k);
  const b = new Float64Array(k);
  const order = xs.map((_, i) => i);
  const random = seededRandom(options.seed);
  const z = new Float64Array(k);
  let step = 0;
  const total = options.epochs * xs.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = xs[n]!;
      const y = ys[n]!;
      const lr = options.learningRate * (1 - step / total) + 1e-3;
      step++;
      z.set(b);
      for (let p = 0; p < x.indices.length; p++) {
        const base = x.indices[p]! * k;
        const v = x.values[p]!;
        for (let c = 0; c < k; c++) z[c] = z[c]! + w[base + c]! * v;
      }
      softmaxInPlace(z);
      z[y] = z[y]! - 1;
      const decay = 1 - lr * options.l2;
      for (let p = 0; p < x.indices.length; p++) {
        const base = x.indices[p]! * k;
        const v = x.values[p]!;
        for (let c = 0; c < k; c++) w[base + c] = w[base + c]! * decay - lr * z[c]! * v;
      }
      for (let c = 0; c < k; c++) b[c] = b[c]! - lr * z[c]!;
    }
  }
  return softmaxModelFrom(classes, { weights: Float32Array.from(w), bias: Float64Array.from(b) }, options.temperature);
}

/** A trained model from its parameters: what trainSoftmax returns, and what the model cache restores. */
export function softmaxModelFrom(classes: readonly string[], parameters: SoftmaxParameters, temperature: number): SoftmaxModel {
  const { weights, bias } = parameters;
  const k = classes.length;
  const inverseTemperature = 1 / temperature;
  return {
    classes,
    parameters,
    predict(x) {
      const out = Float64Array.from(bias);
      for (let p = 0; p < x.indices.length; p++) {
        const base = x.indices[p]! * k;
        const v = x.values[p]!;
        for (let c = 0; c < k; c++) out[c] = out[c]! + weights[base + c]! * v;
      }
      for (let c = 0; c < k; c++) out[c] = out[c]! * inverseTemperature;
      softmaxInPlace(out);
      return out;
    },
  };
}
