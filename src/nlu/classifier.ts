import type { Classification, Flag, RankedIntent, RedFlag } from './classification.ts';
import type { Classifier } from './classification.ts';
import type { Tokenizer } from './tokenizer.ts';
import type { Lexicon } from './lexicon.ts';
import type { IntentDefinition } from './intents-loader.ts';
import { analyseText, countingSink, featureGroup, type FeatureSink } from './features.ts';
import { fitTfidf, type FeatureKey, type Tfidf } from './tfidf.ts';
import { trainSoftmax, type SoftmaxModel, type SoftmaxOptions } from './softmax-regression.ts';
import { trainNaiveBayes } from './naive-bayes.ts';
import { containsMyNumber } from './my-number.ts';
import { findLinks, findPhones, lexiconRedFlags, mentionsUrgency, type Signals } from './signals.ts';
import { isForeignLanguage } from './language.ts';
import { FOREIGN_LANGUAGE, OUT_OF_SCOPE, isScamIntent } from './intent-ids.ts';
import { foldText } from './normalise-text.ts';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.ts';

/** Everything the classifier is built from, all loaded by the caller. */
export interface ClassifierDeps {
  tokenizer: Tokenizer;
  lexicon: Lexicon;
  signals: Signals;
}

/** Settings chosen by measurement (`npm run eval`); see README "Classifier". */
export interface ClassifierOptions {
  /** `logistic-regression` (default, chosen by cross-validation) or `naive-bayes`. */
  algorithm: 'logistic-regression' | 'naive-bayes';
  model: SoftmaxOptions;
  minDocFreq: number;
  groupWeights: Record<string, number>;
  /** Below this top score, a message with no core domain term is out of scope. */
  outOfScopeThreshold: number;
  /** How many intents `ranking` lists. */
  rankingSize: number;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  algorithm: 'logistic-regression',
  model: { epochs: 30, learningRate: 0.5, l2: 1e-5, seed: 20261123, temperature: 0.6 },
  minDocFreq: 1,
  groupWeights: { 'c:': 1, 'r:': 0.6, 'w:': 1, 'l:': 1.5, 't:': 0.8, 'k:': 1.5, 'x:': 1 },
  outOfScopeThreshold: 0.3,
  rankingSize: 5,
};

interface Trained {
  tfidf: Tfidf;
  model: SoftmaxModel;
  keyTerms: KeyTerms;
}

/** Each intent's key terms (folded) as a `k:<intent>` feature, counted once per term present. */
interface KeyTerms {
  features: string[];
  /** key term → the index of each intent listing it. */
  index: PhraseIndex<number>;
}

function keyTermFeatures(folded: string, keyTerms: KeyTerms, sink: FeatureSink): void {
  const found = keyTerms.index.valuesIn(folded);
  if (found.length === 0) return;
  found.sort((a, b) => a - b);
  for (const intent of found) sink.add(keyTerms.features[intent]!);
}

/** Trains the model from intent examples (at start-up, ~1 s) and returns the classifier. */
export function trainClassifier(
  intents: readonly IntentDefinition[],
  deps: ClassifierDeps,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): Classifier {
  return classifierFrom(intents, trainModel(intents, deps, options), deps, options);
}

/** What training produces, and what the model cache (model-cache.ts) stores and restores. */
export interface TrainedModel {
  tfidf: Tfidf;
  model: SoftmaxModel;
}

/** A classifier from a trained (or cached) model; the key terms are indexed from `intents`. */
export function classifierFrom(
  intents: readonly IntentDefinition[],
  trainedModel: TrainedModel,
  deps: ClassifierDeps,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): Classifier {
  const trained: Trained = { ...trainedModel, keyTerms: keyTermsOf(intents) };
  return { classify: (text) => classifyWith(text, trained, deps, options) };
}

