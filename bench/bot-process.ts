/**
 * The bot as production runs it (buildApp, the real data, tokenizer and model, the real
 * logger writing JSON lines to stdout — which bench/run.ts points at /dev/null), started as
 * a child process. Reports over IPC: start-up time, memory after load, classification latency.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { clockFrom, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createLineSender } from '../src/line/line-sender.ts';
import { createRuntimeSlot } from '../src/runtime/runtime-slot.ts';
import { buildRuntime, loadRuntimeData } from '../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../src/runtime/project-paths.ts';
import { buildTokenizer } from '../src/nlu/tokenizer.ts';
import type { Classifier } from '../src/runtime/runtime.ts';
import { startPipelinePool, workerBackedRuntime } from '../src/pipeline/pipeline-pool.ts';
import { forwardedSms, THIRTY_CHARS } from './messages.ts';
import { summarise } from './stats.ts';

const config = loadConfig();
if (!config.line) throw new Error('bench/bot-process.ts: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set');
const logger = createLogger(config.logLevel);

const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: config.deployment };
const t0 = performance.now();
const data = loadRuntimeData(sources);
const t1 = performance.now();
// As src/server.ts does: with PIPELINE_WORKERS > 0 the pipeline runs on worker threads and the
// main thread holds only the reply data; otherwise the tokenizer and model live here.
const workers = config.pipelineWorkers;
let runtime;
let pipeline = null;
let tokenizerMs = 0;
if (workers > 0) {
  pipeline = await startPipelinePool(workers, sources, data.knowledge);
  runtime = createRuntimeSlot(workerBackedRuntime(data.knowledge));
} else {
  const tokenizer = await buildTokenizer();
  tokenizerMs = performance.now() - t1;
  const built = await buildRuntime(data, tokenizer);
  runtime = createRuntimeSlot(built.runtime);
}
const t3 = performance.now();
const startup = { dataMs: t1 - t0, tokenizerMs, trainMs: t3 - t1 - tokenizerMs, totalMs: t3 - t0, workers };
globalThis.gc?.();
const memoryAfterLoad = process.memoryUsage();
// Classification latency on this thread: with workers, on a classifier of its own that is
// dropped before the server starts, so the main thread holds what it holds in production
// (the reply data, not a second ~450 MB tokenizer and model that every GC would walk).
const classify = await (async () => {
  const classifier: Classifier = workers > 0 ? (await buildRuntime(data, await buildTokenizer())).runtime.classifier : runtime.get()!.classifier;
  return { chars30: timeClassify(classifier, THIRTY_CHARS), chars1000: timeClassify(classifier, forwardedSms(1000)) };
})();
globalThis.gc?.();

const sender = createLineSender({ channelAccessToken: config.line.channelAccessToken, baseUrl: config.lineApiBaseUrl, logger, requestTimeoutMs: config.lineApiTimeoutMs });
const app = await buildApp({ config, logger, runtime, sender, clock: clockFrom(config), pipeline });
await app.server.listen({ port: 0, host: '127.0.0.1' });

process.send?.({
  kind: 'listening',
  port: (app.server.server.address() as AddressInfo).port,
  startup,
  memory: memoryAfterLoad,
  classify,
});

process.on('message', (m: { kind?: string }) => {
  if (m.kind === 'memory') process.send?.({ kind: 'memory', memory: process.memoryUsage() });
  if (m.kind === 'stop') void app.server.close().then(() => process.exit(0));
});

/** Classification latency over repeated runs of one text (after a warm-up), p50/p99 in ms. */
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
