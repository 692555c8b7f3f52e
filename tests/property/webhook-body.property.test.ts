import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { sign } from '../support/signed-webhook.ts';
import { anyJson, eventLike } from './arbitraries.ts';

let fake: FakeLineApi;
let bot: RunningApp;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fake = await startFakeLineApi();
  bot = await startTestApp({
    lineApiBaseUrl: fake.baseUrl,
    runtime: await testRuntime(),
    env: { RATE_LIMIT_PER_MINUTE: '10000', LOG_LEVEL: 'info' },
  });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot.close();
  await fake.close();
});

async function postSigned(body: Uint8Array<ArrayBuffer> | string): Promise<number> {
  const res = await fetch(`${bot.url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': sign(typeof body === 'string' ? body : Buffer.from(body)) },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

const webhookShaped = fc.record({
  destination: fc.oneof(fc.constant('U0123456789abcdef0123456789abcdef'), fc.string()),
  events: fc.array(fc.oneof({ weight: 4, arbitrary: eventLike }, { weight: 1, arbitrary: anyJson }), { maxLength: 5 }),
});

describe('POST /webhook with a valid signature on any body', () => {
  it('arbitrary bytes: never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect([200, 400]).toContain(await postSigned(new Uint8Array(bytes)));
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary JSON: 400 unless it is a webhook body, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (json) => {
        expect([200, 400]).toContain(await postSigned(JSON.stringify(json)));
      }),
      { numRuns: 150 },
    );
  });

  it('webhook bodies with odd, partial or unknown events: 200, every event handled without an error', async () => {
    await fc.assert(
      fc.asyncProperty(webhookShaped, async (body) => {
        expect(await postSigned(JSON.stringify(body))).toBe(200);
      }),
      { numRuns: 150 },
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.logs.text()).not.toContain('event processing failed');
  });

  it('afterwards the process is alive, answers /healthz, and had no unhandled rejection', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(unhandled).toEqual([]);
  });
});
