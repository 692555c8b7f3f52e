import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, sign, textEvent } from '../support/signed-webhook.ts';
import { rateLimitedDecision } from '../../src/decide/decision.ts';
import { render } from '../../src/replies/render.ts';
import { WEBHOOK_BODY_LIMIT } from '../../src/webhook/webhook-route.ts';
import { MAX_CLASSIFY_CHARS } from '../../src/nlu/normalise-text.ts';
import { pause, postWebhook, replyTokens } from './post.ts';

let fake: FakeLineApi;
let bot: RunningApp;

beforeAll(async () => {
  fake = await startFakeLineApi();
  bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: { RATE_LIMIT_PER_MINUTE: '3' } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
});

/** A signed body just over the 1 MB limit: one text event padded with a long text. */
function oversizedBody(): string {
  return callbackBody([textEvent('あ'.repeat(Math.ceil(WEBHOOK_BODY_LIMIT / 3) + 10))]);
}

/** Sends a body without Content-Length (chunked), the way a client that streams would. */
function postChunked(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': sign(body), 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const bytes = Buffer.from(body);
    for (let i = 0; i < bytes.length; i += 64 * 1024) req.write(bytes.subarray(i, i + 64 * 1024));
    req.end();
  });
}

describe('request limits', () => {
  it('refuses a body over 1 MB with 413 and sends nothing', async () => {
    const body = oversizedBody();
    expect(Buffer.byteLength(body)).toBeGreaterThan(WEBHOOK_BODY_LIMIT);
    expect((await postWebhook(bot.url, body)).status).toBe(413);
    await pause(200);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a chunked body that grows past 1 MB with 413', async () => {
    expect(await postChunked(bot.url, oversizedBody())).toBe(413);
  });

  it('answers 400 to correctly signed bytes that are not JSON, and to JSON that is not a webhook body', async () => {
    expect((await postWebhook(bot.url, '{"destination": "U1", "events": [')).status).toBe(400);
    expect((await postWebhook(bot.url, '\u0000\u00ff not json')).status).toBe(400);
    expect((await postWebhook(bot.url, '{"events": "none"}')).status).toBe(400);
    expect((await postWebhook(bot.url, '[]')).status).toBe(400);
    await pause(100);
    expect(fake.requests).toHaveLength(0);
  });

  it('answers a message far longer than LINE allows (the classifier reads the first 5,000 characters)', async () => {
    expect(MAX_CLASSIFY_CHARS).toBe(5000);
    const text = '市役所の職員を名乗る人からマイナンバーを聞かれました。'.repeat(3000);
    expect(text.length).toBeGreaterThan(50_000);
    const body = callbackBody([{ ...textEvent(text, 'rt-long'), source: { type: 'user', userId: 'U00000000000000000000000000long1' } }]);
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-long']);
  });
});

describe('odd text', () => {
  it('answers a message holding a broken emoji half (an unpaired surrogate) instead of failing silently', async () => {
    const body = callbackBody([{ ...textEvent('マイナンバーのことで電話がありました\ud83d', 'rt-surrogate'), source: { type: 'user', userId: 'U0000000000000000000000surrogate' } }]);
    expect(body).toContain('\\ud83d');
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-surrogate']);
    expect(bot.logs.text()).not.toContain('event processing failed');
  });
});

describe('per-user rate limit (RATE_LIMIT_PER_MINUTE=3 here)', () => {
  const user = (userId: string, text: string, replyToken: string) => ({ ...textEvent(text, replyToken), source: { type: 'user', userId } });

  it('answers the first 3 messages, sends the polite notice once, then nothing for the rest of the minute', async () => {
    const alice = 'U0000000000000000000000000alice1';
    for (let i = 1; i <= 6; i++) {
      expect((await postWebhook(bot.url, callbackBody([user(alice, `マイナンバーについて質問です ${i}`, `rt-alice-${i}`)]))).status).toBe(200);
      if (i <= 4) await fake.waitFor(i, '/v2/bot/message/reply');
    }
    await pause(300);
    expect(replyTokens(fake.requests)).toEqual(['rt-alice-1', 'rt-alice-2', 'rt-alice-3', 'rt-alice-4']);
    const notice = fake.requests[3]!.json as { messages: unknown[] };
    const expected = JSON.parse(JSON.stringify(render(rateLimitedDecision(), (await testRuntime()).knowledge)));
    expect(notice.messages).toEqual(expected);
    expect(fake.requests[0]!.json).not.toEqual(notice);
    expect(bot.logs.text()).toContain('rate limited: no reply');
  });

  it('counts each user on their own: another resident is still answered', async () => {
    const bob = 'U00000000000000000000000000bob01';
    expect((await postWebhook(bot.url, callbackBody([user(bob, 'こんにちは', 'rt-bob')]))).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-bob']);
  });

  it('RATE_LIMIT_PER_MINUTE=0 turns the limit off: every message of one user is answered', async () => {
    const open = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: { RATE_LIMIT_PER_MINUTE: '0' } });
    try {
      fake.requests.length = 0;
      const carol = 'U000000000000000000000000carol01';
      for (let i = 1; i <= 6; i++) {
        expect((await postWebhook(open.url, callbackBody([user(carol, `質問 ${i}`, `rt-carol-${i}`)]))).status).toBe(200);
      }
      await fake.waitFor(6, '/v2/bot/message/reply');
      expect(replyTokens(fake.requests).sort()).toEqual([1, 2, 3, 4, 5, 6].map((i) => `rt-carol-${i}`));
    } finally {
      await open.close();
    }
  });

  it('keys the limit on the hashed user key, never logging the raw user ID', () => {
    expect(bot.logs.text()).not.toContain('U0000000000000000000000000alice1');
  });
});
