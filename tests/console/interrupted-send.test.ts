import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { addOperator } from '../../src/console/operators.ts';
import { broadcastRoutes } from '../../src/console/broadcast-routes.ts';
import { createLineBroadcaster, type LineBroadcaster } from '../../src/broadcast/line-broadcaster.ts';
import { RESEND_WINDOW_MS, sendLeaseMs, sendState, type SendRecord } from '../../src/broadcast/interrupted-send.ts';
import { migrate, MIGRATIONS } from '../../src/store/migrations.ts';
import { ConsoleClient } from '../support/console-client.ts';
import { bareConsole } from '../support/console-stack.ts';
import { captureLogger } from '../support/log-capture.ts';
import { startFakeBroadcastApi, type FakeBroadcastApi } from '../support/fake-broadcast-api.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { TEST_ACCESS_TOKEN } from '../support/signed-webhook.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

const NOW = new Date('2026-12-07T12:00:00+09:00');
const PASSWORD = 'a long enough password';
const WARNING = '市内で、市役所職員を名乗る還付金の電話が続いています（12月7日）';
const NARROW = { kind: 'narrowcast', text: WARNING, area: 'jp_22', ageFrom: '65', ageTo: '', audienceGroupId: '', max: '', upToRemainingQuota: 'yes' };
/** The lease with the broadcaster's 10-second timeout: 10 s + 18 s (the recording write) + 60 s margin, rounded up. */
const LEASE = sendLeaseMs(10_000);
const STUCK = '送信中のまま止まっています';

/**
 * The console on a test store with a clock the test moves, and a broadcaster that can "stop the
 * process" in the middle of a send: before LINE is called, or after LINE has accepted the request
 * but before its answer is recorded. Either way the handler never records anything, exactly as
 * when the process dies there — the draft stays 'sending'.
 */
