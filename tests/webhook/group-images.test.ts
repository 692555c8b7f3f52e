import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { messagingApi } from '@line/bot-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { FAMILY_GROUP, callbackBody, imageEvent as anyImageEvent, type ChatSource, type ImageEventOptions } from '../support/signed-webhook.ts';
import { openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { renderSms } from '../support/render-screenshots.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { fixedStoreSlot } from '../../src/store/store-slot.ts';
import type { OcrPool } from '../../src/images/ocr-pool.ts';
import { npmOcrPool } from '../support/test-ocr-pool.ts';
import { rememberingOcrPool } from '../support/remembering-ocr-pool.ts';
import { ocrReaders } from '../support/descendant-processes.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { knowledge } from '../replies/fixtures.ts';
import { pause, postWebhook } from './post.ts';

/**
 * Images sent in a family group or room, through the webhook against a stand-in LINE API that
 * serves the bytes: read like one-to-one images, then the group rule as for typed text — one
 * short answer quoting the image on a sure scam, silence for everything else (family photos,
 * ordinary text, images that cannot be read: never 「読み取れませんでした」 in a group); no
 * loading animation (LINE has it for one-to-one chats only); a push to the group itself when
 * the reply token would be stale; a burst of group photos never pushes out a resident's own image.
 */
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'images');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const MEMBER = FAMILY_GROUP.userId!;
const GROUP_ID = (FAMILY_GROUP as { groupId: string }).groupId;
const ROOM: ChatSource = { type: 'room', roomId: 'R0123456789abcdef0123456789abcdef', userId: 'U4af4980629eeeeeeeeeeeeeeeeeeeeee' };
const ONE_TO_ONE_USER = 'U4af4980629ffffffffffffffffffffff';
const k = knowledge();

let fake: FakeLineApi;
let pool: OcrPool;
let runtime: Runtime;
let photo: Buffer;
let familyNote: Buffer;
const apps: RunningApp[] = [];

/** A holiday snapshot stand-in: sky, hills, the sun, two people's shapes — no text at all. */
async function familyPhoto(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720">' +
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5b9bd5"/><stop offset="1" stop-color="#cfe3f5"/></linearGradient></defs>' +
    '<rect width="960" height="720" fill="url(#sky)"/><circle cx="780" cy="140" r="70" fill="#ffd966"/>' +
    '<ellipse cx="300" cy="720" rx="520" ry="260" fill="#6aa84f"/><ellipse cx="800" cy="740" rx="460" ry="220" fill="#38761d"/>' +
    '<circle cx="400" cy="380" r="48" fill="#f4cccc"/><rect x="350" y="430" width="100" height="200" rx="40" fill="#c00000"/>' +
    '<circle cx="560" cy="400" r="40" fill="#f4cccc"/><rect x="515" y="445" width="90" height="180" rx="36" fill="#1f4e79"/></svg>';
  return sharp(Buffer.from(svg)).blur(1.2).jpeg({ quality: 80 }).toBuffer();
}

