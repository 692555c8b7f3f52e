import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlSession, SqlStore } from './sql-store.ts';
import type { PgliteEngine } from './pglite-engine.ts';
import { EmbeddedStoreBusyError } from './store-errors.ts';

export { EmbeddedStoreBusyError };

/**
 * The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in a data folder.
 *
 * PGlite runs inside one process and takes no lock of its own on its folder: a second process
 * opening the same folder would run a second, independent PostgreSQL on the same files and
 * corrupt them (tried: two processes both open it without complaint). So this process writes
 * `LOCK_FILE` (its PID) into the folder and refuses to open a folder whose lock belongs to a
 * live process; a lock left by a process that is gone is taken over.
 */
export const LOCK_FILE = 'scam-guard.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file or throws {@link EmbeddedStoreBusyError}; returns its release. */
function takeLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new EmbeddedStoreBusyError(dir, pid);
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}

export interface EmbeddedStoreOptions {
  /**
   * Where PostgreSQL runs: `worker` (default) on a thread of its own, so that its work never
   * holds the caller's event loop (see pglite-thread.ts); `here` on the calling thread.
   */
  thread?: 'worker' | 'here';
  /** A new database starts from this dump (tar of a data folder) instead of initdb (tests: ~5 s of CPU less per store). */
  template?: string;
  /** Called once this process holds the folder's lock, before PostgreSQL starts (which takes seconds). */
  onLocked?: () => void;
}

/**
 * Opens (creating when needed) the embedded database in `dir`; `dir` null → in memory (tests).
 * Opening takes a few seconds (the WebAssembly module starts).
 */
export async function openEmbeddedStore(dir: string | null, options: EmbeddedStoreOptions = {}): Promise<SqlStore> {
  let release = () => undefined as void;
  if (dir !== null) {
    mkdirSync(dir, { recursive: true });
    release = takeLock(dir);
    options.onLocked?.();
  }
  let db: PgliteEngine;
  try {
    // Loaded only here: the driver is ~0.1 s of start-up, and with the worker this thread never loads it.
    db =
      options.thread === 'here'
        ? await (await import('./pglite-engine.ts')).openPgliteHere(dir, options.template)
        : await (await import('./pglite-thread.ts')).openPgliteOnThread(dir, options.template);
  } catch (err) {
    release();
    throw err;
  }
  const session: SqlSession = {
    query: async (sql, params) => {
      const result = await db.query(sql, params);
      return { rows: result.rows as never[] };
    },
    exec: (sql) => db.exec(sql),
  };
  // One connection: calls are served in order by PGlite itself; a session is the same connection.
  // Transactions from two callers must not interleave, so sessions take turns.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    kind: 'embedded',
    query: (sql, params) => {
      const run = turn.then(() => session.query(sql, params));
      return run as never;
    },
    exec: (sql) => turn.then(() => session.exec(sql)),
    withSession(fn) {
      const run = turn.then(() => fn(session));
      turn = run.catch(() => undefined);
      return run;
    },
    async close() {
      await turn.catch(() => undefined);
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
