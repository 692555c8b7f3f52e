import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqlStore } from '../store/sql-store.ts';
import type { Operator } from './operators.ts';
import type { Role } from './roles.ts';

/** How long a console session lasts from log-in (then log in again). */
export const SESSION_HOURS = 8;

export interface Session {
  operator: Operator;
  /** The synchronizer token every POST of this session must carry (`_csrf`). */
  csrfToken: string;
  tokenHash: string;
}

/** Sessions are stored by the SHA-256 of their token: a copy of the database does not let anyone in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(store: SqlStore, operator: Operator, now: Date): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const hash = tokenHash(token);
  await store.query('INSERT INTO sessions (token_hash, operator_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    hash,
    operator.id,
    csrfToken,
    now,
    new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  ]);
  return { token, session: { operator, csrfToken, tokenHash: hash } };
}

/** The live session of a cookie token, or null (unknown, expired, or its operator removed). */
export async function findSession(store: SqlStore, token: string, now: Date): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const hash = tokenHash(token);
  const { rows } = await store.query<{ csrf_token: string; id: number; name: string; role: Role }>(
    `SELECT s.csrf_token, o.id, o.name, o.role FROM sessions s JOIN operators o ON o.id = s.operator_id
     WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [hash, now],
  );
  const row = rows[0];
  return row ? { operator: { id: Number(row.id), name: row.name, role: row.role }, csrfToken: row.csrf_token, tokenHash: hash } : null;
}

export async function endSession(store: SqlStore, session: Session): Promise<void> {
  await store.query('DELETE FROM sessions WHERE token_hash = $1', [session.tokenHash]);
}

/** Constant-time comparison of a submitted CSRF token with the session's. */
export function csrfMatches(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