function keyTermsOf(intents: readonly IntentDefinition[]): KeyTerms {
  return {
    features: intents.map((i) => `k:${i.id}`),
    index: buildPhraseIndex(
      intents.flatMap((intent, i) => [...new Set(intent.keyTerms.map(foldText))].filter((f) => f.length >= 2).map((form) => [form, i] as const)),
    ),
  };
}

/** Features of every example, TF-IDF and the model fitted on them (the slow part of start-up). */
export function trainModel(
  intents: readonly IntentDefinition[],
  deps: ClassifierDeps,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): TrainedModel {
  const classes = intents.map((i) => i.id);
  const keyTerms = keyTermsOf(intents);
  const docs: Map<FeatureKey, number>[] = [];
  const labels: number[] = [];
  intents.forEach((intent, c) => {
    for (const example of intent.examples) {
      const sink = countingSink();
      const analysed = analyseText(example, deps, sink);
      keyTermFeatures(analysed.folded, keyTerms, sink);
      docs.push(sink.counts);
      labels.push(c);
    }
  });
  const tfidf = fitTfidf(docs, { minDocFreq: options.minDocFreq, groupWeights: options.groupWeights, groupOf: featureGroup });
  const xs = docs.map((d) => tfidf.transform(d));
  const model =
    options.algorithm === 'naive-bayes'
      ? trainNaiveBayes(xs, labels, classes, tfidf.vocabulary.size)
      : trainSoftmax(xs, labels, classes, tfidf.vocabulary.size, options.model);
  return { tfidf, model };
}

function classifyWith(text: string, trained: Trained, deps: ClassifierDeps, options: ClassifierOptions): Classification {
  const sink = trained.tfidf.accumulator();
  const analysed = analyseText(text, deps, sink);
  keyTermFeatures(analysed.folded, trained.keyTerms, sink);
  const probabilities = trained.model.predict(sink.vector());
  let ranking: RankedIntent[] = trained.model.classes
    .map((intent, i) => ({ intent, score: probabilities[i]! }))
    .sort((a, b) => b.score - a.score);

  const hasCoreTerm = analysed.lexiconHits.some((h) => h.term.tags.includes('core'));
  if (isForeignLanguage(text)) {
    ranking = promote(ranking, FOREIGN_LANGUAGE);
  } else if (analysed.folded.length === 0 || (ranking[0]!.score < options.outOfScopeThreshold && !hasCoreTerm)) {
    ranking = promote(ranking, OUT_OF_SCOPE);
  }
  const top = ranking[0]!;
  const flags: Flag[] = [];
  if ((isScamIntent(top.intent) || top.intent === FOREIGN_LANGUAGE) && mentionsUrgency(analysed.folded, deps.signals)) {
    flags.push('urgent');
  }
  if (containsMyNumber(text)) flags.push('contains_my_number');

  const { normalised } = analysed;
  const redFlags: RedFlag[] = [
    ...findLinks(normalised, deps.signals),
    ...findPhones(normalised, deps.signals),
    ...lexiconRedFlags(analysed.lexiconHits),
  ];
  return {
    intent: top.intent,
    confidence: round(top.score),
    flags,
    redFlags,
    ranking: ranking.slice(0, options.rankingSize).map((r) => ({ intent: r.intent, score: round(r.score) })),
  };
}

/**
 * Puts `intent` first when a rule overrides the model (foreign language, out of scope):
 * it swaps scores with the model's top intent, so the ranking still sums to one.
 */
function promote(ranking: RankedIntent[], intent: string): RankedIntent[] {
  const top = ranking[0]!;
  if (top.intent === intent) return ranking;
  const own = ranking.find((r) => r.intent === intent)?.score ?? 0;
  const swapped = ranking.map((r) =>
    r.intent === intent ? { intent, score: top.score } : r === top ? { intent: r.intent, score: own } : r,
  );
  return swapped.sort((a, b) => (a.intent === intent ? -1 : b.intent === intent ? 1 : b.score - a.score));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
