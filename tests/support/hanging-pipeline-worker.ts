/**
 * A stand-in for src/pipeline/pipeline-worker.ts for the deadline tests: the same data, model
 * and answers, except that a text starting with HANG never finishes (as a backtracking pattern
 * once did), one starting with CRASH ends the worker, and one starting with SLOW keeps the
 * worker busy for {@link SLOW_MS} first (a long read on a busy machine), then is answered as usual.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildClassifier, loadNluData } from '../../src/nlu/build-classifier.ts';
import { serveClassifications } from '../../src/pipeline/classification-service.ts';
import type { PipelineWorkerData } from '../../src/pipeline/pipeline-worker.ts';
import { MODEL_CACHE_DIR } from '../../src/runtime/project-paths.ts';

export const HANG = '【hang】';
export const CRASH = '【crash】';
export const SLOW = '【slow】';
export const SLOW_MS = 400;

if (parentPort) {
  const { sources, nlu } = workerData as PipelineWorkerData;
  const data = nlu ?? loadNluData(sources.dataDir, sources.intentsDir);
  const { classifier } = await buildClassifier(data, undefined, undefined, sources.modelCacheDir === undefined ? MODEL_CACHE_DIR : sources.modelCacheDir);
  const classify = (text: string) => {
    if (text.startsWith(HANG)) for (;;);
    if (text.startsWith(CRASH)) process.exit(3);
    if (text.startsWith(SLOW)) for (const until = performance.now() + SLOW_MS; performance.now() < until; );
    return classifier.classify(text);
  };
  serveClassifications(parentPort, classify, data.intents.map((i) => i.examples[0]!));
}
