import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, sign, textEvent } from '../support/signed-webhook.ts';
import { createRedisDedupeStore } from '../../src/dedupe/redis-dedupe-store.ts';
import { captureLogger } from '../support/log-capture.ts';

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Issue #17 item 4: with Redis down, each event used to wait the full command timeout (1 s) and log a warning. */
describe('with REDIS_URL pointing at a closed port', () => {
  let fake: FakeLineApi;
  let bot: RunningApp;
  beforeAll(async () => {
    fake = await startFakeLineApi();
    bot = await startTestApp({
      lineApiBaseUrl: fake.baseUrl,
      runtime: await testRuntime(),
      env: { REDIS_URL: `redis://127.0.0.1:${await closedPort()}`, RATE_LIMIT_PER_MINUTE: '0' },
    });
    // The first connection attempt is refused within milliseconds; wait until the store says so.
    const deadline = Date.now() + 5000;
    while (!bot.logs.text().includes('dedupe store (redis): connection error') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it('answers 50 events one after another, each well within the 1 s Redis timeout, and logs one or two warnings in all', async () => {
    const latencies: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      const token = `rt-redis-down-${i}`;
      const body = callbackBody([textEvent('マイナンバーカードをなくしました', token)]);
      const sent = Date.now();
      const res = await fetch(`${bot.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) }, body });
      expect(res.status).toBe(200);
      await fake.waitFor(i + 1, '/v2/bot/message/reply', 5000);
      latencies.push(Date.now() - sent);
    }
    const total = Date.now() - started;
    const replies = fake.requests.filter((r) => r.path === '/v2/bot/message/reply').map((r) => (r.json as { replyToken: string }).replyToken);
    expect(new Set(replies).size).toBe(50);
    // Before: every event waited for the command timeout (~1,000 ms each). A busy machine may slow one or two.
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.9)], `latencies ${latencies.join(', ')}`).toBeLessThan(300);
    expect(total, `latencies ${latencies.join(', ')}`).toBeLessThan(10_000);
    const warnings = bot.logs.lines.filter((l) => (JSON.parse(l) as { level: number }).level === 40);
    expect(warnings.length, warnings.join('\n')).toBeGreaterThanOrEqual(1);
    expect(warnings.length, warnings.join('\n')).toBeLessThanOrEqual(2);
    expect(bot.logs.text()).toContain('dedupe store unavailable');
    expect(bot.logs.text()).not.toContain('redis://');
  });
});

const REDIS_SERVER = '/usr/bin/redis-server';

describe.skipIf(!existsSync(REDIS_SERVER))('a Redis that goes away and comes back (own redis-server)', () => {
  let port: number;
  let redis: ChildProcess | null = null;
  const start = async () => {
    redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
  };
  const stop = async () => {
    const proc = redis!;
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await gone;
  };
  beforeAll(async () => {
    port = await closedPort();
    await start();
  });
  afterAll(async () => {
    if (redis && redis.exitCode === null) await stop();
  });

  it('claims while connected, fails at once while down, and claims again once it is back', async () => {
    const logs = captureLogger('debug');
    const store = createRedisDedupeStore({ url: `redis://127.0.0.1:${port}`, ttlSeconds: 60, logger: logs.logger, prefix: 'test-updown:' });
    try {
      // Right after creation the first connection is still being made: the claim waits for it.
      expect(await store.claim('ev-1')).toBe(true);
      expect(await store.claim('ev-1')).toBe(false);
      await stop();
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.claim(`ev-down-${i}`)));
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      expect(Date.now() - started).toBeLessThan(100);
      await start();
      const deadline = Date.now() + 5000;
      let back = false;
      while (!back && Date.now() < deadline) {
        back = await store.claim('ev-2').then(
          () => true,
          () => false,
        );
        if (!back) await new Promise((r) => setTimeout(r, 100));
      }
      expect(back).toBe(true);
      expect(await store.claim('ev-2')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
