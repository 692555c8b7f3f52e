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
import { forwardedSms, THIRTY_CHARS } from './messages.ts';
import { summarise } from './stats.ts';

const config = loadConfig();
if (!config.line) throw new Error('bench/bot-process.ts: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set');
const logger = createLogger(config.logLevel);

const t0 = performance.now();
const data = loadRuntimeData({ dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: config.deployment });
const t1 = performance.now();
const tokenizer = await buildTokenizer();
const t2 = performance.now();
const built = await buildRuntime(data, tokenizer);
const t3 = performance.now();
const startup = { dataMs: t1 - t0, tokenizerMs: t2 - t1, trainMs: t3 - t2, totalMs: t3 - t0 };
globalThis.gc?.();
const memoryAfterLoad = process.memoryUsage();

const runtime = createRuntimeSlot(built.runtime);
const sender = createLineSender({ channelAccessToken: config.line.channelAccessToken, baseUrl: config.lineApiBaseUrl, logger, requestTimeoutMs: config.lineApiTimeoutMs });
const app = await buildApp({ config, logger, runtime, sender, clock: clockFrom(config) });
await app.server.listen({ port: 0, host: '127.0.0.1' });

process.send?.({
  kind: 'listening',
  port: (app.server.server.address() as AddressInfo).port,
  startup,
  memory: memoryAfterLoad,
  classify: { chars30: timeClassify(built.runtime.classifier, THIRTY_CHARS), chars1000: timeClassify(built.runtime.classifier, forwardedSms(1000)) },
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
