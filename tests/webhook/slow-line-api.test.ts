import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, sign, textEvent } from '../support/signed-webhook.ts';
import { startSlowLineApi, type SlowLineApi } from '../support/slow-line-api.ts';

/**
 * Issue #17 item 3, end to end: a burst of webhook events while LINE answers slowly and the
 * bot may use few connections. Every event is answered, each exactly once.
 */
const LATENCY_MS = 1000;
const DELIVERIES = 20;
const EVENTS_PER_DELIVERY = 10;
const TOTAL = DELIVERIES * EVENTS_PER_DELIVERY;

let fake: SlowLineApi;
let bot: RunningApp;
beforeAll(async () => {
  fake = await startSlowLineApi(LATENCY_MS);
  bot = await startTestApp({
    lineApiBaseUrl: fake.baseUrl,
    runtime: await testRuntime(),
    env: { LOG_LEVEL: 'info', LINE_API_TIMEOUT_MS: '1500', LINE_MAX_CONCURRENT_SENDS: '64', RATE_LIMIT_PER_MINUTE: '0' },
  });
});
afterAll(async () => {
  await bot.close();
  fake.close();
});

describe('a burst of events while LINE answers in 1 s (64 connections, 1.5 s attempt deadline)', () => {
  it('answers every event, each exactly once, and holds the webhook 200 while replies wait for a connection', async () => {
    const texts = ['市役所の職員を名乗る人からマイナンバーを聞かれました', 'マイナンバーカードをなくしました', '還付金があるのでATMへ行くように言われた'];
    const deliveries = Array.from({ length: DELIVERIES }, (_, d) =>
      callbackBody(Array.from({ length: EVENTS_PER_DELIVERY }, (_, e) => textEvent(texts[(d + e) % texts.length]!, `rt-burst-${d}-${e}`))),
    );
    const ackMs: number[] = [];
    const started = Date.now();
    const statuses = await Promise.all(
      deliveries.map(async (body) => {
        const res = await fetch(`${bot.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) }, body });
        ackMs.push(Date.now() - started);
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const deadline = Date.now() + 20_000;
    while ((await fake.tokens()).length < TOTAL && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2000));
    const tokens = await fake.tokens();
    const perToken = new Map<string, number>();
    for (const t of tokens) perToken.set(t, (perToken.get(t) ?? 0) + 1);
    expect({ requests: tokens.length, answered: perToken.size, duplicated: [...perToken.values()].filter((n) => n > 1).length }).toEqual({
      requests: TOTAL,
      answered: TOTAL,
      duplicated: 0,
    });
    expect(bot.logs.text()).not.toContain('LINE reply failed');
    expect(bot.logs.text()).not.toContain('retrying');
    // Back-pressure: with replies waiting for a connection, later 200s were held (not all sent at once).
    expect(Math.max(...ackMs)).toBeGreaterThan(LATENCY_MS);
  }, 60_000);
});
