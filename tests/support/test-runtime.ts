import type { Classifier, Runtime } from '../../src/runtime/runtime.ts';
import { buildClassifier, loadNluData } from '../../src/nlu/build-classifier.ts';
import { buildRuntime, loadRuntimeData } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { buildTokenizer, type Tokenizer } from '../../src/nlu/tokenizer.ts';

let tokenizer: Promise<Tokenizer> | null = null;
const cache = new Map<string, Promise<Runtime>>();

/** The kuromoji tokenizer, built once per test worker. */
export function testTokenizer(): Promise<Tokenizer> {
  tokenizer ??= buildTokenizer();
  return tokenizer;
}

/** The real runtime (tokenizer + trained model + data), built once per test worker, deployment and basic ID. */
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

/** Only the NLU (tokenizer + model trained from intents/), for tests that need no reply data. */
export function testClassifier(): Promise<Classifier> {
  classifier ??= testTokenizer().then(
    async (tk) => (await buildClassifier(loadNluData(DATA_DIR, INTENTS_DIR), undefined, tk)).classifier,
  );
  return classifier;
}
