import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, followEvent, groupTextEvent, postbackEvent, stickerEvent, textEvent } from '../support/signed-webhook.ts';
import { postWebhook, pause } from '../webhook/post.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { fixedStoreSlot } from '../../src/store/store-slot.ts';
import { dumpAllTables, piecesOf } from '../support/dump-tables.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { testPgliteTemplate } from '../support/pglite-template.ts';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { migrate } from '../../src/store/migrations.ts';

const SCAM = '市役所の職員を名乗る人から電話があり、マイナンバーと口座番号を教えてと言われました';
const OUT_OF_SCOPE = '明日の天気と近所のおいしいラーメン屋を教えてください';
const WITH_CONTACT = '090-1234-5678 から「マイナンバーカードの期限が切れます」とSMS、返信は taro@example.com へ、とありました 1234 5678 9012';
const GROUP_CHAT = '今日の夕飯はカレーにしようか';

describe.each(STORE_KINDS)('recording handled events (%s)', (kind) => {
  let fake: FakeLineApi;
  let bot: RunningApp;
  let t: TestStore;
  const sent: { texts: string[]; replyTokens: string[] } = { texts: [SCAM, OUT_OF_SCOPE, WITH_CONTACT, GROUP_CHAT], replyTokens: [] };

  beforeAll(async () => {
    t = await createTestStore(kind);
    fake = await startFakeLineApi();
    bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), store: fixedStoreSlot(t.store), env: { STORE_UNANSWERED_TEXT: 'true' } });
    const events = [
      textEvent(SCAM, 'reply-token-rec-scam'),
      textEvent(OUT_OF_SCOPE, 'reply-token-rec-oos'),
      textEvent(WITH_CONTACT, 'reply-token-rec-contact'),
      postbackEvent('v1|fb|yes|scam.fake_official_call', 'reply-token-rec-fb-yes'),
      postbackEvent('v1|fb|no|faq.lost_card', 'reply-token-rec-fb-no'),
      stickerEvent('reply-token-rec-sticker'),
      followEvent('reply-token-rec-follow'),
      groupTextEvent(GROUP_CHAT, { replyToken: 'reply-token-rec-group' }),
    ];
    sent.replyTokens = events.map((e) => e['replyToken'] as string);
    expect((await postWebhook(bot.url, callbackBody(events))).status).toBe(200);
    await fake.waitFor(7, '/v2/bot/message/reply');
    await pause(100);
    await bot.app.recorder!.flush();
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await t?.drop();
  });

  const q = <R>(store: SqlStore, sql: string) => store.query<R>(sql).then((r) => r.rows);

  it('keeps what happened for every handled event', async () => {
    // A row stands for n alike events written together (the two feedback taps share one): expanded here.
    const rows = await q<Record<string, unknown>>(
      t.store,
      'SELECT day::text AS day, hour, source, chat, input, decision, intent, scenario, confidence_band, flags, red_flags, silent FROM events, generate_series(1, n) ORDER BY id',
    );
    expect(rows).toHaveLength(8);
    // BOT_NOW of the test app is 2026-11-24T14:00+09:00, but events carry LINE's timestamp.
    expect(rows.map((r) => r['input'])).toEqual(['text', 'text', 'text', 'postback', 'postback', 'sticker', 'follow', 'text']);
    expect(rows[0]).toMatchObject({ source: 'line', chat: 'user', decision: 'answer', intent: expect.stringMatching(/^scam\./), silent: false });
    expect(rows[0]?.['scenario']).toBe(rows[0]?.['intent']);
    expect(rows[1]).toMatchObject({ intent: 'meta.out_of_scope' });
    expect(rows[3]).toMatchObject({ input: 'postback', scenario: null });
    expect(rows[2]?.['red_flags']).toContain('phone');
    expect(rows[7]).toMatchObject({ chat: 'group', silent: true });
  });

  it('keeps the 「役に立ちましたか？」 answers as intent and yes/no', async () => {
    const rows = await q(t.store, 'SELECT intent, helpful FROM feedback ORDER BY id');
    expect(rows).toEqual([
      { intent: 'scam.fake_official_call', helpful: true },
      { intent: 'faq.lost_card', helpful: false },
    ]);
  });

  it('counts the day’s residents by a keyed hash, never the user ID', async () => {
    const rows = await q<{ n: number }>(t.store, 'SELECT count(*)::int AS n FROM daily_residents');
    expect(rows[0]?.n).toBe(2); // the one-to-one user and the group member
  });

  it('stores no message text, user ID, user key or reply token anywhere (only the opted-in masked unanswered text)', async () => {
    const { tables, text } = await dumpAllTables(t.store);
    expect(tables).toContain('events');
    // The pseudonymous user keys of the log ("u_" + 16 characters). Not the bare prefix: a keyed
    // hash stored for the day's residents is base64url too and holds "u_" about once in 200 runs.
    const userKeys = [...new Set([...bot.logs.text().matchAll(/"user":"(u_[A-Za-z0-9_-]{16})"/g)].map((m) => m[1]!))];
    expect(userKeys.length).toBeGreaterThan(0);
    const forbidden = [
      ...sent.texts.filter((s) => s !== OUT_OF_SCOPE).flatMap(piecesOf),
      ...sent.replyTokens,
      'U4af4980629aaaaaaaaaaaaaaaaaaaaaa',
      'U4af4980629bbbbbbbbbbbbbbbbbbbbbb',
      'C0123456789abcdef0123456789abcdef',
      '090-1234-5678',
      'taro@example.com',
      '1234 5678 9012',
      ...userKeys,
    ];
    for (const piece of forbidden) expect(text, `found ${JSON.stringify(piece)}`).not.toContain(piece);
  });

  it('keeps an unanswered text only masked, with an expiry 30 days on', async () => {
    const rows = await q<{ reason: string; masked_text: string; days: number }>(
      t.store,
      "SELECT reason, masked_text, round(extract(epoch FROM expires_at - at) / 86400)::int AS days FROM unanswered_texts ORDER BY id",
    );
    expect(rows).toContainEqual({ reason: 'out_of_scope', masked_text: OUT_OF_SCOPE, days: 30 });
  });
});

