import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { TEST_ACCESS_TOKEN, TEST_CHANNEL_SECRET, callbackBody, sign, textEvent } from '../support/signed-webhook.ts';

const RAW_USER_ID = 'U4af4980629bbbbbbbbbbbbbbbbbbbbbb';
const REPLY_TOKEN = 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA';

/** Personal data sent in messages, and how each must never show up in a log (also with separators stripped). */
const SECRETS_IN_MESSAGES = {
  myNumberSpaced: '1234 5678 9018',
  myNumberFullWidth: '１２３４ ５６７８ ９０１８',
  myNumberHyphenated: '1234-5678-9018',
  myNumberDigits: '123456789018',
  phone: '090-1234-5678',
  phoneDigits: '09012345678',
  email: 'taro.yamada@example.com',
};

const MESSAGES = [
  `市役所の者だと名乗る人にマイナンバー ${SECRETS_IN_MESSAGES.myNumberSpaced} を教えてしまいました`,
  `カードの番号は${SECRETS_IN_MESSAGES.myNumberFullWidth}です`,
  `通知カードに ${SECRETS_IN_MESSAGES.myNumberHyphenated} と書いてあります`,
  `折り返しは ${SECRETS_IN_MESSAGES.phone} に、メールは ${SECRETS_IN_MESSAGES.email} に送ると言われました`,
  `転送します：${'【重要】カードの更新手続きが必要です。'.repeat(150)}連絡先 ${SECRETS_IN_MESSAGES.phone}`,
];

