import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { pause, postWebhook, replyTokens } from './post.ts';

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

describe('LINE redelivers a webhook', () => {
  it('answers an event once even when LINE sends it again with isRedelivery', async () => {
    const event = textEvent('税務署から還付金があるとメールが来ました', 'rt-redelivered');
    const first = callbackBody([event]);
    expect((await postWebhook(bot.url, first)).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    const again = callbackBody([{ ...event, deliveryContext: { isRedelivery: true } }]);
    expect((await postWebhook(bot.url, again)).status).toBe(200);
    await pause(300);
    expect(replyTokens(fake.requests)).toEqual(['rt-redelivered']);
    expect(bot.logs.text()).toContain('event already handled; skipped');
  });

  it('answers only once when the same event arrives twice at the same moment', async () => {
    const body = callbackBody([textEvent('マイナンバーカードの更新はどこでできますか', 'rt-twice')]);
    const statuses = await Promise.all([postWebhook(bot.url, body), postWebhook(bot.url, body)]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    await fake.waitFor(1, '/v2/bot/message/reply');
    await pause(300);
    expect(replyTokens(fake.requests)).toEqual(['rt-twice']);
  });

  it('answers different messages that share one event ID (a reused test fixture), each once', async () => {
    const first = textEvent('市役所を名乗る電話がありました', 'rt-shared-1');
    const second = { ...textEvent('マイナンバーカードをなくしました', 'rt-shared-2'), webhookEventId: first['webhookEventId'] };
    expect((await postWebhook(bot.url, callbackBody([first]))).status).toBe(200);
    expect((await postWebhook(bot.url, callbackBody([second]))).status).toBe(200);
    expect((await postWebhook(bot.url, callbackBody([{ ...second, deliveryContext: { isRedelivery: true } }]))).status).toBe(200);
    await fake.waitFor(2, '/v2/bot/message/reply');
    await pause(300);
    expect(replyTokens(fake.requests).sort()).toEqual(['rt-shared-1', 'rt-shared-2']);
  });

  it('answers a redelivered event it has not seen (the first delivery never reached it)', async () => {
    const event = { ...textEvent('こんにちは', 'rt-first-seen-on-redelivery'), deliveryContext: { isRedelivery: true } };
    expect((await postWebhook(bot.url, callbackBody([event]))).status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    expect(replyTokens(fake.requests)).toEqual(['rt-first-seen-on-redelivery']);
  });

  it('answers an event the bot refused with 503 while starting, when LINE redelivers it', async () => {
    const starting = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: null });
    try {
      const event = textEvent('還付金の手続きでATMに行くように言われました', 'rt-after-503');
      expect((await postWebhook(starting.url, callbackBody([event]))).status).toBe(503);
      starting.runtime.set(await testRuntime());
      const again = callbackBody([{ ...event, deliveryContext: { isRedelivery: true } }]);
      expect((await postWebhook(starting.url, again)).status).toBe(200);
      await fake.waitFor(1, '/v2/bot/message/reply');
      expect(replyTokens(fake.requests)).toEqual(['rt-after-503']);
    } finally {
      await starting.close();
    }
  });
});
