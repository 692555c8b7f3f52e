import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildConsole, type ConsoleDeps } from '../../src/console/console-server.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { captureLogger } from './log-capture.ts';
import { warningRoutes } from '../../src/console/warnings-routes.ts';
import { warningPreview } from '../../src/console/warning-preview.ts';
import { broadcastRoutes } from '../../src/console/broadcast-routes.ts';
import { createLineBroadcaster } from '../../src/broadcast/line-broadcaster.ts';
import { scenarioLabelFrom } from '../../src/console/start-console.ts';
import { startWarningsRefresher, type WarningsRefresher } from '../../src/reports/warnings-refresher.ts';
import { fixedStoreSlot } from '../../src/store/store-slot.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import { startFakeLineApi, type FakeLineApi } from './fake-line-api.ts';
import { startTestApp, type RunningApp } from './test-app.ts';
import { testRuntime } from './test-runtime.ts';
import { createTestStore, type StoreKind, type TestStore } from './test-store.ts';
import { TEST_ACCESS_TOKEN } from './signed-webhook.ts';
import { startFakeBroadcastApi, type FakeBroadcastApi } from './fake-broadcast-api.ts';

/** The bot (webhook), its store, the console on a listener of its own and the local-warnings refresher, wired as src/server.ts does. */
export interface ConsoleStack {
  t: TestStore;
  fake: FakeLineApi;
  /** LINE's quota, insight and broadcast endpoints. */
  line: FakeBroadcastApi;
  bot: RunningApp;
  console: FastifyInstance;
  consoleUrl: string;
  warnings: WarningsRefresher;
  close(): Promise<void>;
}

export async function startConsoleStack(kind: StoreKind, env: Record<string, string> = {}): Promise<ConsoleStack> {
  const t = await createTestStore(kind);
  const store = fixedStoreSlot(t.store);
  const fake = await startFakeLineApi();
  const line = await startFakeBroadcastApi();
  const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), store, env });
  const clock = () => (bot.config.fixedNow ? new Date(bot.config.fixedNow) : new Date());
  const warnings = startWarningsRefresher({
    store,
    clock,
    intervalMs: 60_000,
    apply: (list) => {
      const current = bot.runtime.get();
      if (current && current.knowledge.localWarnings !== list) bot.runtime.set({ ...current, knowledge: { ...current.knowledge, localWarnings: list } });
    },
    onError: () => undefined,
  });
  const consoleApp = await buildConsole({
    store,
    clock,
    logger: bot.logs.logger,
    cookieSecure: bot.config.adminCookieSecure,
    recorderStats: () => bot.app.recorder?.stats() ?? null,
    storeUnansweredText: bot.config.storeUnansweredText,
    scenarioLabel: scenarioLabelFrom(bot.runtime),
    extensions: [
      warningRoutes({
        scenarios: INTENT_IDS.filter((id) => !id.startsWith('meta.')),
        texts: () => bot.runtime.get()?.knowledge.replies.texts.localWarning ?? null,
        changed: () => warnings.refreshNow(),
        preview: warningPreview(bot.runtime, clock),
      }),
      broadcastRoutes({ broadcaster: createLineBroadcaster({ baseUrl: line.baseUrl, channelAccessToken: TEST_ACCESS_TOKEN }), charLimit: 500 }),
    ],
  });
  await consoleApp.listen({ host: '127.0.0.1', port: 0 });
  const { port } = consoleApp.server.address() as AddressInfo;
  return {
    t,
    fake,
    line,
    bot,
    console: consoleApp,
    consoleUrl: `http://127.0.0.1:${port}`,
    warnings,
    async close() {
      warnings.stop();
      await consoleApp.close();
      await bot.close();
      await fake.close();
      await line.close();
      await t.drop();
    },
  };
}

/** The console alone on a test store at a fixed instant (no bot), as the console tests use it; `overrides` changes any setting. */
export function bareConsole(store: SqlStore, now: Date, overrides: Partial<ConsoleDeps> = {}): Promise<FastifyInstance> {
  return buildConsole({
    store: fixedStoreSlot(store),
    clock: () => now,
    logger: captureLogger('warn').logger,
    cookieSecure: true,
    recorderStats: () => null,
    storeUnansweredText: false,
    scenarioLabel: (id) => id,
    ...overrides,
  });
}
