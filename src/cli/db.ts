/**
 * `npm run db -- migrate` — applies the store's migrations (PostgreSQL with DATABASE_URL,
 * else the embedded database in EMBEDDED_DB_DIR / var/db) and prints what it applied.
 * `npm run db -- status` — prints the applied migrations.
 * The server also migrates on start-up; running this first is optional.
 */
import { loadConfig } from '../config.ts';
import { MIGRATIONS, migrate } from '../store/migrations.ts';
import { embeddedDbDirOf, openStore } from '../store/open-store.ts';
import { finishStoreCommand } from './finish-store-command.ts';
import { PROJECT_ROOT } from '../runtime/project-paths.ts';

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'status') {
    process.stderr.write('usage: npm run db -- migrate | status\n');
    return 2;
  }
  const config = loadConfig();
  const store = await openStore(
    { databaseUrl: config.databaseUrl, embeddedDbDir: embeddedDbDirOf(config.embeddedDbDir, PROJECT_ROOT), databasePoolMax: 1 },
    { migrate: false, embeddedThread: 'here' },
  );
  try {
    if (command === 'migrate') {
      const applied = await migrate(store);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'up to date\n');
    } else {
      await migrate(store, []);
      const { rows } = await store.query<{ id: number; name: string }>('SELECT id, name FROM schema_migrations ORDER BY id');
      const done = new Set(rows.map((r) => Number(r.id)));
      for (const m of MIGRATIONS) process.stdout.write(`${done.has(m.id) ? 'applied' : 'pending'}  ${m.id}  ${m.name}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

finishStoreCommand(main());
