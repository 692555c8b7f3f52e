import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import {
  TEST_ACCESS_TOKEN,
  callbackBody,
  followEvent,
  postbackEvent,
  sign,
  stickerEvent,
  textEvent,
  unfollowEvent,
} from '../support/signed-webhook.ts';
import { pause, postWebhook } from './post.ts';

let fake: FakeLineApi;
let bot: RunningApp;

beforeAll(async () => {
  fake = await startFakeLineApi();
  bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime() });
});

afterAll(async () => {
  await bot.close();
  await fake.close();
});

afterEach(() => {
  fake.requests.length = 0;
});

const settle = () => pause(300);

describe('POST /webhook', () => {
  it('answers a signed text event with exactly one reply request carrying its reply token and the bearer token', async () => {
    const body = callbackBody([textEvent('市役所の職員から電話でマイナンバーを聞かれました', 'reply-token-text-1')]);
    const res = await postWebhook(bot.url, body);
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply');
    await settle();
    expect(fake.requests).toHaveLength(1);
    expect(reply!.method).toBe('POST');
    expect(reply!.headers.authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    const json = reply!.json as { replyToken: string; messages: unknown[] };
    expect(json.replyToken).toBe('reply-token-text-1');
    expect(json.messages.length).toBeGreaterThanOrEqual(1);
    expect(json.messages.length).toBeLessThanOrEqual(5);
  });

  it('rejects a forged signature with 401 and sends nothing', async () => {
    const body = callbackBody([textEvent('こんにちは')]);
    const res = await postWebhook(bot.url, body, sign(body, 'not-the-channel-secret'));
    expect(res.status).toBe(401);
    await settle();
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a missing signature with 401 and sends nothing', async () => {
    const res = await postWebhook(bot.url, callbackBody([textEvent('こんにちは')]), null);
    expect(res.status).toBe(401);
    await settle();
    expect(fake.requests).toHaveLength(0);
  });

  it('checks the signature against the exact bytes: re-serialised JSON with the original signature is refused', async () => {
    const original = callbackBody([textEvent('マイナンバーカードをなくしました')]);
    const signature = sign(original);
    const reformatted = JSON.stringify(JSON.parse(original), null, 2);
    const res = await postWebhook(bot.url, reformatted, signature);
    expect(res.status).toBe(401);
    await settle();
    expect(fake.requests).toHaveLength(0);
  });

  it('answers 400 for malformed JSON even when it is correctly signed', async () => {
    const body = '{"destination": "U1", "events": [';
    const res = await postWebhook(bot.url, body);
    expect(res.status).toBe(400);
  });

  it('answers 200 to LINE\'s verification request (no events) and sends nothing', async () => {
    const body = callbackBody([]);
    const res = await postWebhook(bot.url, body);
    expect(res.status).toBe(200);
    await settle();
    expect(fake.requests).toHaveLength(0);
  });

  it('replies to follow, postback and sticker events and stays silent on unfollow', async () => {
    const body = callbackBody([
      followEvent('rt-follow'),
      postbackEvent('v1|unknown-and-stale', 'rt-postback'),
      stickerEvent('rt-sticker'),
      unfollowEvent(),
    ]);
    const res = await postWebhook(bot.url, body);
    expect(res.status).toBe(200);
    const replies = await fake.waitFor(3, '/v2/bot/message/reply');
    await settle();
    expect(fake.requests).toHaveLength(3);
    const tokens = replies.map((r) => (r.json as { replyToken: string }).replyToken).sort();
    expect(tokens).toEqual(['rt-follow', 'rt-postback', 'rt-sticker']);
  });

  it('keeps processing the other events of a delivery when one event fails, and logs the failure', async () => {
    const real = await testRuntime();
    const faulty = {
      ...real,
      classifier: {
        classify: (text: string) => {
          if (text === 'この行で分類器が落ちる') throw new Error('classifier exploded');
          return real.classifier.classify(text);
        },
      },
    };
    const other = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: faulty });
    try {
      const body = callbackBody([textEvent('この行で分類器が落ちる', 'rt-broken'), textEvent('ありがとうございました', 'rt-ok')]);
      const res = await postWebhook(other.url, body);
      expect(res.status).toBe(200);
      await fake.waitFor(1, '/v2/bot/message/reply');
      await settle();
      expect(fake.requests.map((r) => (r.json as { replyToken: string }).replyToken)).toEqual(['rt-ok']);
      expect(other.logs.text()).toContain('classifier exploded');
    } finally {
      await other.close();
    }
  });

  it('answers 503 before the tokenizer and data are loaded, so LINE redelivers', async () => {
    const loading = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: null });
    try {
      const body = callbackBody([textEvent('こんにちは')]);
      const res = await postWebhook(loading.url, body);
      expect(res.status).toBe(503);
    } finally {
      await loading.close();
    }
  });
});

describe('health', () => {
  it('/healthz is 200 while /readyz is 503 until the runtime is loaded, then 200', async () => {
    const loading = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: null });
    try {
      expect((await fetch(`${loading.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${loading.url}/readyz`)).status).toBe(503);
      loading.runtime.set(await testRuntime());
      expect((await fetch(`${loading.url}/readyz`)).status).toBe(200);
    } finally {
      await loading.close();
    }
  });
});