describe.each(STORE_KINDS)('a send cut off in the middle (%s)', (kind) => {
  let t: TestStore;
  let line: FakeBroadcastApi;
  let app: FastifyInstance;
  let editor: ConsoleClient;
  let viewer: ConsoleClient;
  let now = NOW;
  let stop: 'before LINE' | 'after LINE' | null = null;
  const logs = captureLogger('warn');

  const cutOff = <A extends unknown[]>(send: (...args: A) => ReturnType<LineBroadcaster['broadcast']>) =>
    async (...args: A) => {
      const when = stop;
      stop = null;
      if (when === 'before LINE') throw new Error('the process stopped');
      const result = await send(...args);
      if (when === 'after LINE') throw new Error('the process stopped');
      return result;
    };

  beforeAll(async () => {
    t = await createTestStore(kind);
    line = await startFakeBroadcastApi();
    await addOperator(t.store, 'editor1', 'editor', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'editor2', 'editor', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'viewer1', 'viewer', PASSWORD, null, TEST_ACCOUNT);
    const real = createLineBroadcaster({ baseUrl: line.baseUrl, channelAccessToken: TEST_ACCESS_TOKEN });
    const broadcaster: LineBroadcaster = { ...real, broadcast: cutOff(real.broadcast), narrowcast: cutOff(real.narrowcast) };
    app = await bareConsole(t.store, NOW, { clock: () => now, logger: logs.logger, extensions: [broadcastRoutes({ broadcaster, charLimit: 500 })] });
    editor = new ConsoleClient(app);
    viewer = new ConsoleClient(app);
    await editor.login('editor1', PASSWORD);
    await viewer.login('viewer1', PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await line?.close();
    await t?.drop();
  });

  const at = (ms: number) => {
    now = new Date(NOW.getTime() + ms);
  };
  const draft = async (form: Record<string, string>): Promise<{ url: string; id: number }> => {
    const res = await editor.post('/admin/broadcast/preview', { _csrf: await editor.csrf(), ...form });
    expect(res.statusCode, res.body).toBe(303);
    const url = res.headers.location as string;
    return { url, id: Number(url.split('/').at(-1)) };
  };
  const row = async (id: number) =>
    (await t.store.query<{ status: string; retry_key: string; line_request_id: string | null; claimed_by: string | null }>('SELECT * FROM broadcasts WHERE id = $1', [id])).rows[0]!;
  const auditOf = async (id: number) =>
    (await t.store.query<{ action: string; operator: string | null; detail: Record<string, unknown> }>("SELECT action, operator, detail FROM audit_log WHERE detail->>'id' = $1 ORDER BY id", [String(id)])).rows;
  const sent = () => line.broadcasts.length + line.narrowcasts.length;

  /** A draft whose send was cut off at `NOW + startMs`; LINE has it when `when` is 'after LINE'. */
  const stuckDraft = async (form: Record<string, string>, when: 'before LINE' | 'after LINE', startMs = 0) => {
    at(startMs);
    const d = await draft(form);
    stop = when;
    const res = await editor.post(`${d.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' });
    expect(res.statusCode).toBe(500);
    expect((await row(d.id)).status).toBe('sending');
    return d;
  };

  it('LINE had it: inside the lease nothing can be sent again; past it the page says so, and the re-send with the same key is refused by LINE (409) and the draft marked sent — delivered once', async () => {
    const before = line.broadcasts.length;
    const d = await stuckDraft({ text: WARNING }, 'after LINE');
    const key = (await row(d.id)).retry_key;
    expect(line.broadcasts.at(-1)!.retryKey).toBe(key);
    const acceptedId = line.accepted.get(key)!;

    // a minute later (inside the lease): a send may still be running
    at(60_000);
    const fresh = (await editor.get(d.url)).body;
    expect(fresh).toContain('いま LINE に送っているところです。');
    expect(fresh).not.toContain(STUCK);
    expect(fresh).not.toContain('/resume"');
    expect((await editor.post(`${d.url}/resume`, { _csrf: await editor.csrf() })).statusCode).toBe(303);
    expect(line.broadcasts.length - before).toBe(1);

    // past the lease: stuck, explained, one button; opening the pages sends nothing
    at(LEASE + 1000);
    const page = (await editor.get(d.url)).body;
    expect(page).toContain(`<h1>${STUCK}</h1>`);
    expect(page).toContain('2分以上たっても結果が記録されていません');
    expect(page).toContain('LINE に届いたかどうかがわかりません');
    expect(page).toContain('前回と同じ受付番号（リトライキー）を付けて LINE に送り直します');
    expect(page).toContain('この方法で送り直せるのは、2026/12/8 11:00 までです');
    expect(page).toContain(`action="${d.url}/resume"`);
    expect((await editor.get('/admin/broadcast')).body).toMatch(new RegExp(`<tr data-broadcast="${d.id}">.*<td>${STUCK}</td>`));
    expect(line.broadcasts.length - before).toBe(1);

    const res = await editor.post(`${d.url}/resume`, { _csrf: await editor.csrf() });
    expect(res.statusCode).toBe(303);
    expect(decodeURIComponent(res.headers.location as string)).toContain('LINE はこの送信をすでに受け付けていました。重ねては送らず、「送信済み」にしました。');
    // LINE was asked again with the same key, accepted it only once
    expect(line.broadcasts.length - before).toBe(2);
    expect(line.broadcasts.at(-1)!.retryKey).toBe(key);
    expect([...line.accepted.keys()].filter((k) => k === key)).toHaveLength(1);
    const done = await row(d.id);
    expect(done.status).toBe('sent');
    expect(done.line_request_id).toBe(acceptedId);
    expect((await editor.get(d.url)).body).toContain('同じ下書きはもう送れません');
    // a further click sends nothing
    await editor.post(`${d.url}/resume`, { _csrf: await editor.csrf() });
    expect(line.broadcasts.length - before).toBe(2);
    const log = await auditOf(d.id);
    expect(log.map((r) => r.action)).toEqual(['broadcast_drafted', 'broadcast_resend_refused', 'broadcast_resumed', 'broadcast_sent', 'broadcast_resend_refused']);
    expect(log[2]!.operator).toBe('editor1');
    expect(log[3]!.detail).toMatchObject({ lineRequestId: acceptedId, alreadyAccepted: true });
  });

  it('LINE never had it: the narrowcast is sent once with its own retry key, and its progress shown by LINE’s request ID', async () => {
    const d = await stuckDraft(NARROW, 'before LINE', 10 * 60_000);
    const key = (await row(d.id)).retry_key;
    const before = line.narrowcasts.length;
    at(10 * 60_000 + LEASE);
    expect((await editor.get(d.url)).body).toContain(STUCK);
    const other = new ConsoleClient(app);
    await other.login('editor2', PASSWORD);
    expect((await other.post(`${d.url}/resume`, { _csrf: await other.csrf() })).statusCode).toBe(303);
    expect(line.narrowcasts.length - before).toBe(1);
    expect(line.narrowcasts.at(-1)!.retryKey).toBe(key);
    expect(line.narrowcasts.at(-1)!.json).toMatchObject({ filter: { demographic: { type: 'operator' } } });
    const requestId = line.accepted.get(key)!;
    const page = (await editor.get(d.url)).body;
    expect(page).toContain('送信後の状況');
    expect(page).toContain(`<code>${requestId}</code>`);
    expect((await row(d.id)).status).toBe('sent');
    expect((await auditOf(d.id)).map((r) => [r.action, r.operator])).toEqual([
      ['narrowcast_drafted', 'editor1'],
      ['narrowcast_resumed', 'editor2'],
      ['narrowcast_sent', 'editor2'],
    ]);
  });

  it('two re-send clicks at once reach LINE once', async () => {
    const d = await stuckDraft({ text: `${WARNING}（2）` }, 'before LINE', 20 * 60_000);
    at(20 * 60_000 + LEASE);
    const before = sent();
    const second = new ConsoleClient(app);
    await second.login('editor2', PASSWORD);
    const [a, b] = await Promise.all([editor.post(`${d.url}/resume`, { _csrf: await editor.csrf() }), second.post(`${d.url}/resume`, { _csrf: await second.csrf() })]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(sent() - before).toBe(1);
    expect((await row(d.id)).status).toBe('sent');
    const actions = (await auditOf(d.id)).map((r) => r.action).sort();
    expect(actions).toEqual(['broadcast_drafted', 'broadcast_resend_refused', 'broadcast_resumed', 'broadcast_sent']);
  });

  it('a viewer, a forged CSRF token or no session cannot re-send or close a stuck draft', async () => {
    const d = await stuckDraft({ text: `${WARNING}（3）` }, 'after LINE', 30 * 60_000);
    at(30 * 60_000 + LEASE);
    const before = sent();
    expect((await viewer.get(d.url)).statusCode).toBe(403);
    expect((await viewer.post(`${d.url}/resume`, { _csrf: await viewer.csrf() })).statusCode).toBe(403);
    expect((await viewer.post(`${d.url}/redraft`, { _csrf: await viewer.csrf() })).statusCode).toBe(403);
    expect((await editor.post(`${d.url}/resume`, { _csrf: 'forged' })).statusCode).toBe(403);
    expect((await editor.post(`${d.url}/resume`, {})).statusCode).toBe(403);
    const anon = new ConsoleClient(app);
    expect((await anon.post(`${d.url}/resume`, { _csrf: 'x' })).statusCode).toBe(401);
    expect(sent() - before).toBe(0);
    expect((await row(d.id)).status).toBe('sending');
    expect((await editor.get(d.url)).body).toContain(STUCK);
  });

  it('a console started on a store holding a stuck draft sends nothing by itself or when its pages are opened', async () => {
    const d = await stuckDraft({ text: `${WARNING}（4）` }, 'after LINE', 40 * 60_000);
    at(40 * 60_000 + LEASE + 60_000);
    const before = sent();
    const restarted = await bareConsole(t.store, NOW, {
      clock: () => now,
      extensions: [broadcastRoutes({ broadcaster: createLineBroadcaster({ baseUrl: line.baseUrl, channelAccessToken: TEST_ACCESS_TOKEN }), charLimit: 500 })],
    });
    try {
      const client = new ConsoleClient(restarted);
      await client.login('editor1', PASSWORD);
      await new Promise((r) => setTimeout(r, 200));
      expect((await client.get('/admin/broadcast')).body).toContain(STUCK);
      expect((await client.get(d.url)).body).toContain(STUCK);
      expect(sent() - before).toBe(0);
      expect((await row(d.id)).status).toBe('sending');
    } finally {
      await restarted.close();
    }
  });

  it('once LINE no longer honours the retry key, nothing is sent again: the page says why, and the editor can close it and start a new draft', async () => {
    const start = 2 * 3_600_000;
    const d = await stuckDraft({ text: `${WARNING}（5）` }, 'after LINE', start);
    const oldKey = (await row(d.id)).retry_key;
    // just inside the window it may still be re-sent; just after, no longer
    at(start + RESEND_WINDOW_MS - 60_000);
    await editor.login('editor1', PASSWORD);
    expect((await editor.get(d.url)).body).toContain(`action="${d.url}/resume"`);
    at(start + RESEND_WINDOW_MS + 60_000);
    await editor.login('editor1', PASSWORD);
    const before = sent();
    const page = (await editor.get(d.url)).body;
    expect(page).toContain('<h1>届いたかどうかわかりません</h1>');
    expect(page).toContain('最初に送ろうとしてから24時間までです。この下書きはその期限（時計のずれに備えて1時間早めています）を過ぎたため、もう送れません');
    expect(page).not.toContain('/resume"');
    expect(page).toContain(`action="${d.url}/redraft"`);
    expect((await editor.post(`${d.url}/resume`, { _csrf: await editor.csrf() })).statusCode).toBe(303);
    expect((await editor.post(`${d.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' })).statusCode).toBe(303);
    expect(sent() - before).toBe(0);
    expect((await row(d.id)).status).toBe('sending');

    const redraft = await editor.post(`${d.url}/redraft`, { _csrf: await editor.csrf() });
    expect(redraft.statusCode).toBe(303);
    const next = redraft.headers.location as string;
    const nextId = Number(next.split('/').at(-1));
    expect(nextId).not.toBe(d.id);
    const nextRow = await row(nextId);
    expect(nextRow.status).toBe('draft');
    expect(nextRow.retry_key).not.toBe(oldKey);
    const nextPage = (await editor.get(next)).body;
    expect(nextPage).toContain(`届いたかどうかわからないまま閉じた下書き（${d.id}番）と同じ内容です`);
    expect(nextPage).toContain(`action="${next}/send"`);
    expect((await row(d.id)).status).toBe('closed_unknown');
    const closed = (await editor.get(d.url)).body;
    expect(closed).toContain('届いたかどうかわからないまま閉じました');
    expect(closed).toContain(`href="${next}"`);
    // a second click closes nothing more and makes no second draft
    await editor.post(`${d.url}/redraft`, { _csrf: await editor.csrf() });
    expect((await t.store.query<{ n: number }>('SELECT count(*)::int AS n FROM broadcasts WHERE replaces = $1', [d.id])).rows[0]!.n).toBe(1);
    expect(sent() - before).toBe(0);
    const log = await auditOf(d.id);
    expect(log.map((r) => r.action)).toEqual(['broadcast_drafted', 'broadcast_resend_refused', 'broadcast_resend_refused']);
    const { rows } = await t.store.query<{ detail: Record<string, unknown> }>("SELECT detail FROM audit_log WHERE action = 'broadcast_redrafted'");
    expect(rows.map((r) => r.detail)).toEqual([expect.objectContaining({ id: nextId, closed: d.id })]);
  });

  it('a send that ended without LINE’s answer (500) is not sent again once the key is past its window', async () => {
    const start = 30 * 3_600_000;
    at(start);
    await editor.login('editor1', PASSWORD);
    const d = await draft({ text: `${WARNING}（6）` });
    line.failNext(500);
    await editor.post(`${d.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' });
    expect((await row(d.id)).status).toBe('failed');
    at(start + RESEND_WINDOW_MS + 60_000);
    await editor.login('editor1', PASSWORD);
    const before = sent();
    const page = (await editor.get(d.url)).body;
    expect(page).toContain('LINE からの返事がないまま終わりました');
    expect(page).not.toContain(`action="${d.url}/send"`);
    await editor.post(`${d.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' });
    expect(sent() - before).toBe(0);
    // one LINE refused outright (400) may still be sent later: nothing was accepted
    const refused = await draft({ text: `${WARNING}（7）` });
    line.failNext(400, { message: 'bad' });
    await editor.post(`${refused.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' });
    at(start + 2 * RESEND_WINDOW_MS);
    await editor.login('editor1', PASSWORD);
    await editor.post(`${refused.url}/send`, { _csrf: await editor.csrf(), confirm: 'yes' });
    expect((await row(refused.id)).status).toBe('sent');
  });
});

describe.each(STORE_KINDS)('drafts left by the version before the claim was recorded (%s)', (kind) => {
  it('one left "sending" is stuck (its key timed from its creation) and can be re-sent with its key; one failed without LINE’s answer is marked so', async () => {
    const t = await createTestStore(kind, { migrate: false });
    const line = await startFakeBroadcastApi();
    try {
      await migrate(t.store, MIGRATIONS.filter((m) => m.id <= 6));
      const created = new Date(NOW.getTime() - 3_600_000);
      const insert = async (status: string, error: string | null) =>
        Number(
          (
            await t.store.query<{ id: number }>(
              "INSERT INTO broadcasts (text, retry_key, created_by, created_at, status, error) VALUES ($1, gen_random_uuid(), 'editor1', $2, $3, $4) RETURNING id",
              [WARNING, created, status, error],
            )
          ).rows[0]!.id,
        );
      const stuck = await insert('sending', null);
      const unknown = await insert('failed', 'LINE に届いたかどうかわかりません（接続の問題）。この下書きをもう一度送っても、二重には届きません。');
      const refused = await insert('failed', 'LINE が受け付けませんでした（400）。');
      await migrate(t.store);
      const flags = (await t.store.query<{ id: number; delivery_unknown: boolean }>('SELECT id, delivery_unknown FROM broadcasts ORDER BY id')).rows;
      expect(flags.map((r) => [Number(r.id), r.delivery_unknown])).toEqual([
        [stuck, true],
        [unknown, true],
        [refused, false],
      ]);
      await addOperator(t.store, 'editor1', 'editor', PASSWORD, null, TEST_ACCOUNT);
      const app = await bareConsole(t.store, NOW, { extensions: [broadcastRoutes({ broadcaster: createLineBroadcaster({ baseUrl: line.baseUrl, channelAccessToken: TEST_ACCESS_TOKEN }), charLimit: 500 })] });
      try {
        const editor = new ConsoleClient(app);
        await editor.login('editor1', PASSWORD);
        const page = (await editor.get(`/admin/broadcast/${stuck}`)).body;
        expect(page).toContain(STUCK);
        expect(page).toContain('この方法で送り直せるのは、2026/12/8 10:00 までです');
        expect(line.broadcasts).toHaveLength(0);
        await editor.post(`/admin/broadcast/${stuck}/resume`, { _csrf: await editor.csrf() });
        expect(line.broadcasts).toHaveLength(1);
        const key = (await t.store.query<{ retry_key: string; status: string }>('SELECT retry_key, status FROM broadcasts WHERE id = $1', [stuck])).rows[0]!;
        expect(line.broadcasts[0]!.retryKey).toBe(key.retry_key);
        expect(key.status).toBe('sent');
      } finally {
        await app.close();
      }
    } finally {
      await line.close();
      await t.drop();
    }
  });
});

describe('the lease and the states of a send', () => {
  const base: SendRecord = { status: 'sending', createdAt: NOW, claimedAt: NOW, claimedBy: 'editor1', firstAttemptAt: NOW, deliveryUnknown: false };
  const plus = (ms: number) => new Date(NOW.getTime() + ms);

  it('computes the lease from the call timeout and the recording write (2 minutes with the 10-second timeout)', () => {
    expect(sendLeaseMs(10_000)).toBe(120_000);
    expect(sendLeaseMs(60_000)).toBe(180_000);
  });

  it('a claim is a running send until the lease is over, then stuck while the key is honoured, then expired', () => {
    expect(sendState(base, plus(LEASE - 1), LEASE).kind).toBe('sending');
    expect(sendState(base, plus(LEASE), LEASE)).toMatchObject({ kind: 'stuck', by: 'editor1', resendUntil: plus(RESEND_WINDOW_MS) });
    expect(sendState(base, plus(RESEND_WINDOW_MS - 1), LEASE).kind).toBe('stuck');
    expect(sendState(base, plus(RESEND_WINDOW_MS), LEASE)).toMatchObject({ kind: 'expired', cause: 'stuck' });
    expect(RESEND_WINDOW_MS).toBeLessThan(24 * 3_600_000);
  });

  it('a claim from before the claim was recorded counts as stuck, its key timed from the draft’s creation', () => {
    const old = { ...base, claimedAt: null, firstAttemptAt: null, createdAt: plus(-3_600_000) };
    expect(sendState(old, NOW, LEASE)).toMatchObject({ kind: 'stuck', resendUntil: plus(RESEND_WINDOW_MS - 3_600_000) });
    expect(sendState(old, plus(RESEND_WINDOW_MS), LEASE).kind).toBe('expired');
  });

  it('a failure with LINE’s answer can always be sent again; one without it only while the key is honoured', () => {
    const failed = { ...base, status: 'failed' };
    expect(sendState(failed, plus(2 * RESEND_WINDOW_MS), LEASE).kind).toBe('ready');
    expect(sendState({ ...failed, deliveryUnknown: true }, plus(RESEND_WINDOW_MS - 1), LEASE).kind).toBe('ready');
    expect(sendState({ ...failed, deliveryUnknown: true }, plus(RESEND_WINDOW_MS), LEASE)).toMatchObject({ kind: 'expired', cause: 'failed' });
  });
});