async function exercise(bot: RunningApp, fake: FakeLineApi): Promise<string> {
  const post = (body: string, signature = sign(body), path = '/webhook') =>
    fetch(`${bot.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': signature }, body });
  const events = MESSAGES.map((text, i) => ({ ...textEvent(text, `${REPLY_TOKEN}${i}`), source: { type: 'user', userId: RAW_USER_ID } }));
  // Normal deliveries, one answered after a 500 and one whose reply finally fails with a body echoing personal data.
  fake.queue(
    { kind: 'status', status: 500 },
    { kind: 'status', status: 400, body: { message: `echo ${SECRETS_IN_MESSAGES.phone} ${SECRETS_IN_MESSAGES.email} ${SECRETS_IN_MESSAGES.myNumberSpaced}` } },
  );
  for (const event of events) expect((await post(callbackBody([event]))).status).toBe(200);
  await fake.waitFor(MESSAGES.length + 1, '/v2/bot/message/reply');
  // The same event again (redelivery), a forged signature, malformed JSON, a query string, an oversized body.
  const again = callbackBody([{ ...events[0]!, deliveryContext: { isRedelivery: true } }]);
  expect((await post(again)).status).toBe(200);
  expect((await post(callbackBody([events[1]!]), sign('other body'))).status).toBe(401);
  const malformed = `{"events":[{"replyToken":"${REPLY_TOKEN}","text":"${SECRETS_IN_MESSAGES.myNumberSpaced}"`;
  expect((await post(malformed)).status).toBe(400);
  const query = `/webhook?user=${RAW_USER_ID}&tel=${SECRETS_IN_MESSAGES.phoneDigits}`;
  expect((await post(callbackBody([]), sign(callbackBody([])), query)).status).toBe(200);
  const huge = callbackBody([{ ...events[0]!, message: { type: 'text', id: '1', text: MESSAGES[0]!.repeat(40_000) } }]);
  expect((await post(huge)).status).toBe(413);
  await new Promise((r) => setTimeout(r, 400));
  return bot.logs.text();
}

function expectNothingSensitive(log: string, signatures: string[]): void {
  for (const [name, value] of Object.entries(SECRETS_IN_MESSAGES)) {
    expect(log, `log contains ${name}`).not.toContain(value);
  }
  expect(log).not.toContain(TEST_CHANNEL_SECRET);
  expect(log).not.toContain(TEST_ACCESS_TOKEN);
  expect(log).not.toContain(REPLY_TOKEN);
  expect(log).not.toContain(RAW_USER_ID);
  expect(log).not.toMatch(/U[0-9a-f]{32}/);
  for (const signature of signatures) expect(log).not.toContain(signature);
}

describe.each([
  ['off', 'false'],
  ['on', 'true'],
])('log lines at LOG_LEVEL=trace with LOG_MESSAGE_TEXT %s', (_label, logText) => {
  let fake: FakeLineApi;
  let bot: RunningApp;
  let log = '';

  beforeAll(async () => {
    fake = await startFakeLineApi();
    bot = await startTestApp({
      lineApiBaseUrl: fake.baseUrl,
      runtime: await testRuntime(),
      env: { LOG_LEVEL: 'trace', LOG_MESSAGE_TEXT: logText, LINE_RETRY_BASE_MS: '10', RATE_LIMIT_PER_MINUTE: '100' },
    });
    log = await exercise(bot, fake);
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it('were written (the test reads real output: requests, events, retries, failures)', () => {
    expect(bot.logs.lines.length).toBeGreaterThan(10);
    expect(log).toContain('event handled');
    expect(log).toContain('LINE reply failed');
    expect(log).toContain('event already handled; skipped');
  });

  it('hold no My Number, phone, e-mail, secret, token, signature or raw user ID', () => {
    const signatures = MESSAGES.map((text) => sign(callbackBody([textEvent(text)])));
    expectNothingSensitive(log, signatures);
  });

  it('identify the resident only by the keyed hash', () => {
    const handled = bot.logs.lines.filter((l) => l.includes('"event handled"')).map((l) => JSON.parse(l) as { user: string });
    expect(handled.length).toBe(MESSAGES.length);
    expect(new Set(handled.map((l) => l.user)).size).toBe(1);
    expect(handled[0]!.user).toMatch(/^u_[A-Za-z0-9_-]{16}$/);
  });

  it(logText === 'true' ? 'include the message text, masked' : 'do not include the message text', () => {
    const handled = bot.logs.lines.filter((l) => l.includes('"event handled"')).map((l) => JSON.parse(l) as { text?: string });
    if (logText === 'true') {
      expect(handled.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringContaining('[number:12]'), expect.stringContaining('[email]')]));
      // A long message is cut in the log line (after masking).
      expect(Math.max(...handled.map((l) => (l.text ?? '').length))).toBeLessThanOrEqual(1100);
    } else {
      expect(handled.every((l) => l.text === undefined)).toBe(true);
      expect(log).not.toContain('市役所の者だと名乗る人');
    }
  });
});

describe('logger redaction', () => {
  it('removes tokens, signatures, secrets and raw user IDs wherever the bot could pass them', async () => {
    const { captureLogger } = await import('../support/log-capture.ts');
    const { logger, text } = captureLogger('info');
    const event = { type: 'message', replyToken: REPLY_TOKEN, userId: RAW_USER_ID, source: { type: 'user', userId: RAW_USER_ID } };
    logger.info({ replyToken: REPLY_TOKEN, userId: RAW_USER_ID, source: { userId: RAW_USER_ID } }, 'flat');
    logger.info({ event }, 'event');
    logger.info({ request: { replyToken: REPLY_TOKEN, messages: [] } }, 'request');
    logger.info({ headers: { 'x-line-signature': 'c2lnbmF0dXJl' }, authorization: `Bearer ${TEST_ACCESS_TOKEN}`, signature: 'c2lnbmF0dXJl' }, 'headers');
    logger.info({ channelSecret: TEST_CHANNEL_SECRET, channelAccessToken: TEST_ACCESS_TOKEN, config: { line: { channelSecret: TEST_CHANNEL_SECRET } } }, 'config');
    logger.child({ replyToken: REPLY_TOKEN, userId: RAW_USER_ID }).info('child bindings');
    const out = text();
    expect(out.split('\n')).toHaveLength(6);
    for (const secret of [REPLY_TOKEN, RAW_USER_ID, 'c2lnbmF0dXJl', TEST_ACCESS_TOKEN, TEST_CHANNEL_SECRET]) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});
