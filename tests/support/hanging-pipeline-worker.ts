/**
 * A stand-in for src/pipeline/pipeline-worker.ts for the deadline tests: the same data, model
 * and answers, except that a text starting with HANG never finishes (as a backtracking pattern
 * once did) and one starting with CRASH ends the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRuntime, loadRuntimeData, type RuntimeSources } from '../../src/runtime/load-runtime.ts';
import { serveClassifications } from '../../src/pipeline/classification-service.ts';

export const HANG = '【hang】';
export const CRASH = '【crash】';

if (parentPort) {
  const data = loadRuntimeData(workerData as RuntimeSources);
  const { runtime } = await buildRuntime(data);
  const classify = (text: string) => {
    if (text.startsWith(HANG)) for (;;);
    if (text.startsWith(CRASH)) process.exit(3);
    return runtime.classifier.classify(text);
  };
  serveClassifications(parentPort, classify, data.nlu.intents.map((i) => i.examples[0]!));
}
