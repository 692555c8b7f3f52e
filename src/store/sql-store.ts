/**
 * The one SQL interface the reports, the console and the CLIs use: PostgreSQL through `pg`
 * (DATABASE_URL) or the embedded PostgreSQL (PGlite) in a data folder. One dialect, one set of
 * migrations (src/store/migrations.ts). Parameters are `$1, $2, …` in both.
 */
export interface SqlResult<Row> {
  rows: Row[];
}

export interface SqlSession {
  /** One statement with `$n` parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlStore extends SqlSession {
  readonly kind: 'postgres' | 'embedded';
  /** Runs `fn` on one connection (session-level locks, transactions). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A transaction on one connection: COMMIT when `fn` resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(store: SqlStore, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  return store.withSession(async (session) => {
    await session.exec('BEGIN');
    try {
      const result = await fn(session);
      await session.exec('COMMIT');
      return result;
    } catch (err) {
      await session.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  });
}
