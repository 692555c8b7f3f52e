import type { Runtime } from './runtime.ts';
import type { Tokenizer } from '../nlu/tokenizer.ts';
import { loadKnowledge, type Knowledge } from './knowledge.ts';
import { buildClassifier, loadNluData, type NluData } from '../nlu/build-classifier.ts';
import type { ModelCacheStatus } from '../nlu/model-cache.ts';
import { MODEL_CACHE_DIR } from './project-paths.ts';

/** Where the runtime's files are and which deployment to use. */
export interface RuntimeSources {
  dataDir: string;
  intentsDir: string;
  deployment: string | null;
  /** LINE_BOT_BASIC_ID: the account's basic ID (`@…`), or null. */
  lineBasicId?: string | null;
  /** Where the trained model is cached (default var/cache in the checkout); null: always train. */
  modelCacheDir?: string | null;
  /** PHISHLIST_DIR: the imported phishing URL list the link check reads; null or absent: none. */
  phishlistDir?: string | null;
}

export interface RuntimeData {
  nlu: NluData;
  knowledge: Knowledge;
  /** From RuntimeSources: where buildRuntime looks for (and writes) the trained model. */
  modelCacheDir?: string | null;
}

/**
 * Reads and validates every data file (intents, lexicon, signals, contacts, deployment,
 * replies). Synchronous and fast, so the server refuses to start on a broken file before
 * it listens. Throws DataFileError naming the file and field.
 */
export function loadRuntimeData(sources: RuntimeSources): RuntimeData {
  return {
    nlu: loadNluData(sources.dataDir, sources.intentsDir),
    knowledge: loadKnowledge(sources.dataDir, sources.deployment, sources.lineBasicId ?? null, sources.phishlistDir ?? null),
    modelCacheDir: sources.modelCacheDir === undefined ? MODEL_CACHE_DIR : sources.modelCacheDir,
  };
}

/**
 * Builds the tokenizer (unless one is given, e.g. on a reload) and the classifier: the model
 * loaded from the cache when it matches, else trained (and cached). Returns the runtime, the
 * tokenizer for reuse and where the model came from.
 */
export async function buildRuntime(
  data: RuntimeData,
  tokenizer?: Tokenizer,
): Promise<{ runtime: Runtime; tokenizer: Tokenizer; model: ModelCacheStatus }> {
  const built = await buildClassifier(data.nlu, undefined, tokenizer, data.modelCacheDir === undefined ? MODEL_CACHE_DIR : data.modelCacheDir);
  return { runtime: { classifier: built.classifier, knowledge: data.knowledge }, tokenizer: built.tokenizer, model: built.model };
}
