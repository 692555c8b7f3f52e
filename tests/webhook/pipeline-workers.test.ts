import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipelinePool, type PipelinePool } from '../../src/pipeline/pipeline-pool.ts';
import { respond, type Reply } from '../../src/pipeline/pipeline.ts';
import type { Incoming } from '../../src/incoming/incoming.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { pause, postWebhook } from './post.ts';

let fake: FakeLineApi;
beforeAll(async () => {
  fake = await startFakeLineApi();
});
afterAll(async () => {
  await fake.close();
});


describe('the pipeline on worker threads (PIPELINE_WORKERS)', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await startPipelinePool(1, { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' });
  }, 60_000);
  afterAll(async () => {
    await pool.close();
  });

  it('answers exactly as the pipeline on the main thread does', async () => {
    const at = new Date('2026-11-24T21:00:00+09:00');
    const incoming: Incoming = { kind: 'text', text: '警察を名乗る人から電話でキャッシュカードを渡すように言われています', eventId: 'e1', replyToken: 'r1', userKey: 'u1', at, isRedelivery: false, chat: 'user', mentionsBot: false };
    const fromWorker = await pool.respond(incoming, at);
    const here = respond(incoming, await testRuntime('shiki'), at);
    expect(fromWorker).toEqual(here);
    expect(JSON.stringify(fromWorker.messages)).toContain('tel:110');
  });

  it('carries every kind of warning sign across the threads unchanged', async () => {
    // The worker answers in JSON text (pipeline-worker.ts): links with their host, phone numbers
    // with their country code (or null), lexicon terms, flags and scores must arrive as they left.
    const at = new Date('2026-11-25T10:00:00+09:00');
    const runtime = await testRuntime('shiki');
    const texts = [
      '【重要】本日中に https://mynumber-check.example.top/verify で暗証番号を入力しないと保険証が使えなくなります。至急 +44 20 7946 0000 へ',
      '市役所の職員を名乗る人から還付金があるのでATMへ行くよう電話、050-1234-5678 に折り返せと。マイナンバーは 1234 5678 9018 です',
      'https://www.kojinbango-card.go.jp/ の案内は本物ですか',
    ];
    for (const [i, text] of texts.entries()) {
      const incoming: Incoming = { kind: 'text', text, eventId: `e-rf-${i}`, replyToken: `r-rf-${i}`, userKey: 'u-rf', at, isRedelivery: false, chat: 'user', mentionsBot: false };
      const here = respond(incoming, runtime, at);
      expect(here.summary.redFlags.length + here.summary.flags.length).toBeGreaterThan(0);
      expect(await pool.respond(incoming, at)).toEqual(here);
    }
  });

  it('answers events without text (follow, postback) as the main-thread pipeline does', async () => {
    const at = new Date('2026-11-24T10:00:00+09:00');
    const base = { eventId: 'e2', replyToken: 'r2', userKey: 'u2', at, isRedelivery: false, chat: 'user' } as const;
    const runtime = await testRuntime('shiki');
    for (const incoming of [{ ...base, kind: 'follow' }, { ...base, kind: 'postback', data: 'menu=main' }] satisfies Incoming[]) {
      expect(await pool.respond(incoming, at)).toEqual(respond(incoming, runtime, at));
    }
  });

  it('serves the webhook: a signed event gets its reply through the worker', async () => {
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), pipeline: pool });
    try {
      fake.requests.length = 0;
      const res = await postWebhook(bot.url, callbackBody([textEvent('マイナンバーカードを落としました', 'rt-worker')]));
      expect(res.status).toBe(200);
      const [reply] = await fake.waitFor(1, '/v2/bot/message/reply');
      expect((reply!.json as { replyToken: string }).replyToken).toBe('rt-worker');
      expect(JSON.stringify(reply!.json)).toContain('tel:0120950178');
    } finally {
      await bot.close();
    }
  });
});

describe('back-pressure (MAX_QUEUED_EVENTS)', () => {
  it('holds the next 200 while the events already accepted wait for their replies to be worked out', async () => {
    const runtime = await testRuntime();
    const releases: (() => void)[] = [];
    const slowPipeline: PipelinePool = {
      respond: (incoming, now) =>
        new Promise<Reply>((resolve) => releases.push(() => resolve(respond(incoming, runtime, now)))),
      close: async () => undefined,
    };
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, pipeline: slowPipeline, env: { MAX_QUEUED_EVENTS: '1' } });
    try {
      const first = await postWebhook(bot.url, callbackBody([textEvent('こんにちは', 'rt-bp-1')]));
      expect(first.status).toBe(200);
      let secondAnswered = false;
      const second = postWebhook(bot.url, callbackBody([textEvent('こんばんは', 'rt-bp-2')])).then((r) => {
        secondAnswered = true;
        return r;
      });
      await pause(300);
      expect(secondAnswered).toBe(false);
      releases.shift()!();
      expect((await second).status).toBe(200);
      await pause(50);
      releases.shift()?.();
    } finally {
      await bot.close();
    }
  });
});
