import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLineSender, type RetryPolicy } from '../../src/line/line-sender.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { captureLogger } from '../support/log-capture.ts';
import { TEST_ACCESS_TOKEN } from '../support/signed-webhook.ts';

/** Small timings so faults resolve quickly; the production defaults are in src/config.ts. */
const policy: RetryPolicy = { attemptTimeoutMs: 300, budgetMs: 3000, baseDelayMs: 20, maxAttempts: 3 };
const messages = [{ type: 'text' as const, text: 'ok' }];

let fake: FakeLineApi;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  fake = await startFakeLineApi();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
  expect(unhandled).toEqual([]);
});

function sender() {
  const logs = captureLogger('debug');
  return { logs, send: createLineSender({ channelAccessToken: TEST_ACCESS_TOKEN, baseUrl: fake.baseUrl, logger: logs.logger }) };
}

describe('LINE reply sender', () => {
  it('retries once after a 500 and succeeds: exactly two requests with the same reply token', async () => {
    fake.queue({ kind: 'status', status: 500 });
    const { send } = sender();
    const result = await send.reply('rt-500', messages, { policy });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.map((r) => (r.json as { replyToken: string }).replyToken)).toEqual(['rt-500', 'rt-500']);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
  });

  it('waits for Retry-After on a 429 before trying again', async () => {
    fake.queue({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    const { send } = sender();
    const started = Date.now();
    const result = await send.reply('rt-429', messages, { policy });
    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('does not retry a 400 and logs the status and x-line-request-id', async () => {
    fake.queue({ kind: 'status', status: 400, body: { message: 'Invalid reply token' } });
    const { send, logs } = sender();
    const result = await send.reply('rt-400', messages, { policy });
    expect(result).toMatchObject({ ok: false, status: 400, attempts: 1 });
    expect(result.ok ? null : result.requestId).toMatch(/^fake-/);
    expect(fake.requests).toHaveLength(1);
    const line = JSON.parse(logs.lines.find((l) => l.includes('LINE reply failed'))!);
    expect(line).toMatchObject({ level: 50, status: 400, lineRequestId: expect.stringMatching(/^fake-/) });
    expect(line.err).toContain('Invalid reply token');
  });

  it('times out a hung request, retries, and succeeds', async () => {
    fake.queue({ kind: 'hang' });
    const { send, logs } = sender();
    const result = await send.reply('rt-hang', messages, { policy });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
    expect(logs.text()).toContain('no complete answer within 300 ms');
  });

  it('retries when the connection is dropped', async () => {
    fake.queue({ kind: 'drop' });
    const { send } = sender();
    const result = await send.reply('rt-drop', messages, { policy });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
  });

  it('gives up after maxAttempts on a lasting outage and logs the last status and request ID', async () => {
    fake.queue({ kind: 'status', status: 503 }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    const { send, logs } = sender();
    const result = await send.reply('rt-503', messages, { policy });
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 3 });
    expect(fake.requests).toHaveLength(3);
    const failed = logs.lines.filter((l) => l.includes('LINE reply failed'));
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]!)).toMatchObject({ status: 503, attempt: 3, lineRequestId: expect.stringMatching(/^fake-/) });
    expect(logs.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('gives up at once when Retry-After is longer than the reply token can wait', async () => {
    fake.queue({ kind: 'status', status: 429, headers: { 'retry-after': '60' } });
    const { send } = sender();
    const result = await send.reply('rt-429-long', messages, { policy });
    expect(result).toMatchObject({ ok: false, status: 429, attempts: 1 });
  });

  it('stays within its budget when every attempt hangs', async () => {
    fake.queue({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const { send, logs } = sender();
    const result = await send.reply('rt-all-hang', messages, { policy: { ...policy, budgetMs: 700, maxAttempts: 10 } });
    expect(result.ok).toBe(false);
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(fake.requests.length).toBeLessThanOrEqual(3);
    expect(logs.text()).toContain('LINE reply failed');
    fake.requests.length = 0;
    expect((await send.reply('rt-after', messages, { policy })).ok).toBe(true);
  });

  it('closes the socket of a request that timed out, so a hung LINE API leaks no connections', async () => {
    // The attempt's abort destroys the socket; the server sees the close a moment later.
    const closed: string[] = [];
    const hung = createServer((req) => {
      req.socket.once('close', () => closed.push(req.url ?? ''));
    });
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = hung.address() as AddressInfo;
      const logs = captureLogger('debug');
      const send = createLineSender({
        channelAccessToken: TEST_ACCESS_TOKEN,
        baseUrl: `http://127.0.0.1:${port}`,
        logger: logs.logger,
        requestTimeoutMs: policy.attemptTimeoutMs,
      });
      const result = await send.reply('rt-leak', messages, { policy: { ...policy, maxAttempts: 1 } });
      expect(result.ok).toBe(false);
      const deadline = Date.now() + 2500;
      while (closed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(closed).toEqual(['/v2/bot/message/reply']);
    } finally {
      hung.closeAllConnections();
      await new Promise<void>((resolve) => hung.close(() => resolve()));
    }
  });

  it('never puts the access token or the reply token in a log line', async () => {
    fake.queue({ kind: 'status', status: 500 }, { kind: 'hang' }, { kind: 'status', status: 401 });
    const { send, logs } = sender();
    await send.reply('rt-secret-token-xyz', messages, { policy });
    expect(logs.text()).not.toContain(TEST_ACCESS_TOKEN);
    expect(logs.text()).not.toContain('rt-secret-token-xyz');
  });
});
