import type { SqlSession } from '../store/sql-store.ts';
import type { LocalWarning } from '../local-warnings/local-warning.ts';

export interface StoredWarning extends LocalWarning {
  createdBy: string;
  createdAt: Date;
  withdrawnAt: Date | null;
}

type Row = { id: number; text: string; intents: string[]; expires_at: Date; created_by: string; created_at: Date; withdrawn_at: Date | null };
const toWarning = (r: Row): StoredWarning => ({
  id: Number(r.id),
  text: r.text,
  intents: r.intents,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
  withdrawnAt: r.withdrawn_at,
});

/** Warnings in force at `now` (not withdrawn, not expired), oldest first. */
export async function activeWarnings(db: SqlSession, now: Date): Promise<StoredWarning[]> {
  const { rows } = await db.query<Row>('SELECT * FROM local_warnings WHERE withdrawn_at IS NULL AND expires_at > $1 ORDER BY id', [now]);
  return rows.map(toWarning);
}

/** The latest warnings, in force or not (for the console's list). */
export async function recentWarnings(db: SqlSession, limit = 50): Promise<StoredWarning[]> {
  const { rows } = await db.query<Row>('SELECT * FROM local_warnings ORDER BY id DESC LIMIT $1', [limit]);
  return rows.map(toWarning);
}

export async function createWarning(db: SqlSession, w: { text: string; intents: string[]; expiresAt: Date; createdBy: string }): Promise<number> {
  const { rows } = await db.query<{ id: number }>('INSERT INTO local_warnings (text, intents, expires_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id', [
    w.text,
    w.intents,
    w.expiresAt,
    w.createdBy,
  ]);
  return Number(rows[0]!.id);
}

export async function withdrawWarning(db: SqlSession, id: number, now: Date): Promise<boolean> {
  const { rows } = await db.query('UPDATE local_warnings SET withdrawn_at = $2 WHERE id = $1 AND withdrawn_at IS NULL RETURNING id', [id, now]);
  return rows.length > 0;
}
