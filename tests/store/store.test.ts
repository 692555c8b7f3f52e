import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { MIGRATIONS, migrate } from '../../src/store/migrations.ts';
import { EmbeddedStoreBusyError, LOCK_FILE, openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { testPgliteTemplate } from '../support/pglite-template.ts';

describe.each(STORE_KINDS)('store (%s)', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(kind, { migrate: false });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('applies every migration once and records it', async () => {
    expect(await migrate(t.store)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(t.store)).toEqual([]);
    const { rows } = await t.store.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('round-trips arrays, dates and parameters the same way in both engines', async () => {
    await t.store.query(
      'INSERT INTO events (at, day, hour, source, chat, input, decision, intent, confidence_band, flags, red_flags, deployment, silent) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)',
      [new Date('2026-12-07T01:00:00Z'), '2026-12-07', 10, 'line', 'user', 'text', 'answer', 'scam.phishing', 'high', ['urgent'], ['link', 'phone'], null, false],
    );
    const { rows } = await t.store.query<{ day: string; flags: string[]; red_flags: string[]; n: number }>(
      "SELECT day::text AS day, flags, red_flags, count(*) OVER ()::int AS n FROM events WHERE intent = 'scam.phishing'",
    );
    expect(rows).toEqual([{ day: '2026-12-07', flags: ['urgent'], red_flags: ['link', 'phone'], n: 1 }]);
  });

  it('rolls back a failed migration step and names it', async () => {
    const bad = [{ id: 999, name: 'broken step', sql: 'CREATE TABLE half_done (x int); SELECT no_such_column FROM half_done;' }];
    await expect(migrate(t.store, bad)).rejects.toThrow(/migration 999 \(broken step\) failed/);
    const { rows } = await t.store.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(rows[0]?.n).toBe(0);
  });
});

describe.runIf(STORE_KINDS.includes('postgres'))('several instances starting at once (PostgreSQL)', () => {
  it('migrate once between them (advisory lock)', async () => {
    const t = await createTestStore('postgres', { migrate: false });
    const others = [1, 2, 3].map(() => createPostgresStore({ connectionString: t.url! }));
    try {
      const applied = await Promise.all([t.store, ...others].map((s) => migrate(s)));
      expect(applied.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await Promise.all(others.map((s) => s.close()));
      await t.drop();
    }
  });
});

describe('embedded store folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scam-guard-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its data across a close and reopen', async () => {
    // A new folder starts from the tests' saved fresh database (initdb is ~5 s of CPU; the template is tested in tests/store/pglite-template.test.ts).
    const first = await openEmbeddedStore(dir, { template: testPgliteTemplate() });
    await migrate(first);
    await first.query('INSERT INTO recording_gaps (at, lost) VALUES (now(), 3)');
    await first.close();
    const second = await openEmbeddedStore(dir);
    const { rows } = await second.query<{ lost: number }>('SELECT lost FROM recording_gaps');
    await second.close();
    expect(rows).toEqual([{ lost: 3 }]);
  }, 120_000); // two start-ups of the embedded PostgreSQL, on disk: slow on a busy machine

  it('is refused, in Japanese, while another live process holds it', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE), String(child.pid));
      const opening = openEmbeddedStore(dir);
      await expect(opening).rejects.toBeInstanceOf(EmbeddedStoreBusyError);
      await expect(opening).rejects.toThrow(/使用中/);
    } finally {
      child.kill();
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    writeFileSync(join(dir, LOCK_FILE), '999999999');
    const store = await openEmbeddedStore(dir);
    await store.close();
  });
});
