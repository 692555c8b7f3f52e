import type { SparseVector } from './tfidf.ts';
import { softmaxInPlace, type SoftmaxModel } from './softmax-regression.ts';

/**
 * Multinomial naive Bayes on the same TF-IDF vectors, kept as the measured alternative to
 * logistic regression (`npm run eval -- --model naive-bayes`). Same predict() interface.
 */
export function trainNaiveBayes(
  xs: readonly SparseVector[],
  ys: readonly number[],
  classes: readonly string[],
  dim: number,
  alpha = 0.05,
): SoftmaxModel {
  const k = classes.length;
  const counts = new Float64Array(dim * k);
  const totals = new Float64Array(k);
  const docs = new Float64Array(k);
  xs.forEach((x, n) => {
    const c = ys[n]!;
    docs[c] = docs[c]! + 1;
    for (let p = 0; p < x.indices.length; p++) {
      const i = x.indices[p]! * k + c;
      counts[i] = counts[i]! + x.values[p]!;
      totals[c] = totals[c]! + x.values[p]!;
    }
  });
  const logLikelihood = new Float32Array(dim * k);
  for (let f = 0; f < dim; f++) {
    for (let c = 0; c < k; c++) {
      logLikelihood[f * k + c] = Math.log((counts[f * k + c]! + alpha) / (totals[c]! + alpha * dim));
    }
  }
  const logPrior = Float64Array.from(docs, (d) => Math.log(d / xs.length));
  return {
    classes,
    predict(x) {
      const z = Float64Array.from(logPrior);
      for (let p = 0; p < x.indices.length; p++) {
        const base = x.indices[p]! * k;
        const v = x.values[p]!;
        for (let c = 0; c < k; c++) z[c] = z[c]! + logLikelihood[base + c]! * v;
      }
      softmaxInPlace(z);
      return z;
    },
  };
}
