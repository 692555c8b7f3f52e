import type { Runtime } from './runtime.ts';
import type { Tokenizer } from '../nlu/tokenizer.ts';
import { loadKnowledge, type Knowledge } from './knowledge.ts';
import { buildClassifier, loadNluData, type NluData } from '../nlu/build-classifier.ts';

/** Where the runtime's files are and which deployment to use. */
export interface RuntimeSources {
  dataDir: string;
  intentsDir: string;
  deployment: string | null;
  /** LINE_BOT_BASIC_ID: the account's basic ID (`@…`), or null. */
  lineBasicId?: string | null;
}

export interface RuntimeData {
  nlu: NluData;
  knowledge: Knowledge;
}

/**
 * Reads and validates every data file (intents, lexicon, signals, contacts, deployment,
 * replies). Synchronous and fast, so the server refuses to start on a broken file before
 * it listens. Throws DataFileError naming the file and field.
 */
export function loadRuntimeData(sources: RuntimeSources): RuntimeData {
  return {
    nlu: loadNluData(sources.dataDir, sources.intentsDir),
    knowledge: loadKnowledge(sources.dataDir, sources.deployment, sources.lineBasicId ?? null),
  };
}

/**
 * Builds the tokenizer (unless one is given, e.g. on a reload) and trains the classifier.
 * Returns the runtime and the tokenizer for reuse.
 */
export async function buildRuntime(data: RuntimeData, tokenizer?: Tokenizer): Promise<{ runtime: Runtime; tokenizer: Tokenizer }> {
  const built = await buildClassifier(data.nlu, undefined, tokenizer);
  return { runtime: { classifier: built.classifier, knowledge: data.knowledge }, tokenizer: built.tokenizer };
}
