import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createRedisDedupeStore } from '../../src/dedupe/redis-dedupe-store.ts';
import type { DedupeStore } from '../../src/dedupe/dedupe-store.ts';
import { captureLogger } from '../support/log-capture.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, sign, textEvent } from '../support/signed-webhook.ts';

/** Set by .ci/run (redis-server on 127.0.0.1:6390). */
const REDIS_URL = process.env['REDIS_TEST_URL'];

if (!REDIS_URL) {
  console.warn('tests/dedupe: REDIS_TEST_URL is not set, so the shared Redis store tests are SKIPPED (.ci/run sets it).');
  describe('shared redelivery store (Redis)', () => {
    it.skip('SKIPPED: REDIS_TEST_URL is not set — run `redis-server --port 6390 &` and REDIS_TEST_URL=redis://127.0.0.1:6390 npx vitest run tests/dedupe', () => {});
  });
}

describe.skipIf(!REDIS_URL)('shared redelivery store (Redis at REDIS_TEST_URL)', () => {
  const prefix = `test:${randomUUID()}:`;
  const stores: DedupeStore[] = [];
  let admin: Redis;

  const newStore = (ttlSeconds = 60) => {
    const s = createRedisDedupeStore({ url: REDIS_URL!, ttlSeconds, logger: captureLogger().logger, prefix });
    stores.push(s);
    return s;
  };

  beforeAll(() => {
    admin = new Redis(REDIS_URL!);
  });

  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
    await admin.quit();
  });

  it('claims an event ID once, with the TTL set on the key', async () => {
    const s = newStore(120);
    expect(await s.claim('ev-1')).toBe(true);
    expect(await s.claim('ev-1')).toBe(false);
    const ttl = await admin.ttl(`${prefix}ev-1`);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
  });

  it('lets exactly one of several instances claim the same event when they race', async () => {
    const instances = [newStore(), newStore(), newStore(), newStore()];
    const results = await Promise.all(instances.map((s) => s.claim('ev-race')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lets the ID be claimed again once the key has expired', async () => {
    const s = newStore(1);
    expect(await s.claim('ev-short')).toBe(true);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await s.claim('ev-short')).toBe(true);
  });

  describe('two bot instances behind one load balancer', () => {
    let fake: FakeLineApi;
    let a: RunningApp;
    let b: RunningApp;

    beforeAll(async () => {
      fake = await startFakeLineApi();
      const runtime = await testRuntime();
      a = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, env: { REDIS_URL: REDIS_URL! } });
      b = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, env: { REDIS_URL: REDIS_URL! } });
    });

    afterAll(async () => {
      await a.close();
      await b.close();
      await fake.close();
    });

    it('replies once when LINE delivers the same event to one and redelivers it to the other', async () => {
      const event = textEvent('市役所を名乗る人からマイナンバーを教えてと電話がありました', `rt-shared-${randomUUID()}`);
      event['webhookEventId'] = `01HSHARED${randomUUID()}`;
      const first = callbackBody([event]);
      const again = callbackBody([{ ...event, deliveryContext: { isRedelivery: true } }]);
      const [resA, resB] = await Promise.all([
        fetch(`${a.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(first) }, body: first }),
        fetch(`${b.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(again) }, body: again }),
      ]);
      expect([resA.status, resB.status]).toEqual([200, 200]);
      await fake.waitFor(1, '/v2/bot/message/reply');
      await new Promise((r) => setTimeout(r, 400));
      expect(fake.requests.filter((r) => r.path === '/v2/bot/message/reply')).toHaveLength(1);
      expect(a.logs.text() + b.logs.text()).toContain('event already handled; skipped');
    });
  });
});

describe('when Redis cannot be reached', () => {
  it('the bot still answers (a rare duplicate beats silence) and logs that the check was skipped', async () => {
    const fake = await startFakeLineApi();
    // Port 1 on loopback: nothing listens there, so every connection is refused at once.
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const body = callbackBody([textEvent('マイナンバーカードをなくしました', 'rt-redis-down')]);
      const res = await fetch(`${bot.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) }, body });
      expect(res.status).toBe(200);
      const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 10_000);
      expect((reply!.json as { replyToken: string }).replyToken).toBe('rt-redis-down');
      expect(bot.logs.text()).toContain('dedupe store unavailable');
      expect(bot.logs.text()).not.toContain('redis://');
    } finally {
      await bot.close();
      await fake.close();
    }
  });
});
