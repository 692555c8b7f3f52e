import type { Classifier, Runtime } from '../../src/runtime/runtime.ts';
import { buildClassifier, loadNluData } from '../../src/nlu/build-classifier.ts';
import { buildRuntime, loadRuntimeData } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../../src/runtime/project-paths.ts';
import { buildTokenizer, type Tokenizer } from '../../src/nlu/tokenizer.ts';

let tokenizer: Promise<Tokenizer> | null = null;
const cache = new Map<string, Promise<Runtime>>();

/** The kuromoji tokenizer, built once per test worker, its dictionary read from the project's cache (var/cache) as at start-up. */
export function testTokenizer(): Promise<Tokenizer> {
  tokenizer ??= buildTokenizer({ cacheDir: MODEL_CACHE_DIR });
  return tokenizer;
}

/**
 * The real runtime (tokenizer + model + data), built once per test worker, deployment and basic
 * ID. The model comes from the project's model cache (var/cache), as at start-up: trained by the
 * first test file that needs it, loaded by the others (tests/nlu/model-cache.test.ts checks a
 * loaded model classifies exactly as a trained one).
 */
export function testRuntime(deployment: string | null = null, lineBasicId: string | null = null): Promise<Runtime> {
  const key = `${deployment ?? ''}|${lineBasicId ?? ''}`;
  let runtime = cache.get(key);
  if (!runtime) {
    const data = loadRuntimeData({ dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment, lineBasicId });
    runtime = testTokenizer().then((tk) => buildRuntime(data, tk)).then((b) => b.runtime);
    cache.set(key, runtime);
  }
  return runtime;
}

let classifier: Promise<Classifier> | null = null;

/** Only the NLU (tokenizer + model from intents/, through the model cache), for tests that need no reply data. */
export function testClassifier(): Promise<Classifier> {
  classifier ??= testTokenizer().then(
    async (tk) => (await buildClassifier(loadNluData(DATA_DIR, INTENTS_DIR), undefined, tk, MODEL_CACHE_DIR)).classifier,
  );
  return classifier;
}