beforeAll(async () => {
  fake = await startFakeLineApi();
  runtime = await testRuntime();
  // Same bytes, same read: each distinct screenshot is read by the engine once per test worker (tests/images/ tests the reading).
  pool = rememberingOcrPool(npmOcrPool(8));
  photo = await familyPhoto();
  // A screenshot of ordinary family text: read, but the group rule says nothing to warn about.
  familyNote = (await renderSms({ id: 'family', sender: '母', body: '明日は10時に駅の改札で待ち合わせね。お昼はみんなでお寿司にしよう。お父さんも来るって' }, 'iphone-light')).bytes;
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

async function bot(env: Record<string, string> = {}, options: { pool?: OcrPool; store?: TestStore } = {}): Promise<RunningApp> {
  const app = await startTestApp({
    lineApiBaseUrl: fake.baseUrl,
    runtime,
    env: { IMAGE_SET_WAIT_MS: '3000', ...env },
    ocrPool: options.pool ?? pool,
    ...(options.store ? { store: fixedStoreSlot(options.store.store) } : {}),
  });
  apps.push(app);
  return app;
}

/** An image in the family group unless `source` says otherwise. */
const imageEvent = (messageId: string, options: ImageEventOptions = {}) => anyImageEvent(messageId, { source: FAMILY_GROUP, ...options });

const flat = (value: unknown): string => JSON.stringify(value).replace(/\\n|\s/g, '');

function expectValid(schema: string, body: unknown) {
  if (!openApiAvailable()) return;
  expect(validateSchema(schema, body)).toBeNull();
}

/** The reply sent with `token`, once it arrives. */
async function replyTo(token: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.requests.find((r) => r.path === '/v2/bot/message/reply' && (r.json as { replyToken?: string }).replyToken === token);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no reply with ${token}`);
    await pause(100);
  }
}

const sends = () => fake.requests.filter((r) => r.path === '/v2/bot/message/reply' || r.path === '/v2/bot/message/push');
const loadingCalls = () => fake.requests.filter((r) => r.path === '/v2/bot/chat/loading/start');

/** Waits until the app logged `line` `count` times (the image was handled), then a little longer for a stray send. */
async function handled(app: RunningApp, line: string, count = 1, timeoutMs = 40_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (app.logs.count(line) < count) {
    if (Date.now() > until) throw new Error(`timed out waiting for log line "${line}"`);
    await pause(100);
  }
  await pause(300);
}

describe('a scam screenshot in a group', () => {
  it('gets one reply for everyone, quoting the image, starting with what was read; no loading animation', async () => {
    const app = await bot();
    fake.contents.set('g-police', fixture('iphone-light-police.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('g-police', { replyToken: 'reply-g-police' })]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 40_000);
    await pause(300);
    const body = reply!.json as messagingApi.ReplyMessageRequest;
    expectValid('ReplyMessageRequest', body);
    expect(body.replyToken).toBe('reply-g-police');
    expect(sends()).toHaveLength(1);
    expect(fake.requests.some((r) => r.path === '/v2/bot/message/g-police/content')).toBe(true);
    expect(loadingCalls()).toHaveLength(0);
    const messages = body.messages as (messagingApi.Message & { altText?: string })[];
    // What was read first (the number kept as the evidence), then the group's short card.
    expect(messages[0]!.altText).toBe(k.replies.images.read.title);
    expect(flat(messages[0])).toContain('050-3188-2041');
    const quoting = messages.filter((m) => m.type === 'text' && (m as messagingApi.TextMessage).quoteToken);
    expect(quoting).toHaveLength(1);
    expect((quoting[0] as messagingApi.TextMessage).quoteToken).toBe('quote-g-police');
    expect(JSON.stringify(messages)).toContain(k.replies.groups.reply.greeting);
    // The short group card: no topic chips (a tap would post a full answer to the group).
    expect(messages.some((m) => m.quickReply)).toBe(false);
    expect(messages.length).toBeLessThanOrEqual(5);
  }, 60_000);

  it('read unsure (OCR_LOW_CONFIDENCE) still gets the short card only: the 「一部読み取れませんでした」 line, no topic chips', async () => {
    const app = await bot({ OCR_LOW_CONFIDENCE: '1' });
    fake.contents.set('g-unsure', fixture('iphone-light-police.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('g-unsure', { replyToken: 'reply-g-unsure' })]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 40_000);
    const body = reply!.json as messagingApi.ReplyMessageRequest;
    expectValid('ReplyMessageRequest', body);
    expect(JSON.stringify(body.messages[0])).toContain(k.replies.images.read.lowConfidence);
    expect(body.messages.some((m) => m.quickReply)).toBe(false);
  }, 60_000);

  it('in a room, when the reply token would be stale, is pushed to the room (not the member) with a retry key', async () => {
    const app = await bot({ IMAGE_REPLY_WINDOW_MS: '0' });
    fake.contents.set('r-refund', fixture('android-dark-refund.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('r-refund', { source: ROOM })]));
    const [push] = await fake.waitFor(1, '/v2/bot/message/push', 40_000);
    await pause(300);
    expect(fake.requests.some((r) => r.path === '/v2/bot/message/reply')).toBe(false);
    expect(loadingCalls()).toHaveLength(0);
    expect(push!.headers['x-line-retry-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const body = push!.json as messagingApi.PushMessageRequest;
    expectValid('PushMessageRequest', body);
    expect(body.to).toBe((ROOM as { roomId: string }).roomId);
    expect((body.messages[0] as { altText?: string }).altText).toBe(k.replies.images.read.title);
    expect(body.messages.some((m) => (m as messagingApi.TextMessage).quoteToken === 'quote-r-refund')).toBe(true);
  }, 60_000);

  it('an image set of two scam screenshots is answered once', async () => {
    const app = await bot();
    fake.contents.set('gs-1', fixture('iphone-light-police.jpg'));
    fake.contents.set('gs-2', fixture('android-dark-refund.jpg'));
    const set = (index: number) => ({ id: 'GSET-1', index, total: 2 });
    await postWebhook(app.url, callbackBody([imageEvent('gs-2', { replyToken: 'reply-gs-2', imageSet: set(2) })]));
    await postWebhook(app.url, callbackBody([imageEvent('gs-1', { replyToken: 'reply-gs-1', imageSet: set(1) })]));
    const [reply] = await fake.waitFor(1, '/v2/bot/message/reply', 40_000);
    await pause(800);
    expect(sends()).toHaveLength(1);
    const messages = (reply!.json as messagingApi.ReplyMessageRequest).messages;
    expectValid('ReplyMessageRequest', reply!.json);
    expect(flat(messages[0])).toContain('2枚の画像');
    expect(messages.filter((m) => (m as messagingApi.TextMessage).quoteToken)).toHaveLength(1);
  }, 60_000);
});

describe('anything else in a group gets no reply at all', () => {
  it('a family photo (no text), a screenshot of ordinary family text, and files that are not images', async () => {
    const app = await bot();
    fake.contents.set('g-photo', photo);
    fake.contents.set('g-note', familyNote);
    fake.contents.set('g-html', Buffer.from('<html>not an image</html>'));
    fake.contents.set('g-empty', Buffer.alloc(0));
    await postWebhook(app.url, callbackBody([imageEvent('g-photo'), imageEvent('g-note'), imageEvent('g-html'), imageEvent('g-empty'), imageEvent('g-missing')]));
    await handled(app, '"event handled"', 5, 60_000);
    expect(sends()).toHaveLength(0);
    expect(loadingCalls()).toHaveLength(0);
    // They were fetched and read (not skipped); the log says why each stayed silent.
    for (const id of ['g-photo', 'g-note', 'g-html', 'g-empty']) expect(fake.requests.some((r) => r.path === `/v2/bot/message/${id}/content`)).toBe(true);
    const logs = app.logs.text();
    expect(logs).toMatch(/group image not answered: staying silent[^\n]*"problem":"no_text"|"problem":"no_text"[^\n]*group image not answered/);
    expect(logs).toMatch(/"problem":"unreadable"/);
    // The family note was read as text, and the group rule chose silence.
    expect(logs).toMatch(/"kind":"text"[^\n]*"decision":null[^\n]*event handled|event handled[^\n]*"kind":"text"[^\n]*"decision":null/);
  }, 90_000);

  it('an image larger than IMAGE_MAX_BYTES is not answered in a group (one-to-one it would be)', async () => {
    const app = await bot({ IMAGE_MAX_BYTES: '4096' });
    fake.contents.set('g-big', fixture('mail-mail.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('g-big')]));
    await handled(app, 'group image not answered');
    expect(sends()).toHaveLength(0);
    expect(app.logs.text()).toContain('"problem":"too_large"');
  }, 30_000);

  it('with GROUP_IMAGE_READING=false a group image is not even fetched', async () => {
    const app = await bot({ GROUP_IMAGE_READING: 'false' });
    fake.contents.set('g-off', fixture('iphone-light-police.jpg'));
    await postWebhook(app.url, callbackBody([imageEvent('g-off')]));
    await handled(app, '"event handled"');
    expect(sends()).toHaveLength(0);
    expect(fake.requests.some((r) => r.path.includes('/content'))).toBe(false);
  }, 30_000);
});

describe('a burst of group images', () => {
  // The reader is held still (SIGSTOP, found through Linux's /proc) while the burst comes, so the queue is full when the resident's image comes
  // without paying for slow reads (photos of paper did this before, at seconds of CPU each).
  it.runIf(existsSync('/proc/self/task'))('never takes a one-to-one image’s place in the queue: the resident’s image is read next, surplus group images stay silent', async () => {
    // One reader, one waiting place: the worst case for a burst.
    const before = new Set(ocrReaders());
    const small = npmOcrPool(1);
    await small.warm();
    const reader = ocrReaders().find((pid) => !before.has(pid))!;
    expect(reader).toBeDefined();
    try {
      const app = await bot({}, { pool: small });
      fake.contents.set('b-group', fixture('android-dark-refund.jpg'));
      fake.contents.set('b-mine', fixture('iphone-light-police.jpg'));
      process.kill(reader, 'SIGSTOP');
      // Four group images: one is being read (by the held reader), one waits, two are turned away (silently).
      await postWebhook(app.url, callbackBody([imageEvent('b-group'), imageEvent('b-group'), imageEvent('b-group'), imageEvent('b-group')]));
      const until = Date.now() + 20_000;
      while (!(small.load().running === 1 && small.load().queued === 1) && Date.now() < until) await pause(20);
      expect(small.load()).toEqual({ running: 1, queued: 1 });
      await handled(app, 'image reader busy: group image not read', 2, 20_000);
      // A resident's own image now: the queue is full, yet it is not refused — it takes the waiting group image's place.
      await postWebhook(app.url, callbackBody([imageEvent('b-mine', { source: { type: 'user', userId: ONE_TO_ONE_USER }, replyToken: 'reply-mine' })]));
      await handled(app, 'image reader busy: group image not read', 3, 5_000);
      expect(small.load()).toEqual({ running: 1, queued: 1 });
      process.kill(reader, 'SIGCONT');
      // (The group screenshot being read is itself a scam message: the group may get its answer too.)
      const mine = await replyTo('reply-mine', 60_000);
      expect(((mine!.json as messagingApi.ReplyMessageRequest).messages[0] as { altText?: string }).altText).toBe(k.replies.images.read.title);
      expect(app.logs.count('image reader busy: group image not read')).toBe(3);
      // The one-to-one image got the loading animation; no group image did.
      expect(loadingCalls().map((r) => (r.json as { chatId: string }).chatId)).toEqual([ONE_TO_ONE_USER]);
    } finally {
      process.kill(reader, 'SIGCONT');
      await small.close();
    }
  }, 120_000);
});

describe('recording and privacy', () => {
  it('records group images for the console (input image, chat group, silent or not) and logs none of their text or IDs', async () => {
    const store = await createTestStore('embedded');
    try {
      const app = await bot({}, { store });
      fake.contents.set('rec-scam', fixture('iphone-light-police.jpg'));
      fake.contents.set('rec-photo', photo);
      await postWebhook(app.url, callbackBody([imageEvent('rec-scam', { replyToken: 'reply-rec-scam' })]));
      await fake.waitFor(1, '/v2/bot/message/reply', 40_000);
      await postWebhook(app.url, callbackBody([imageEvent('rec-photo')]));
      await handled(app, '"event handled"', 2);
      await app.app.recorder!.flush();
      const rows = (await store.store.query<Record<string, unknown>>('SELECT chat, input, decision, silent FROM events, generate_series(1, n) ORDER BY id')).rows;
      expect(rows).toEqual([
        { chat: 'group', input: 'image', decision: 'group_answer', silent: false },
        { chat: 'group', input: 'image', decision: null, silent: true },
      ]);
      const logs = app.logs.text();
      expect(logs).toContain('image read');
      for (const fragment of ['警察庁', '犯罪', '3188', '2041', MEMBER, GROUP_ID, 'reply-rec-scam', 'quote-rec-scam']) expect(logs).not.toContain(fragment);
    } finally {
      await store.drop();
    }
  }, 60_000);
});
