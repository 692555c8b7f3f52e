import pg from 'pg';
import type { SqlSession, SqlStore } from './sql-store.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Connections this process keeps at most (each instance has its own pool). */
  maxConnections?: number;
  /** How long to wait for a connection before a query fails (the recorder must not hang when the server is down). */
  connectTimeoutMs?: number;
  /** Longest wait for one query's answer. */
  queryTimeoutMs?: number;
}

/** PostgreSQL through a `pg` Pool. */
export function createPostgresStore(options: PostgresOptions): SqlStore {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    // A stuck server must not hold a flush (or a console page) for ever.
    query_timeout: options.queryTimeoutMs ?? 15_000,
    application_name: 'mynumber-scam-guard',
  });
  // An idle connection that drops (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const sessionOf = (client: pg.PoolClient | pg.Pool): SqlSession => ({
    query: async (sql, params) => {
      const result = await client.query(sql, params ? [...params] : undefined);
      return { rows: result.rows };
    },
    exec: async (sql) => {
      await client.query(sql);
    },
  });
  const whole = sessionOf(pool);
  let ended = false;
  return {
    kind: 'postgres',
    query: whole.query,
    exec: whole.exec,
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn(sessionOf(client));
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (ended) return;
      ended = true;
      await pool.end();
    },
  };
}
