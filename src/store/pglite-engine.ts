import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite (PostgreSQL compiled to WebAssembly) on the thread that calls this: one connection,
 * calls served in order. The embedded store runs it on a worker thread of its own
 * (pglite-worker.ts) so that its work never holds the bot's HTTP thread; tests and
 * bench/recording-cost.ts can also run it here.
 */
export interface PgliteEngine {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (creating when needed) the database in `dir`; null → in memory. A new database starts
 * from `template` when given (a data folder saved with PGlite's dumpDataDir, as a tar file)
 * instead of running initdb, which costs about 5 s of CPU (tests/support/pglite-template.ts).
 */
export async function openPgliteHere(dir: string | null, template?: string): Promise<PgliteEngine> {
  const fresh = dir === null || !existsSync(join(dir, 'PG_VERSION'));
  const loadDataDir = template && fresh ? new Blob([readFileSync(template)]) : undefined;
  const db = await PGlite.create({ ...(dir === null ? {} : { dataDir: dir }), ...(loadDataDir ? { loadDataDir } : {}) });
  return {
    async query(sql, params) {
      const result = await db.query(sql, params ? [...params] : undefined);
      return { rows: result.rows };
    },
    async exec(sql) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}
