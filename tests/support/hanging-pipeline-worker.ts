/**
 * A stand-in for src/pipeline/pipeline-worker.ts for the deadline tests: the same data, model
 * and answers, except that a text starting with HANG never finishes (as a backtracking pattern
 * once did) and one starting with CRASH ends the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildClassifier, loadNluData } from '../../src/nlu/build-classifier.ts';
import { serveClassifications } from '../../src/pipeline/classification-service.ts';
import type { PipelineWorkerData } from '../../src/pipeline/pipeline-worker.ts';
import { MODEL_CACHE_DIR } from '../../src/runtime/project-paths.ts';

export const HANG = '【hang】';
export const CRASH = '【crash】';

if (parentPort) {
  const { sources, nlu } = workerData as PipelineWorkerData;
  const data = nlu ?? loadNluData(sources.dataDir, sources.intentsDir);
  const { classifier } = await buildClassifier(data, undefined, undefined, sources.modelCacheDir === undefined ? MODEL_CACHE_DIR : sources.modelCacheDir);
  const classify = (text: string) => {
    if (text.startsWith(HANG)) for (;;);
    if (text.startsWith(CRASH)) process.exit(3);
    return classifier.classify(text);
  };
  serveClassifications(parentPort, classify, data.intents.map((i) => i.examples[0]!));
}
