import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { TEST_ACCESS_TOKEN, callbackBody, imageEvent as anyImageEvent, type ImageEventOptions } from '../support/signed-webhook.ts';
import { openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import type { OcrPool } from '../../src/images/ocr-pool.ts';
import { npmOcrPool } from '../support/test-ocr-pool.ts';
import { rememberingOcrPool } from '../support/remembering-ocr-pool.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { pause, postWebhook } from './post.ts';

/**
 * Images end to end through the webhook, against a stand-in LINE API that serves the bytes:
 * loading animation, content fetch, OCR on the pool, the answer by reply (or by push with a
 * retry key once the reply token would be stale), image sets answered once, bad images
 * answered politely, and nothing of the image or its text in any log line.
 */
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'images');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const USER = 'U4af4980629cccccccccccccccccccccc';

let fake: FakeLineApi;
let pool: OcrPool;
let runtime: Runtime;
const apps: RunningApp[] = [];

beforeAll(async () => {
  fake = await startFakeLineApi();
  runtime = await testRuntime();
  // The npm-only engine, as on a fresh `npm ci` machine; one pool for every app of this file.
  // Same bytes, same read: each distinct screenshot is read by the engine once per test worker (tests/images/ tests the reading).
  pool = rememberingOcrPool(npmOcrPool(8));
  await pool.warm();
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.close();
  await pool.close();
  await fake.close();
});

afterEach(() => {
  fake.requests.length = 0;
});

async function bot(env: Record<string, string> = {}, ownPool?: OcrPool): Promise<RunningApp> {
  const app = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, env: { IMAGE_SET_WAIT_MS: '3000', ...env }, ocrPool: ownPool ?? pool });
  apps.push(app);
  return app;
}

/** An image from the resident of these tests. */
const imageEvent = (messageId: string, options: ImageEventOptions = {}) => anyImageEvent(messageId, { source: { type: 'user', userId: USER }, ...options });

interface FlexLike {
  type: string;
  altText?: string;
  contents?: unknown;
  quickReply?: unknown;
}

const allText = (value: unknown): string => JSON.stringify(value);
/** The JSON without line breaks and spaces: a phone number OCR read across two lines of a bubble is still found. */
const flat = (value: unknown): string => allText(value).replace(/\\n|\s/g, '');

function expectValid(schema: string, body: unknown) {
  if (!openApiAvailable()) return;
  expect(validateSchema(schema, body)).toBeNull();
}

