import type { SqlStore } from '../../src/store/sql-store.ts';

/** Every row of every table of the store, as JSON text (for "nothing personal is stored" checks). */
export async function dumpAllTables(store: SqlStore): Promise<{ tables: string[]; text: string }> {
  const { rows } = await store.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const parts: string[] = [];
  for (const { name } of rows) {
    const dump = await store.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
    parts.push(`## ${name}`, ...dump.rows.map((r) => r.row));
  }
  return { tables: rows.map((r) => r.name), text: parts.join('\n') };
}

/** The pieces of `secret` a store must not hold: the whole and every 6-character window of it (longer than 6). */
export function piecesOf(secret: string): string[] {
  if (secret.length <= 6) return [secret];
  const pieces = [secret];
  for (let i = 0; i + 6 <= secret.length; i += 3) pieces.push(secret.slice(i, i + 6));
  return pieces;
}
