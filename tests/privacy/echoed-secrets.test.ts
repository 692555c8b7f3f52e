import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, sign, textEvent } from '../support/signed-webhook.ts';
import { errorBodySummary } from '../../src/line/reply-request.ts';

/** Issue #17 item 7: what an error answer or a URL echoes back must not reach the log. */
const REPLY_TOKEN = 'b9Xq0echoedReplyToken7Hk2mZ';
const QUERY_SECRET = 'qs7Zp0secretInTheQuery';

let fake: FakeLineApi;
let bot: RunningApp;
beforeAll(async () => {
  fake = await startFakeLineApi();
  bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: { LOG_LEVEL: 'trace' } });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

describe('a LINE error answer that echoes the request', () => {
  it('logs LINE\'s message and details, never the reply token or the reply it echoes', async () => {
    fake.requests.length = 0;
    fake.queue({
      kind: 'status',
      status: 400,
      body: {
        message: `Invalid reply token: ${REPLY_TOKEN}`,
        details: [{ property: 'replyToken', message: 'must be a valid token' }],
        request: { replyToken: REPLY_TOKEN, messages: [{ type: 'text', text: '警察相談専用電話 #9110 にお電話ください' }] },
        sentReplyToken: REPLY_TOKEN,
      },
    });
    const body = callbackBody([textEvent('マイナンバーカードの暗証番号を電話で聞かれました', REPLY_TOKEN)]);
    const res = await fetch(`${bot.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) }, body });
    expect(res.status).toBe(200);
    await fake.waitFor(1, '/v2/bot/message/reply');
    await waitForLog(bot, 'LINE reply failed');
    const log = bot.logs.text();
    const failed = bot.logs.lines.find((l) => l.includes('LINE reply failed'))!;
    expect(failed).toContain('Invalid reply token');
    expect(failed).toContain('replyToken: must be a valid token');
    expect(log).not.toContain(REPLY_TOKEN);
    expect(log).not.toContain('#9110 にお電話');
    expect(log).not.toContain('sentReplyToken');
  });

  it('keeps only message and details of any error body (unit)', () => {
    expect(errorBodySummary(JSON.stringify({ message: 'bad', details: [{ property: 'messages[0].text', message: 'too long' }], echo: 'X' }), REPLY_TOKEN)).toBe(
      'bad; messages[0].text: too long',
    );
    expect(errorBodySummary(`<html>${REPLY_TOKEN}</html>`, REPLY_TOKEN)).not.toContain(REPLY_TOKEN);
    const masked = errorBodySummary(JSON.stringify({ message: `token ${REPLY_TOKEN} and 090-1234-5678` }), REPLY_TOKEN);
    expect(masked).toMatch(/^token \[reply token\] and \[/);
    expect(masked).not.toContain('090-1234-5678');
    expect(errorBodySummary(JSON.stringify({ message: 'x'.repeat(5000) }), REPLY_TOKEN).length).toBeLessThanOrEqual(301);
  });
});

describe('a request for a path no route serves', () => {
  it('is answered 404 and logged with its method and path, never its query', async () => {
    const before = bot.logs.lines.length;
    for (const [method, url] of [
      ['GET', `/webhook?replyToken=${REPLY_TOKEN}&secret=${QUERY_SECRET}`],
      ['GET', `/nowhere?tel=09012345678&secret=${QUERY_SECRET}`],
      ['POST', `/v2/anything?secret=${QUERY_SECRET}`],
    ] as const) {
      const res = await fetch(`${bot.url}${url}`, { method });
      expect(res.status, url).toBe(404);
    }
    const lines = bot.logs.lines.slice(before).join('\n');
    expect(lines).toContain('/nowhere');
    expect(lines).not.toContain(QUERY_SECRET);
    expect(lines).not.toContain(REPLY_TOKEN);
    expect(lines).not.toContain('09012345678');
    expect(lines).not.toContain('?');
  });
});

async function waitForLog(app: RunningApp, text: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!app.logs.text().includes(text)) {
    if (Date.now() > deadline) throw new Error(`no log line with ${text}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
