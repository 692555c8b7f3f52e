import type { SqlStore } from '../store/sql-store.ts';
import { audit } from './audit.ts';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { isRole, type Role } from './roles.ts';

export interface Operator {
  id: number;
  name: string;
  role: Role;
}

export interface OperatorListing extends Operator {
  createdAt: Date;
  lockedUntil: Date | null;
}

/** Failed log-ins in a row that lock an account, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** An operator name: letters, digits, . _ - (no spaces), 1–64 characters. */
export const OPERATOR_NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

export class OperatorError extends Error {
  override name = 'OperatorError';
}

/** `options.hashCost`: scrypt's N for this account's hash (default: passwords.ts's); the tests' accounts use a cheap one. */
export async function addOperator(store: SqlStore, name: string, role: string, password: string, by: string | null, options: { hashCost?: number } = {}): Promise<Operator> {
  if (!OPERATOR_NAME.test(name)) throw new OperatorError('アカウント名は英数字と . _ - の1〜64文字にしてください。');
  if (!isRole(role)) throw new OperatorError('役割は viewer・editor・admin のどれかです。');
  const problem = passwordProblem(password, name);
  if (problem) throw new OperatorError(problem);
  const hash = await hashPassword(password, options.hashCost);
  const { rows } = await store.query<{ id: number }>(
    'INSERT INTO operators (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING id',
    [name, role, hash],
  );
  if (!rows[0]) throw new OperatorError(`アカウント「${name}」はもうあります。`);
  await audit(store, by, 'operator_added', { name, role });
  return { id: Number(rows[0].id), name, role };
}

export async function removeOperator(store: SqlStore, name: string, by: string | null): Promise<boolean> {
  const { rows } = await store.query('DELETE FROM operators WHERE name = $1 RETURNING id', [name]);
  if (rows.length) await audit(store, by, 'operator_removed', { name });
  return rows.length > 0;
}

export async function listOperators(store: SqlStore): Promise<OperatorListing[]> {
  const { rows } = await store.query<{ id: number; name: string; role: Role; created_at: Date; locked_until: Date | null }>(
    'SELECT id, name, role, created_at, locked_until FROM operators ORDER BY name',
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, role: r.role, createdAt: r.created_at, lockedUntil: r.locked_until }));
}

export type LoginResult = { ok: true; operator: Operator } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks a log-in. An unknown name costs the same scrypt as a known one. After
 * {@link MAX_FAILED_LOGINS} failures in a row the account is locked for {@link LOCK_MINUTES}
 * minutes (even the right password is refused then). Every outcome is in the audit log.
 */
export async function checkLogin(store: SqlStore, name: string, password: string, now: Date): Promise<LoginResult> {
  const { rows } = await store.query<{ id: number; name: string; role: Role; password_hash: string; failed_logins: number; locked_until: Date | null }>(
    'SELECT id, name, role, password_hash, failed_logins, locked_until FROM operators WHERE name = $1',
    [name],
  );
  const row = rows[0];
  if (!row) {
    await verifyPassword(password, await decoyHash());
    await audit(store, null, 'login_failed', { reason: 'unknown name' });
    return { ok: false, reason: 'invalid' };
  }
  if (row.locked_until && row.locked_until.getTime() > now.getTime()) {
    await audit(store, row.name, 'login_failed', { reason: 'locked' });
    return { ok: false, reason: 'locked' };
  }
  if (await verifyPassword(password, row.password_hash)) {
    await store.query('UPDATE operators SET failed_logins = 0, locked_until = NULL WHERE id = $1', [row.id]);
    return { ok: true, operator: { id: Number(row.id), name: row.name, role: row.role } };
  }
  const { rows: updated } = await store.query<{ failed_logins: number }>(
    `UPDATE operators SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
     WHERE id = $1 RETURNING failed_logins`,
    [row.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MINUTES * 60_000)],
  );
  const failures = Number(updated[0]?.failed_logins ?? 0);
  if (failures >= MAX_FAILED_LOGINS) {
    await store.query('UPDATE operators SET failed_logins = 0 WHERE id = $1', [row.id]);
    await audit(store, row.name, 'login_locked', { minutes: LOCK_MINUTES });
    return { ok: false, reason: 'locked' };
  }
  await audit(store, row.name, 'login_failed', { reason: 'wrong password', failures });
  return { ok: false, reason: 'invalid' };
}
