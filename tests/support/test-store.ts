import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { migrate } from '../../src/store/migrations.ts';
import { testPgliteTemplate } from './pglite-template.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';

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

/** Creates a store of `kind`: in-memory PGlite, or a new database on DATABASE_TEST_URL's server. */
export async function createTestStore(kind: StoreKind, options: { migrate?: boolean } = {}): Promise<TestStore> {
  if (kind === 'embedded') {
    const store = await openEmbeddedStore(null, { template: testPgliteTemplate() });
    if (options.migrate !== false) await migrate(store);
    return { store, url: null, drop: () => store.close() };
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
