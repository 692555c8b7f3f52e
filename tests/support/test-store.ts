import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { migrate } from '../../src/store/migrations.ts';
import { testPgliteTemplate } from './pglite-template.ts';
import type { SqlSession, SqlStore } from '../../src/store/sql-store.ts';

/** A fresh, migrated store for one test file; `drop` closes it and removes its database. */
export interface TestStore {
  store: SqlStore;
  /** postgres://… of this store's own database (PostgreSQL only), for a second client or a server. */
  url: string | null;
  drop(): Promise<void>;
}

export type StoreKind = 'embedded' | 'postgres';

/** The kinds to test against: the embedded store always, PostgreSQL when DATABASE_TEST_URL is set (.ci/run). */
export const STORE_KINDS: StoreKind[] = process.env['DATABASE_TEST_URL'] ? ['embedded', 'postgres'] : ['embedded'];

/**
 * The embedded PostgreSQL the test files of a Vitest worker share: starting one costs ~2.3 s of
 * CPU (the WebAssembly PostgreSQL boots even from the saved fresh data folder), and a dozen
 * files need one. Each file gets a schema of its own in it instead (see schemaStore); a test
 * that needs a store of its own process or folder (stopping it, reopening it, another thread)
 * opens one with openEmbeddedStore.
 */
let sharedEngine: Promise<SqlStore> | null = null;
/** The schema the shared engine's search_path is set to now. */
let currentSchema: string | null = null;
let schemas = 0;

/**
 * One file's store on the shared engine: every call runs in an engine session (they take turns)
 * that first points search_path at this store's schema, so two stores of one file never mix.
 * `close()` closes only this store: later calls fail as on a closed store.
 */
function schemaStore(engine: SqlStore, schema: string): SqlStore {
  let closed = false;
  const onSchema = <T>(fn: (session: SqlSession) => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error(`the test store ${schema} is closed`));
    return engine.withSession(async (session) => {
      if (currentSchema !== schema) {
        await session.exec(`SET search_path TO ${schema}`);
        currentSchema = schema;
      }
      return fn(session);
    });
  };
  return {
    kind: 'embedded',
    query: (sql, params) => onSchema((session) => session.query(sql, params)),
    exec: (sql) => onSchema((session) => session.exec(sql)),
    withSession: (fn) => onSchema(fn),
    async close() {
      closed = true;
    },
  };
}

/** Creates a store of `kind`: a fresh schema in the worker's in-memory PGlite, or a new database on DATABASE_TEST_URL's server. */
export async function createTestStore(kind: StoreKind, options: { migrate?: boolean } = {}): Promise<TestStore> {
  if (kind === 'embedded') {
    sharedEngine ??= openEmbeddedStore(null, { template: testPgliteTemplate() });
    const engine = await sharedEngine;
    const schema = `test_${process.pid}_${++schemas}`;
    await engine.exec(`CREATE SCHEMA ${schema}`);
    const store = schemaStore(engine, schema);
    if (options.migrate !== false) await migrate(store);
    return {
      store,
      url: null,
      async drop() {
        await store.close();
        await engine.withSession(async (session) => {
          await session.exec(`DROP SCHEMA ${schema} CASCADE`);
          if (currentSchema === schema) {
            await session.exec('SET search_path TO public');
            currentSchema = null;
          }
        });
      },
    };
  }
  const admin = process.env['DATABASE_TEST_URL'];
  if (!admin) throw new Error('DATABASE_TEST_URL is not set');
  const name = `scamguard_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const store = createPostgresStore({ connectionString: url.toString() });
  if (options.migrate !== false) await migrate(store);
  return {
    store,
    url: url.toString(),
    async drop() {
      await store.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
