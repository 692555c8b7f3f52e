import { join } from 'node:path';
import type { Classifier } from './classification.ts';
import { buildTokenizer, type Tokenizer } from './tokenizer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { loadSignals, type Signals } from './signals.ts';
import { loadIntents, type IntentDefinition } from './intents-loader.ts';
import { classifierFrom, trainModel, DEFAULT_CLASSIFIER_OPTIONS, type ClassifierOptions } from './classifier.ts';
import { modelCacheKey, readCachedModel, writeCachedModel, type ModelCacheStatus } from './model-cache.ts';

/** The NLU's data files, validated; loading them is synchronous and fails fast. */
export interface NluData {
  intents: IntentDefinition[];
  lexicon: Lexicon;
  signals: Signals;
}

export function loadNluData(dataDir: string, intentsDir: string): NluData {
  return {
    lexicon: loadLexicon(join(dataDir, 'lexicon.yaml')),
    signals: loadSignals(join(dataDir, 'signals.yaml')),
    intents: loadIntents(intentsDir),
  };
}

export interface BuiltClassifier {
  classifier: Classifier;
  tokenizer: Tokenizer;
  /** Whether the model came from the cache or was trained (and then written or not). */
  model: ModelCacheStatus;
}

/**
 * Builds the tokenizer (once; its dictionary read from `cacheDir` too) and the classifier: the model is loaded from `cacheDir` when a
 * file there matches the data, code and options (see model-cache.ts), else trained on the
 * intents and written there for the next start. `cacheDir` null: always trained.
 */
export async function buildClassifier(
  data: NluData,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
  tokenizer?: Tokenizer,
  cacheDir: string | null = null,
): Promise<BuiltClassifier> {
  // The inflated dictionary is cached beside the model (dictionary-cache.ts).
  const tk = tokenizer ?? (await buildTokenizer({ cacheDir }));
  const deps = { tokenizer: tk, lexicon: data.lexicon, signals: data.signals };
  const cacheable = cacheDir !== null && options.algorithm === 'logistic-regression';
  const key = cacheable ? modelCacheKey(data.intents, data.lexicon, options) : '';
  const cached = cacheable ? readCachedModel(cacheDir, key) : null;
  if (cached) return { classifier: classifierFrom(data.intents, cached, deps, options), tokenizer: tk, model: 'loaded' };
  const trained = trainModel(data.intents, deps, options);
  const model: ModelCacheStatus = !cacheable
    ? 'trained-no-cache'
    : writeCachedModel(cacheDir, key, trained, options.model.temperature)
      ? 'trained-and-written'
      : 'trained-not-written';
  return { classifier: classifierFrom(data.intents, trained, deps, options), tokenizer: tk, model };
}
