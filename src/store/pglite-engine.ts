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

/** Opens (creating when needed) the database in `dir`; null → in memory. */
export async function openPgliteHere(dir: string | null): Promise<PgliteEngine> {
  const db = await PGlite.create(dir === null ? {} : { dataDir: dir });
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
