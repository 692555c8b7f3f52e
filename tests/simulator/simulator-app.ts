import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../src/app.ts';
import { clockFrom, loadConfig } from '../../src/config.ts';
import { createRuntimeSlot, type RuntimeSlot } from '../../src/runtime/runtime-slot.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import type { ReloadState } from '../../src/simulator/runtime-reloader.ts';
import type { OcrPool } from '../../src/images/ocr-pool.ts';
import { captureLogger } from '../support/log-capture.ts';

export interface SimulatorApp {
  app: App;
  runtime: RuntimeSlot;
  logs: ReturnType<typeof captureLogger>;
  /** Set after listen(); empty for inject-only use. */
  url: string;
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The app as `npm start` builds it without LINE credentials (simulator mode). */
export async function buildSimulatorApp(options: {
  runtime: Runtime | null;
  env?: Record<string, string>;
  reloadRuntime?: () => Promise<ReloadState>;
  runtimeSlot?: RuntimeSlot;
  /** The image reader pool to use instead of the app's own (the caller closes it). */
  ocrPool?: OcrPool;
}): Promise<SimulatorApp> {
  // Image readers at the tests' own priority (see OCR_NICE in tests/support/test-app.ts).
  const config = loadConfig({ LOG_LEVEL: 'info', OCR_NICE: '0', ...options.env });
  const logs = captureLogger(config.logLevel);
  const runtime = options.runtimeSlot ?? createRuntimeSlot(options.runtime);
  const app = await buildApp({ config, logger: logs.logger, runtime, sender: null, clock: clockFrom(config), reloadRuntime: options.reloadRuntime, ...(options.ocrPool ? { ocrPool: options.ocrPool } : {}) });
  const sim: SimulatorApp = {
    app,
    runtime,
    logs,
    url: '',
    async listen() {
      await app.server.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.server.address() as AddressInfo;
      sim.url = `http://127.0.0.1:${port}`;
      return sim.url;
    },
    close: () => app.server.close(),
  };
  return sim;
}

const SHOWN_KEYS = new Set(['text', 'altText', 'label', 'title']);

/** The words a LINE user would see in a set of messages (texts, flex texts and spans, button labels, alt texts). */
export function visibleText(value: unknown): string {
  if (Array.isArray(value)) return value.map(visibleText).join('');
  if (!value || typeof value !== 'object') return '';
  return Object.entries(value)
    .map(([key, v]) => (typeof v === 'string' ? (SHOWN_KEYS.has(key) ? v : '') : visibleText(v)))
    .join('');
}
