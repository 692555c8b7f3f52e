import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../src/app.ts';
import { clockFrom, loadConfig, type Config } from '../../src/config.ts';
import { createLineSender } from '../../src/line/line-sender.ts';
import { createRuntimeSlot, type RuntimeSlot } from '../../src/runtime/runtime-slot.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import type { PipelinePool } from '../../src/pipeline/pipeline-pool.ts';
import { captureLogger } from './log-capture.ts';
import type { StoreSlot } from '../../src/store/store-slot.ts';
import type { OcrPool } from '../../src/images/ocr-pool.ts';
import { TEST_ACCESS_TOKEN, TEST_CHANNEL_SECRET } from './signed-webhook.ts';

export interface RunningApp {
  app: App;
  url: string;
  config: Config;
  runtime: RuntimeSlot;
  logs: ReturnType<typeof captureLogger>;
  close(): Promise<void>;
}

/**
 * Starts the real app on 127.0.0.1 (random port) with LINE credentials pointing at a fake
 * LINE API. `env` overrides settings as the environment would.
 */
export async function startTestApp(options: {
  lineApiBaseUrl: string;
  runtime: Runtime | null;
  env?: Record<string, string>;
  /** Run the pipeline here (default) or on this pool. */
  pipeline?: PipelinePool;
  /** The report store to record into (none by default). */
  store?: StoreSlot;
  /** The image-reading pool to use (shared between apps of one test file); default: one from the settings. */
  ocrPool?: OcrPool;
}): Promise<RunningApp> {
  const config = loadConfig({
    LINE_CHANNEL_SECRET: TEST_CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TEST_ACCESS_TOKEN,
    LINE_API_BASE_URL: options.lineApiBaseUrl,
    BOT_NOW: '2026-11-24T14:00:00+09:00',
    LOG_LEVEL: 'debug',
    USER_ID_HASH_KEY: 'test-hash-key',
    // Image readers at the tests' own priority: at nice 10 they get next to no CPU while the
    // other test worker keeps both CPUs busy, and a read then outlasts its deadline (seen in
    // .ci/run). Their lowered priority is tested in tests/images/ocr-pool.test.ts.
    OCR_NICE: '0',
    ...options.env,
  });
  const logs = captureLogger(config.logLevel);
  const runtime = createRuntimeSlot(options.runtime);
  const sender = createLineSender({
    channelAccessToken: TEST_ACCESS_TOKEN,
    baseUrl: config.lineApiBaseUrl,
    logger: logs.logger,
    maxConcurrentSends: config.lineMaxConcurrentSends,
  });
  const app = await buildApp({ config, logger: logs.logger, runtime, sender, clock: clockFrom(config), pipeline: options.pipeline ?? null, store: options.store ?? null, ocrPool: options.ocrPool ?? null });
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, config, runtime, logs, close: () => app.server.close() };
}