describe('when the store is down', () => {
  let fake: FakeLineApi;
  let bot: RunningApp;
  beforeAll(async () => {
    fake = await startFakeLineApi();
    const broken: SqlStore = {
      kind: 'postgres',
      query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
      exec: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
      withSession: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
      close: async () => undefined,
    };
    bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), store: fixedStoreSlot(broken) });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
  });

  it('answers every event and counts what it could not record', async () => {
    const events = [textEvent(SCAM, 'reply-down-1'), textEvent(OUT_OF_SCOPE, 'reply-down-2'), followEvent('reply-down-3')];
    expect((await postWebhook(bot.url, callbackBody(events))).status).toBe(200);
    const replies = await fake.waitFor(3, '/v2/bot/message/reply');
    expect(replies.map((r) => (r.json as { replyToken: string }).replyToken).sort()).toEqual(['reply-down-1', 'reply-down-2', 'reply-down-3']);
    await bot.app.recorder!.flush();
    expect(bot.app.recorder!.stats()).toMatchObject({ recorded: 0, lost: 3, buffered: 0 });
  });
});

/**
 * Issue #19: "a stopped database loses no reply". The database stops while the bot runs (the
 * embedded store closed; PostgreSQL not listening; PostgreSQL that accepts connections and then
 * never answers): every event still gets its reply, at once, and what could not be recorded
 * is counted (the console shows the count).
 */
describe('a stopped database loses no reply', () => {
  let fake: FakeLineApi;
  let runtime: Awaited<ReturnType<typeof testRuntime>>;
  beforeAll(async () => {
    runtime = await testRuntime();
  }, 120_000);
  beforeEach(async () => {
    fake = await startFakeLineApi();
  });
  afterEach(async () => {
    await fake?.close();
  });

  /** Sends `n` texts in one webhook request; resolves with how long until all replies had arrived. */
  async function send(bot: RunningApp, prefix: string, n: number, already = 0): Promise<number> {
    const tokens = Array.from({ length: n }, (_, i) => `reply-${prefix}-${i}`);
    const started = performance.now();
    expect((await postWebhook(bot.url, callbackBody(tokens.map((t) => textEvent(SCAM, t))))).status).toBe(200);
    const replies = await fake.waitFor(already + n, '/v2/bot/message/reply');
    const answered = replies.map((r) => (r.json as { replyToken: string }).replyToken).filter((t) => t.startsWith(`reply-${prefix}-`));
    expect(answered.sort()).toEqual([...tokens].sort());
    return performance.now() - started;
  }

  it('the embedded store stopped while the bot runs: every reply goes out, the records after the stop are counted as lost', async () => {
    const store = await openEmbeddedStore(null, { template: testPgliteTemplate() });
    await migrate(store);
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, store: fixedStoreSlot(store) });
    try {
      await send(bot, 'before', 3);
      await bot.app.recorder!.flush();
      expect((await store.query<{ n: number }>('SELECT sum(n)::int AS n FROM events')).rows[0]?.n).toBe(3);
      await store.close();
      await send(bot, 'after', 4, 3);
      await bot.app.recorder!.flush();
      expect(bot.app.recorder!.stats()).toMatchObject({ recorded: 3, lost: 4, buffered: 0, lastError: expect.stringMatching(/closed/) });
    } finally {
      await bot.close();
      await store.close();
    }
  }, 120_000); // opening the embedded store takes seconds, more on a busy machine

  it('PostgreSQL not running (nothing listens on its port): every reply goes out, every record is counted as lost', async () => {
    const port = await freePort();
    const store = createPostgresStore({ connectionString: `postgres://nobody:secret@127.0.0.1:${port}/reports`, connectTimeoutMs: 500 });
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, store: fixedStoreSlot(store) });
    try {
      await send(bot, 'refused', 5);
      await bot.app.recorder!.flush();
      expect(bot.app.recorder!.stats()).toMatchObject({ recorded: 0, lost: 5, buffered: 0, lastError: expect.stringMatching(/ECONNREFUSED/) });
    } finally {
      await bot.close();
      await store.close();
    }
  });

  it('PostgreSQL that accepts connections and never answers: replies do not wait for the hanging write', async () => {
    const sockets = new Set<Socket>();
    const hung = createServer((socket) => void sockets.add(socket)); // reads the start-up message, never answers
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const { port } = hung.address() as AddressInfo;
    const store = createPostgresStore({ connectionString: `postgres://nobody:secret@127.0.0.1:${port}/reports`, connectTimeoutMs: 1500 });
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, store: fixedStoreSlot(store) });
    try {
      await send(bot, 'first', 2);
      const flushing = bot.app.recorder!.flush(); // hangs until the connection times out
      const tookMs = await send(bot, 'during', 3, 2);
      expect(tookMs).toBeLessThan(1500); // answered while the write still hung
      await flushing;
      await bot.app.recorder!.flush();
      expect(bot.app.recorder!.stats()).toMatchObject({ recorded: 0, lost: 5, buffered: 0 });
    } finally {
      await bot.close();
      await store.close();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
