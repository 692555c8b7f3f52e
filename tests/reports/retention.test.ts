import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { runMaintenance } from '../../src/reports/maintenance.ts';
import { createRecorder } from '../../src/reports/recorder.ts';
import { eventRecord } from '../../src/reports/event-record.ts';
import { addOperator } from '../../src/console/operators.ts';
import { ConsoleClient } from '../support/console-client.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { bareConsole } from '../support/console-stack.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

const NOW = new Date('2026-12-07T10:00:00+09:00');
const PASSWORD = 'a long enough password';
const summary = (intent: string, confidence: number) => ({ decision: 'answer', intent, confidence, flags: [], redFlags: [] });

describe.each(STORE_KINDS)('retention and opted-in unanswered texts (%s)', (kind) => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestStore(kind);
    const recorder = createRecorder({ store: () => t.store, deployment: 'shiki' });
    const text = (s: string, at: string, intent: string, confidence: number) =>
      recorder.record(eventRecord({ kind: 'text', chat: 'user', at: new Date(at), userKey: `u_${s.length}`, text: s }, summary(intent, confidence), false, 'line', true));
    text('マイナンバーは 1234 5678 9018、電話は 090-1234-5678、連絡先 a@example.jp です。これは何ですか', '2026-12-06T10:00:00+09:00', 'meta.out_of_scope', 0.9);
    text('よく分からない質問をしてみます', '2026-12-07T09:00:00+09:00', 'faq.fees', 0.3);
    text('市役所から還付金の電話がありました', '2026-12-07T09:30:00+09:00', 'scam.refund_atm', 0.95);
    text('一か月以上前の対象外の質問です', '2026-11-01T09:00:00+09:00', 'meta.out_of_scope', 0.9);
    await recorder.close();
    await addOperator(t.store, 'viewer1', 'viewer', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'editor1', 'editor', PASSWORD, null, TEST_ACCOUNT);
    app = await bareConsole(t.store, NOW, { storeUnansweredText: true });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('keeps only unanswered texts, masked, and shows them to editors only', async () => {
    const editor = new ConsoleClient(app);
    await editor.login('editor1', PASSWORD);
    const page = (await editor.get('/admin/unanswered')).body;
    expect(page).toContain('マイナンバーは [number:12]、電話は [number]、連絡先 [email] です。');
    expect(page).toContain('よく分からない質問をしてみます');
    expect(page).not.toContain('還付金の電話がありました');
    expect(page).not.toContain('1234 5678');
    const viewer = new ConsoleClient(app);
    await viewer.login('viewer1', PASSWORD);
    const seen = (await viewer.get('/admin/unanswered')).body;
    expect(seen).toContain('文面は編集者だけが見られます');
    expect(seen).not.toContain('よく分からない質問');
  });

  it('purges texts after 30 days, folds finished days’ resident hashes into a count and ends expired sessions', async () => {
    const before = await t.store.query<{ day: string; n: number }>('SELECT day::text AS day, count(*)::int AS n FROM daily_residents GROUP BY 1 ORDER BY 1');
    expect(before.rows.map((r) => r.day)).toEqual(['2026-11-01', '2026-12-06', '2026-12-07']);
    await t.store.query("INSERT INTO sessions (token_hash, operator_id, csrf_token, created_at, expires_at) SELECT 'old', id, 'x', $1, $1 FROM operators WHERE name = 'viewer1'", [new Date('2026-12-01T00:00:00Z')]);
    const result = await runMaintenance(t.store, NOW);
    expect(result).toMatchObject({ foldedDays: 2, purgedTexts: 1 });
    expect(result.purgedSessions).toBeGreaterThanOrEqual(1);
    const counts = await t.store.query<{ day: string; residents: number }>('SELECT day::text AS day, residents FROM resident_counts ORDER BY day');
    expect(counts.rows).toEqual([
      { day: '2026-11-01', residents: 1 },
      { day: '2026-12-06', residents: 1 },
    ]);
    const left = await t.store.query<{ day: string }>('SELECT day::text AS day FROM daily_residents');
    expect(left.rows.map((r) => r.day).every((d) => d === '2026-12-07')).toBe(true);
    const texts = await t.store.query<{ n: number }>('SELECT count(*)::int AS n FROM unanswered_texts');
    expect(texts.rows[0]?.n).toBe(2);
  });
});
