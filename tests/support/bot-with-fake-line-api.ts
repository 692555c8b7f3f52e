import { afterAll, beforeAll } from 'vitest';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { startFakeLineApi, type FakeLineApi } from './fake-line-api.ts';
import { startTestApp, type RunningApp } from './test-app.ts';
import { testRuntime } from './test-runtime.ts';

/** The bot and the fake LINE API it replies to, for one test file (set up before, closed after). */
export interface BotWithFakeLineApi {
  readonly fake: FakeLineApi;
  readonly bot: RunningApp;
}

/**
 * Registers beforeAll/afterAll that start the real app (real runtime unless `runtime` says
 * otherwise) against a fresh fake LINE API, and returns accessors for both.
 */
export function useBotWithFakeLineApi(options: { env?: Record<string, string>; runtime?: () => Promise<Runtime> } = {}): BotWithFakeLineApi {
  let fake: FakeLineApi | undefined;
  let bot: RunningApp | undefined;
  beforeAll(async () => {
    fake = await startFakeLineApi();
    bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await (options.runtime ?? (() => testRuntime()))(), env: options.env ?? {} });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
  });
  return {
    get fake() {
      if (!fake) throw new Error('fake LINE API not started (use inside a test)');
      return fake;
    },
    get bot() {
      if (!bot) throw new Error('bot not started (use inside a test)');
      return bot;
    },
  };
}