describe('an image message in a one-to-one chat', () => {
  it('starts the loading animation, fetches the bytes with the token, and replies with what was read, then the answer', async () => {
    const app = await bot();
    fake.contents.set('img-police', fixture('iphone-light-police.jpg'));
    const res = await postWebhook(app.url, callbackBody([imageEvent('img-police', { replyToken: 'reply-police' })]));
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 30_000);
    const loading = fake.requests.find((r) => r.path === '/v2/bot/chat/loading/start');
    expect(loading?.json).toMatchObject({ chatId: USER });
    expectValid('ShowLoadingAnimationRequest', loading?.json);
    const content = fake.requests.find((r) => r.path === '/v2/bot/message/img-police/content');
    expect(content?.method).toBe('GET');
    expect(content?.headers.authorization).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    const body = reply!.json as { replyToken: string; messages: FlexLike[] };
    expectValid('ReplyMessageRequest', body);
    expect(body.replyToken).toBe('reply-police');
    expect(body.messages.length).toBeLessThanOrEqual(5);
    expect(body.messages[0]!.altText).toBe('画像から読み取った文字');
    const first = flat(body.messages[0]);
    expect(first).toContain('050-3188-2041'); // the number is the evidence: kept
    expect(first).toMatch(/マイナンバーが犯罪に/);
    // Then the usual answer (a verdict card of its own).
    expect(body.messages.length).toBeGreaterThan(1);
    expect(fake.requests.some((r) => r.path.startsWith('/v2/bot/message/push'))).toBe(false);
  }, 60_000);

  it('hides a 12-digit number it read (a possible My Number) in the text it shows', async () => {
    const app = await bot();
    fake.contents.set('img-number', fixture('line-chat-shows-number.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('img-number')]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 30_000);
    const text = allText(reply!.json);
    expect(text).toContain('************');
    expect(text.replace(/\s/g, '')).not.toMatch(/4821.?7365/);
    expect(text).not.toContain('2094');
  }, 60_000);

  it('answers an image set once, reading the images in index order', async () => {
    const app = await bot();
    fake.contents.set('set-2', fixture('android-dark-refund.jpg'));
    fake.contents.set('set-1', fixture('iphone-light-police.jpg'));
    const set = (index: number) => ({ id: 'SET-ABC', index, total: 2 });
    // Delivered separately, the second first.
    await postWebhook(app.url, callbackBody([imageEvent('set-2', { replyToken: 'reply-set-2', imageSet: set(2) })]));
    await postWebhook(app.url, callbackBody([imageEvent('set-1', { replyToken: 'reply-set-1', imageSet: set(1) })]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 40_000);
    await pause(500);
    expect(fake.requests.filter((r) => r.path === '/v2/bot/message/reply')).toHaveLength(1);
    const first = flat((reply!.json as { messages: unknown[] }).messages[0]);
    expect(first).toContain('2枚の画像');
    expect(first.indexOf('050-3188-2041')).toBeGreaterThan(-1);
    expect(first.indexOf('050-3188-2041')).toBeLessThan(first.indexOf('28,400'));
  }, 60_000);

  it('pushes with an X-Line-Retry-Key when the reply token would be stale, and retries with the same key', async () => {
    const app = await bot({ IMAGE_REPLY_WINDOW_MS: '0', LINE_RETRY_BASE_MS: '10' });
    fake.contents.set('img-late', fixture('android-dark-refund.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('img-late')]));
    // The first push fails with 500 (after the content and loading calls answer 200).
    const before = fake.requests.length;
    void before;
    await fake.waitFor(1, '/v2/bot/message/img-late/content', 10_000);
    fake.queue({ kind: 'status', status: 500 });
    const pushes = await fake.waitFor(2, '/v2/bot/message/push', 40_000);
    expect(fake.requests.some((r) => r.path === '/v2/bot/message/reply')).toBe(false);
    const keys = pushes.map((p) => p.headers['x-line-retry-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    const body = pushes[1]!.json as { to: string; messages: FlexLike[] };
    expectValid('PushMessageRequest', body);
    expect(body.to).toBe(USER);
    expect(body.messages[0]!.altText).toBe('画像から読み取った文字');
  }, 60_000);

  it('answers bytes that are not an image, and an empty file, politely', async () => {
    const app = await bot();
    fake.contents.set('img-html', Buffer.from('<html>not an image</html>'));
    fake.contents.set('img-empty', Buffer.alloc(0));
    const truncated = fixture('mail-mail.jpg');
    fake.contents.set('img-cut', truncated.subarray(0, truncated.length >> 1));
    await postWebhook(app.url, callbackBody([imageEvent('img-html'), imageEvent('img-empty'), imageEvent('img-cut')]));
    const replies = await fake.waitFor(3, '/v2/bot/message/reply', 30_000);
    for (const r of replies) {
      const message = (r.json as { messages: FlexLike[] }).messages[0]!;
      expect(message.altText).toBe('画像を開けませんでした');
      expect(message.quickReply).toBeDefined();
    }
    expect(app.logs.text()).toMatch(/image read/);
  }, 60_000);

  it('refuses an image over IMAGE_MAX_BYTES before decoding it', async () => {
    const app = await bot({ IMAGE_MAX_BYTES: '4096' });
    fake.contents.set('img-big', fixture('mail-mail.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('img-big')]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 30_000);
    expect((reply!.json as { messages: FlexLike[] }).messages[0]!.altText).toBe('画像が大きすぎます');
    expect(app.logs.text()).toContain('image content could not be fetched');
  }, 60_000);

  it('an image whose content LINE does not hold (contentProvider external) keeps the old media reply', async () => {
    const app = await bot();
    await postWebhook(app.url, callbackBody([imageEvent('img-ext', { provider: 'external' })]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 10_000);
    expect(fake.requests.some((r) => r.path.includes('/content'))).toBe(false);
    expect(allText(reply!.json)).toContain('文字で送ってください');
  }, 30_000);
});

describe('back-pressure', () => {
  it('a full queue gets 「混み合っています」 at once, and a text sent meanwhile is answered without waiting for the images', async () => {
    const small = npmOcrPool(0);
    await small.warm();
    try {
      const app = await bot({}, small);
      fake.contents.set('busy-1', fixture('mail-mail.jpg'));
      fake.contents.set('busy-2', fixture('paper-photo-paper.jpg'));
      const started = Date.now();
      await postWebhook(app.url, callbackBody([imageEvent('busy-1', { replyToken: 'busy-r1' }), imageEvent('busy-2', { replyToken: 'busy-r2' })]));
      const text = {
        ...imageEvent('x'),
        replyToken: 'busy-text',
        message: { id: 'text-1', type: 'text', quoteToken: 'q', text: '市役所の職員から電話でマイナンバーを聞かれました' },
      };
      await postWebhook(app.url, callbackBody([text]));
      const replies = await fake.waitFor(2, '/v2/bot/message/reply', 10_000);
      const byToken = new Map(replies.map((r) => [(r.json as { replyToken: string }).replyToken, r.json as { messages: FlexLike[] }]));
      // The text and the refused image are answered before the other image has been read.
      expect(byToken.has('busy-text')).toBe(true);
      const busy = [...byToken.values()].find((b) => b.messages[0]?.altText === 'ただいま混み合っています');
      expect(busy).toBeDefined();
      expect(Date.now() - started).toBeLessThan(10_000);
      await fake.waitFor(3, '/v2/bot/message/reply', 30_000);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe('privacy', () => {
  it('no log line carries the read text or the bytes; with LOG_MESSAGE_TEXT the read text is logged masked', async () => {
    const quiet = await bot();
    const verbose = await bot({ LOG_MESSAGE_TEXT: 'true' });
    const bytes = fixture('iphone-light-police.jpg');
    fake.contents.set('img-privacy', bytes);
    await postWebhook(quiet.url, callbackBody([imageEvent('img-privacy')]));
    await postWebhook(verbose.url, callbackBody([imageEvent('img-privacy')]));
    await fake.waitFor(2, '/v2/bot/message/reply', 40_000);
    await pause(200);
    const quietLogs = quiet.logs.text();
    expect(quietLogs).toContain('image read');
    for (const fragment of ['警察庁', '犯罪', '3188', '2041', USER, bytes.subarray(0, 48).toString('base64'), 'reply-image']) {
      expect(quietLogs).not.toContain(fragment);
    }
    const verboseLogs = verbose.logs.text();
    expect(verboseLogs).toMatch(/マイナンバーが犯罪/); // logged, as typed text is with the setting on
    expect(verboseLogs).not.toContain('3188-2041'); // … masked
    expect(verboseLogs).not.toContain(USER);
  }, 60_000);
});
