import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { testPgliteTemplate } from '../support/pglite-template.ts';
import { openPgliteOnThread } from '../../src/store/pglite-thread.ts';
import { migrate } from '../../src/store/migrations.ts';
import { inTransaction, type SqlStore } from '../../src/store/sql-store.ts';

// The embedded store runs PGlite on a worker thread; what a caller gets back must be what it
// got when PGlite ran on its own thread.
describe('the embedded store on its own thread', () => {
  let onThread: SqlStore;
  let here: SqlStore;
  beforeAll(async () => {
    [onThread, here] = await Promise.all([openEmbeddedStore(null, { template: testPgliteTemplate() }), openEmbeddedStore(null, { thread: 'here', template: testPgliteTemplate() })]);
    await Promise.all([migrate(onThread), migrate(here)]);
  });
  afterAll(async () => {
    await Promise.all([onThread?.close(), here?.close()]);
  });

  it('answers with the same rows as PGlite on the calling thread (dates, arrays, numbers, JSON, NULL)', async () => {
    const sql =
      "SELECT $1::timestamptz AS at, $2::text[] AS flags, 42::bigint AS big, 7::int AS n, '{\"a\":[1,2]}'::jsonb AS detail, NULL::text AS none, true AS yes";
    const params = [new Date('2026-12-07T01:02:03.004Z'), ['urgent', 'a,b "c"']];
    const [a, b] = await Promise.all([onThread.query(sql, params), here.query(sql, params)]);
    expect(a.rows).toEqual(b.rows);
    expect(a.rows[0]).toMatchObject({ at: new Date('2026-12-07T01:02:03.004Z'), flags: ['urgent', 'a,b "c"'], n: 7, detail: { a: [1, 2] }, none: null, yes: true });
  });

  it('keeps a PostgreSQL error’s message and code', async () => {
    await onThread.query("INSERT INTO operators (name, role, password_hash) VALUES ('sato', 'viewer', 'x')");
    const error = await onThread.query("INSERT INTO operators (name, role, password_hash) VALUES ('sato', 'viewer', 'x')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', message: expect.stringMatching(/duplicate key/) });
  });

  it('runs a transaction on one session, not interleaved with other callers', async () => {
    await onThread.exec('CREATE TABLE turns (n int)');
    const inside = inTransaction(onThread, async (tx) => {
      await tx.query('INSERT INTO turns VALUES (1)');
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('rolled back');
    });
    const outside = onThread.query('INSERT INTO turns VALUES (2)');
    await expect(inside).rejects.toThrow('rolled back');
    await outside;
    expect((await onThread.query<{ n: number }>('SELECT n FROM turns')).rows).toEqual([{ n: 2 }]);
  });

  it('fails every request, at once, once its thread has stopped (the recorder then counts what it loses)', async () => {
    const engine = await openPgliteOnThread(null, testPgliteTemplate());
    expect((await engine.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    const pending = engine.query('SELECT pg_sleep(2)');
    await engine.thread.terminate();
    await expect(pending).rejects.toThrow(/embedded database stopped/);
    await expect(engine.query('SELECT 1')).rejects.toThrow(/embedded database stopped/);
    await engine.close();
  });

  it('keeps a command alive while it waits for an answer, and lets it end afterwards without close()', () => {
    const store = fileURLToPath(new URL('../../src/store/embedded-store.ts', import.meta.url));
    const script = `import { openEmbeddedStore } from ${JSON.stringify(store)};
      const s = await openEmbeddedStore(null, { template: ${JSON.stringify(testPgliteTemplate())} });
      await new Promise((r) => setTimeout(r, 10));
      const { rows } = await s.query('SELECT 6 * 7 AS n');
      console.log('answer', rows[0].n);`;
    const dir = mkdtempSync(join(tmpdir(), 'pglite-thread-'));
    try {
      writeFileSync(join(dir, 'command.mjs'), script);
      const child = spawnSync(process.execPath, [join(dir, 'command.mjs')], { encoding: 'utf8', timeout: 120_000 });
      expect(child.stdout.trim(), child.stderr).toBe('answer 42');
      expect(child.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
