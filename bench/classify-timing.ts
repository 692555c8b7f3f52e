/**
 * Classification latency for the benchmark: p50/p99 over repeated runs of a 30-character
 * question and a 1,000-character forwarded SMS. With pipeline workers it is measured on a
 * worker thread of its own (`timeClassificationOnWorker`), as production classifies there:
 * building a second tokenizer and model on the main thread, even to drop it, leaves the main
 * isolate's GC tuned to that start-up (V8 pretenures what it saw survive, then full
 * mark-compacts every ~1.3 s under load instead of short scavenges: p99 +10-30 ms).
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Classifier } from '../src/runtime/runtime.ts';
import { buildRuntime, loadRuntimeData, type RuntimeSources } from '../src/runtime/load-runtime.ts';
import { forwardedSms, THIRTY_CHARS } from './messages.ts';
import { summarise } from './stats.ts';

export type ClassificationTiming = Record<'chars30' | 'chars1000', { chars: number } & ReturnType<typeof summarise>>;

export function timeClassification(classifier: Classifier): ClassificationTiming {
  return { chars30: timeClassify(classifier, THIRTY_CHARS), chars1000: timeClassify(classifier, forwardedSms(1000)) };
}

/** The same measurement on a fresh worker thread that loads `sources` itself and then exits. */
export function timeClassificationOnWorker(sources: RuntimeSources): Promise<ClassificationTiming> {
  const worker = new Worker(new URL(import.meta.url), { workerData: sources, name: 'classify-timing' });
  return new Promise((resolve, reject) => {
    worker.once('message', (timing: ClassificationTiming) => {
      resolve(timing);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`bench/classify-timing.ts: worker exited with ${code} before reporting`)));
  });
}

/** Repeated runs of one text (after a warm-up): p50/p99 in ms. */
function timeClassify(classifier: Classifier, text: string) {
  for (let i = 0; i < 50; i++) classifier.classify(text);
  const times: number[] = [];
  for (let i = 0; i < 400; i++) {
    const s = performance.now();
    classifier.classify(text);
    times.push(performance.now() - s);
  }
  return { chars: text.length, ...summarise(times) };
}

if (parentPort && workerData) {
  const { runtime } = await buildRuntime(loadRuntimeData(workerData as RuntimeSources));
  parentPort.postMessage(timeClassification(runtime.classifier));
}
