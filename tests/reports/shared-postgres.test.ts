import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { migrate } from '../../src/store/migrations.ts';
import { fixedStoreSlot } from '../../src/store/store-slot.ts';
import { exportRows } from '../../src/reports/report-queries.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { postWebhook } from '../webhook/post.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';

const TEXT = '税務署から還付金の手続きが今日までだと電話があり、コンビニのATMに行くよう言われました';

describe.runIf(STORE_KINDS.includes('postgres'))('two bot instances sharing one PostgreSQL', () => {
  let t: TestStore;
  let fake: FakeLineApi;
  const stores: SqlStore[] = [];
  const bots: RunningApp[] = [];
  beforeAll(async () => {
    t = await createTestStore('postgres', { migrate: false });
    fake = await startFakeLineApi();
    for (let i = 0; i < 2; i++) {
      const store = createPostgresStore({ connectionString: t.url! });
      stores.push(store);
    }
    // both start at once: the migrations run once between them
    await Promise.all(stores.map((s) => migrate(s)));
    for (const store of stores) bots.push(await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), store: fixedStoreSlot(store) }));
  });
  afterAll(async () => {
    for (const b of bots) await b.close();
    for (const s of stores) await s.close();
    await fake?.close();
    await t?.drop();
  });

  it('each records its own events into the same tables; the counts add up', async () => {
    const at = new Date('2026-12-07T09:00:00+09:00').getTime();
    await postWebhook(bots[0]!.url, callbackBody([{ ...textEvent(TEXT, 'i1-a'), timestamp: at }, { ...textEvent(TEXT, 'i1-b'), timestamp: at }]));
    await postWebhook(bots[1]!.url, callbackBody([{ ...textEvent(TEXT, 'i2-a'), timestamp: at }]));
    await fake.waitFor(3, '/v2/bot/message/reply');
    await Promise.all(bots.map((b) => b.app.recorder!.flush()));
    const rows = await exportRows(t.store, '2026-12-07', '2026-12-07');
    expect(rows.filter((r) => r.scenario === 'scam.refund_atm').reduce((n, r) => n + r.count, 0)).toBe(3);
    const { rows: applied } = await t.store.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    expect(applied[0]?.n).toBeGreaterThanOrEqual(4);
  });
});
