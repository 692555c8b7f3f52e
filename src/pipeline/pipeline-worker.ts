/**
 * A worker thread running the classifier for the webhook, so classification, the CPU-heavy
 * step, runs beside the main thread's HTTP work. It gets the NLU data the main thread has
 * validated, builds its own tokenizer and loads (or trains) the same (seeded, deterministic)
 * model; it reads no data file and builds no reply data. Decide and render stay on the main thread (see
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
import { buildClassifier, loadNluData, type NluData } from '../nlu/build-classifier.ts';
import { buildTokenizer } from '../nlu/tokenizer.ts';
import type { RuntimeSources } from '../runtime/load-runtime.ts';
import { MODEL_CACHE_DIR } from '../runtime/project-paths.ts';
import { serveClassifications, type WorkerResponse } from './classification-service.ts';

export type { WorkerRequest, WorkerResponse } from './classification-service.ts';

/** What a worker is started with: where the files are, and the NLU data the main thread already validated (when it did). */
export interface PipelineWorkerData {
  sources: RuntimeSources;
  nlu: NluData | null;
  /** The main thread is still validating the data: it comes as the first message ({@link PipelineDataMessage}). */
  dataFollows?: boolean;
}

/** The NLU data, sent once the main thread has validated it (when the worker was started before). */
export interface PipelineDataMessage {
  kind: 'data';
  nlu: NluData;
}

const port = parentPort;
if (port) {
  try {
    const { sources, nlu, dataFollows } = workerData as PipelineWorkerData;
    const cacheDir = sources.modelCacheDir === undefined ? MODEL_CACHE_DIR : sources.modelCacheDir;
    // The tokenizer needs no data: it is built while the main thread validates the files.
    const tokenizer = buildTokenizer({ cacheDir });
    // The data comes validated from the main thread (a structured copy, ~10 ms), with the start
    // or as the first message; read from the files only when it does not. The reply data
    // (knowledge) stays on the main thread.
    const data =
      nlu ??
      (dataFollows
        ? await new Promise<NluData>((resolve) => port.once('message', (message: PipelineDataMessage) => resolve(message.nlu)))
        : loadNluData(sources.dataDir, sources.intentsDir));
    const { classifier } = await buildClassifier(data, undefined, await tokenizer, cacheDir);
    // Warm up on a few intents' first examples (read from intents/): ~15 ms here, and the first
    // resident's text then takes ~1 ms instead of ~18 ms.
    serveClassifications(port, (text) => classifier.classify(text), data.intents.slice(0, 8).map((i) => i.examples[0]!));
  } catch (err) {
    port.postMessage({ kind: 'failed', error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
  }
}
