/**
 * A worker thread running the classifier for the webhook, so classification, the CPU-heavy
 * step, runs beside the main thread's HTTP work. It loads the same data files and trains the
 * same (seeded, deterministic) model. Decide and render stay on the main thread (see
 * pipeline-pool.ts): only a text goes in and a small Classification comes out, instead of
 * the ~6 kB of reply messages being copied between threads for every event.
 * Messages in: {id, text}; out: {id, classificationJson} or {id, error}, in the order the
 * texts came (see classification-service.ts). A text that takes longer than
 * CLASSIFY_DEADLINE_MS gets this worker terminated and replaced (pipeline-pool.ts).
 *
 * The answer goes back as one JSON string, not as the object. A structured-cloned object
 * arrives as a fresh graph of a dozen objects and strings; under the benchmark's load the
 * HTTP thread promoted about 1,040 bytes per event to its old generation with it and about
 * 590 with the string (--trace-gc-nvp, decide and sending switched off), and that promotion
 * brings a mark-compact pause every few seconds. A Classification is plain JSON data, so
 * nothing is lost (tests/webhook/pipeline-workers.test.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRuntime, loadRuntimeData, type RuntimeSources } from '../runtime/load-runtime.ts';
import { serveClassifications, type WorkerResponse } from './classification-service.ts';

export type { WorkerRequest, WorkerResponse } from './classification-service.ts';

const port = parentPort;
if (port) {
  try {
    const data = loadRuntimeData(workerData as RuntimeSources);
    const { runtime } = await buildRuntime(data);
    // Warm up on a few intents' first examples (read from intents/): ~15 ms here, and the first
    // resident's text then takes ~1 ms instead of ~18 ms.
    serveClassifications(port, (text) => runtime.classifier.classify(text), data.nlu.intents.slice(0, 8).map((i) => i.examples[0]!));
  } catch (err) {
    port.postMessage({ kind: 'failed', error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
  }
}
