import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLineSender, type RetryPolicy } from '../../src/line/line-sender.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { captureLogger } from '../support/log-capture.ts';
import { TEST_ACCESS_TOKEN } from '../support/signed-webhook.ts';
import { startSlowLineApi } from '../support/slow-line-api.ts';

/**
 * Issue #17 item 3: each attempt's deadline started before the request had a connection, so
 * under a burst the requests that waited in the bot's own queue timed out, were retried, and
 * some had already been accepted by LINE: one reply went out twice, others not at all.
 */
const LATENCY_MS = 1000;
const BURST = 300;
/**
 * 1.5 s of slack over LINE's answer time (this machine may be busy: with half a second, a full
 * run at a load average of 10 saw 31 of 300 answers come late and be sent again). Still shorter
 * than the third round's time from the call (2 s waiting for a connection, then 1 s): a deadline
 * counted from the call, not from the send, times it out and sends it twice.
 */
const policy: RetryPolicy = { attemptTimeoutMs: 2500, budgetMs: 20_000, baseDelayMs: 50, maxAttempts: 4 };

let fake: FakeLineApi;
beforeEach(async () => {
  fake = await startFakeLineApi();
});
afterEach(() => fake.close());

describe('a burst of replies against a slow LINE API (1 s an answer)', () => {
  it('sends each reply exactly once, all of them, with the attempt deadline counted from the send', { timeout: 30_000 }, async () => {
    const slow = await startSlowLineApi(LATENCY_MS);
    const logs = captureLogger('info');
    const sender = createLineSender({ channelAccessToken: TEST_ACCESS_TOKEN, baseUrl: slow.baseUrl, logger: logs.logger, maxConcurrentSends: 100 });
    let sentCallbacks = 0;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: BURST }, (_, i) => sender.reply(`rt-burst-${i}`, [{ type: 'text', text: 'ok' }], { policy, onSent: () => sentCallbacks++ })),
    );
    const tookMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, LATENCY_MS + 100));
    const tokens = await slow.tokens();
    slow.close();
    const perToken = new Map<string, number>();
    for (const t of tokens) perToken.set(t, (perToken.get(t) ?? 0) + 1);
    const duplicated = [...perToken.values()].filter((n) => n > 1).length;
    expect({ requests: tokens.length, distinct: perToken.size, duplicated }).toEqual({ requests: BURST, distinct: BURST, duplicated: 0 });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.every((r) => r.ok && r.attempts === 1)).toBe(true);
    expect(sentCallbacks).toBe(BURST);
    // 300 replies, 100 at a time, 1 s each: three rounds.
    expect(tookMs).toBeGreaterThanOrEqual(3 * LATENCY_MS - 100);
    expect(logs.text()).not.toContain('retrying');
  });

  it('gives up a reply that cannot get a connection within its budget, unsent (never written, so never twice)', async () => {
    fake.queue({ kind: 'hang' });
    const logs = captureLogger('info');
    const sender = createLineSender({ channelAccessToken: TEST_ACCESS_TOKEN, baseUrl: fake.baseUrl, logger: logs.logger, maxConcurrentSends: 1 });
    const tight: RetryPolicy = { attemptTimeoutMs: 1000, budgetMs: 600, baseDelayMs: 50, maxAttempts: 2 };
    const first = sender.reply('rt-hangs', [{ type: 'text', text: 'ok' }], { policy: tight });
    const second = await sender.reply('rt-waits', [{ type: 'text', text: 'ok' }], { policy: tight });
    expect(second).toMatchObject({ ok: false, status: null });
    expect(second.ok ? '' : second.error).toMatch(/not sent/);
    await first;
    const tokens = fake.requests.map((r) => (r.json as { replyToken: string }).replyToken);
    expect(tokens).not.toContain('rt-waits');
  });
});
