import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { pause, postWebhook, replyTokens } from './post.ts';

/** Small timings, set through the environment as an operator would. */
const FAST_FAULTS = { LINE_API_TIMEOUT_MS: '300', LINE_RETRY_BASE_MS: '20', LINE_REPLY_BUDGET_MS: '2000', LINE_RETRY_MAX_ATTEMPTS: '3' };

let fake: FakeLineApi;
let bot: RunningApp;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fake = await startFakeLineApi();
  bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: FAST_FAULTS });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot.close();
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
  expect(unhandled).toEqual([]);
});

const send = (text: string, replyToken: string) => postWebhook(bot.url, callbackBody([textEvent(text, replyToken)]));

describe('when the LINE API misbehaves', () => {
  it('a 500 then a 200: the reply is retried once and arrives (exactly two requests)', async () => {
    fake.queue({ kind: 'status', status: 500 });
    expect((await send('マイナンバーカードをなくしました', 'rt-500-200')).status).toBe(200);
    await fake.waitFor(2, '/v2/bot/message/reply');
    await pause(300);
    expect(replyTokens(fake.requests)).toEqual(['rt-500-200', 'rt-500-200']);
  });

  it('a 429 with Retry-After: the reply waits and then arrives', async () => {
    fake.queue({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    expect((await send('こんにちは', 'rt-429')).status).toBe(200);
    const [first, second] = await fake.waitFor(2, '/v2/bot/message/reply', 5000);
    expect([first!.json, second!.json].map((j) => (j as { replyToken: string }).replyToken)).toEqual(['rt-429', 'rt-429']);
  });

  it('a hung LINE API: the bot keeps answering /healthz and new webhooks, times out, retries and logs', async () => {
    fake.queue({ kind: 'hang' });
    expect((await send('還付金があると電話がありました', 'rt-hung')).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    // While that reply hangs:
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await send('ありがとうございました', 'rt-while-hung')).status).toBe(200);
    await fake.waitFor(3, '/v2/bot/message/reply');
    await pause(100);
    expect(replyTokens(fake.requests).sort()).toEqual(['rt-hung', 'rt-hung', 'rt-while-hung']);
    expect(bot.logs.text()).toMatch(/no complete answer within \d+ ms/);
  });

  it('a dropped connection: the reply is retried and arrives', async () => {
    fake.queue({ kind: 'drop' });
    expect((await send('こんにちは', 'rt-drop')).status).toBe(200);
    await fake.waitFor(2, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-drop', 'rt-drop']);
  });

  it('a reply that finally fails is logged with the status and x-line-request-id, and the next event is answered', async () => {
    fake.queue({ kind: 'status', status: 502 }, { kind: 'status', status: 502 }, { kind: 'status', status: 502 });
    expect((await send('こんにちは', 'rt-gives-up')).status).toBe(200);
    await fake.waitFor(3, '/v2/bot/message/reply');
    await pause(200);
    const failed = bot.logs.lines.filter((l) => l.includes('"LINE reply failed"')).map((l) => JSON.parse(l));
    expect(failed.at(-1)).toMatchObject({ status: 502, attempt: 3, lineRequestId: expect.stringMatching(/^fake-/), eventId: expect.any(String), user: expect.stringMatching(/^u_/) });
    fake.requests.length = 0;
    expect((await send('こんにちは', 'rt-next')).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-next']);
  });

  it('a 400 (e.g. an expired reply token) is not retried', async () => {
    fake.queue({ kind: 'status', status: 400, body: { message: 'Invalid reply token' } });
    expect((await send('こんにちは', 'rt-expired')).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    await pause(300);
    expect(fake.requests).toHaveLength(1);
  });
});
