/**
 * The bot as production runs it (buildApp, the real data, tokenizer and model, the real
 * logger writing JSON lines to stdout — which bench/run.ts points at /dev/null), started as
 * a child process. Reports over IPC: start-up time, memory after load, classification latency.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedStoreSlot } from '../src/store/store-slot.ts';
import { openStore } from '../src/store/open-store.ts';
import { buildApp } from '../src/app.ts';
import { clockFrom, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createLineSender } from '../src/line/line-sender.ts';
import { createRuntimeSlot } from '../src/runtime/runtime-slot.ts';
import { buildRuntime, loadRuntimeData } from '../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../src/runtime/project-paths.ts';
import { buildTokenizer } from '../src/nlu/tokenizer.ts';
import { startPipelinePool, workerBackedRuntime } from '../src/pipeline/pipeline-pool.ts';
import { timeClassification, timeClassificationOnWorker } from './classify-timing.ts';

const config = loadConfig();
if (!config.line) throw new Error('bench/bot-process.ts: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set');
const logger = createLogger(config.logLevel);

const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: config.deployment, modelCacheDir: config.modelCacheDir };
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
// Classification latency: with workers, on a worker thread of its own (see classify-timing.ts
// for why not here); without, on this thread's classifier, which is where it runs then.
const classify = workers > 0 ? await timeClassificationOnWorker(sources) : timeClassification(runtime.get()!.classifier);
globalThis.gc?.();

// BENCH_RECORDING=embedded (PGlite in a temporary folder, as `npm start` records by default, on
// its own thread) or a postgres:// URL: record every event into that report store, as production
// does with RECORDING on. Unset: nothing is recorded (the baseline).
const recordingTo = process.env['BENCH_RECORDING'];
const embeddedDir = recordingTo === 'embedded' ? mkdtempSync(join(tmpdir(), 'bench-store-')) : null;
const store = recordingTo
  ? fixedStoreSlot(
      await openStore(
        embeddedDir !== null ? { databaseUrl: null, embeddedDbDir: join(embeddedDir, 'db') } : { databaseUrl: recordingTo, embeddedDbDir: '' },
      ),
    )
  : null;

const sender = createLineSender({ channelAccessToken: config.line.channelAccessToken, baseUrl: config.lineApiBaseUrl, logger, requestTimeoutMs: config.lineApiTimeoutMs });
const app = await buildApp({ config, logger, runtime, sender, clock: clockFrom(config), pipeline, store });
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
  // What the recorder wrote and lost (after writing what it holds), for the benchmark's report.
  if (m.kind === 'recording') void (app.recorder ? app.recorder.flush().then(() => app.recorder!.flush()) : Promise.resolve()).then(() => process.send?.({ kind: 'recording', stats: app.recorder?.stats() ?? null }));
  if (m.kind === 'stop') {
    void app.server
      .close()
      .then(() => store?.get()?.close())
      .then(() => {
        if (embeddedDir !== null) rmSync(embeddedDir, { recursive: true, force: true });
        process.exit(0);
      });
  }
});
