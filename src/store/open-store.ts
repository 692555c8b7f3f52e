import { resolve as resolvePath } from 'node:path';
import { PROJECT_ROOT } from '../runtime/project-paths.ts';
import type { SqlStore } from './sql-store.ts';
import { migrate } from './migrations.ts';

export interface StoreSettings {
  /** DATABASE_URL, or null for the embedded database. */
  databaseUrl: string | null;
  /** EMBEDDED_DB_DIR: the embedded database's folder. */
  embeddedDbDir: string;
  databasePoolMax?: number;
  /** A new embedded database starts from this dump instead of initdb (tests; see EmbeddedStoreOptions.template). */
  embeddedTemplate?: string;
}

/** Opens the configured store (PostgreSQL with DATABASE_URL, else the embedded one) and migrates it. */
export async function openStore(settings: StoreSettings, options: { migrate?: boolean; embeddedThread?: 'worker' | 'here'; onEmbeddedLocked?: () => void } = {}): Promise<SqlStore> {
  // Only the driver in use is loaded, and only when the store is opened (after start-up).
  const store = settings.databaseUrl
    ? (await import('./postgres-store.ts')).createPostgresStore({ connectionString: settings.databaseUrl, maxConnections: settings.databasePoolMax })
    : await (await import('./embedded-store.ts')).openEmbeddedStore(settings.embeddedDbDir, { thread: options.embeddedThread ?? 'worker', onLocked: options.onEmbeddedLocked, template: settings.embeddedTemplate });
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (err) {
      await store.close().catch(() => undefined);
      throw err;
    }
  }
  return store;
}

/** The embedded database's folder: EMBEDDED_DB_DIR, else var/db in the checkout. */
export function embeddedDbDirOf(configured: string | null, projectRoot: string): string {
  return configured ? resolvePath(configured) : resolvePath(projectRoot, 'var', 'db');
}

/** The store settings of the validated config (DATABASE_URL, EMBEDDED_DB_DIR, DATABASE_POOL_MAX). */
export function storeSettingsFrom(config: { databaseUrl: string | null; embeddedDbDir: string | null; databasePoolMax: number }): StoreSettings {
  return {
    databaseUrl: config.databaseUrl,
    embeddedDbDir: embeddedDbDirOf(config.embeddedDbDir, PROJECT_ROOT),
    databasePoolMax: config.databasePoolMax,
  };
}
