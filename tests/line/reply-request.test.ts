import type { messagingApi } from '@line/bot-sdk';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplyRequester, replyBody, type ReplyRequester } from '../../src/line/reply-request.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { TEST_ACCESS_TOKEN } from '../support/signed-webhook.ts';

const flex: messagingApi.Message[] = [
  { type: 'text', text: 'すぐに電話を切ってください。「」\\"\n\u2028😀' },
  {
    type: 'flex',
    altText: '相談先',
    contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: '消費者ホットライン 188', wrap: true }] } },
  },
];

let fake: FakeLineApi;
let requester: ReplyRequester;
beforeAll(async () => {
  fake = await startFakeLineApi();
  requester = createReplyRequester({ channelAccessToken: TEST_ACCESS_TOKEN, baseUrl: fake.baseUrl, connectTimeoutMs: 1000 });
});
afterAll(async () => {
  await requester.close();
  await fake.close();
});

describe('reply body', () => {
  it('is byte for byte what JSON.stringify({replyToken, messages}) writes, for any token and text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.boolean(), (token, text, frozen) => {
        const messages: messagingApi.Message[] = [{ type: 'text', text }];
        if (frozen) Object.freeze(messages);
        const expected = JSON.stringify({ replyToken: token, messages });
        expect(replyBody(token, messages).toString('utf8')).toBe(expected);
        // A second token on the same (possibly remembered) reply gets its own body.
        expect(replyBody(`${token}2`, messages).toString('utf8')).toBe(JSON.stringify({ replyToken: `${token}2`, messages }));
      }),
    );
  });

  it('serialises an array that is not frozen afresh each time, so a change before the next send is sent', () => {
    const messages: messagingApi.Message[] = [{ type: 'text', text: '一回目' }];
    expect(JSON.parse(replyBody('t', messages).toString()).messages[0].text).toBe('一回目');
    (messages[0] as messagingApi.TextMessage).text = '二回目';
    expect(JSON.parse(replyBody('t', messages).toString()).messages[0].text).toBe('二回目');
  });
});

describe('reply request', () => {
  it('posts the reply with the access token to /v2/bot/message/reply and reports the request ID', async () => {
    fake.requests.length = 0;
    const shared = Object.freeze(flex.map((m) => Object.freeze(m)));
    const first = await requester.send('rt-one', shared, 1000);
    const second = await requester.send('rt-two', shared, 1000);
    expect(first).toEqual({ ok: true, requestId: expect.stringMatching(/^fake-/) });
    expect(second.ok).toBe(true);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/v2/bot/message/reply'],
      ['POST', '/v2/bot/message/reply'],
    ]);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    expect(fake.requests[0]!.headers['content-type']).toBe('application/json');
    expect(fake.requests.map((r) => r.json)).toEqual([
      { replyToken: 'rt-one', messages: flex },
      { replyToken: 'rt-two', messages: flex },
    ]);
  });

  it('reports an error status with its Retry-After, request ID and a masked excerpt of the body', async () => {
    fake.queue({ kind: 'status', status: 429, headers: { 'retry-after': '2' }, body: { message: 'slow down, call 090-1234-5678' } });
    const result = await requester.send('rt-429', flex, 1000);
    expect(result).toMatchObject({ ok: false, status: 429, failure: { kind: 'http', status: 429, retryAfterMs: 2000 }, requestId: expect.stringMatching(/^fake-/) });
    expect(result.ok ? '' : result.error).toContain('slow down');
    expect(result.ok ? '' : result.error).not.toContain('090-1234-5678');
  });

  it('gives up on a hung answer at its deadline and on a dropped connection, as timeout and network failures', async () => {
    fake.queue({ kind: 'hang' }, { kind: 'drop' });
    const started = Date.now();
    expect(await requester.send('rt-hang', flex, 200)).toMatchObject({ ok: false, failure: { kind: 'timeout' }, status: null });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await requester.send('rt-drop', flex, 1000)).toMatchObject({ ok: false, failure: { kind: 'network' }, status: null });
    expect((await requester.send('rt-after', flex, 1000)).ok).toBe(true);
  });
});
