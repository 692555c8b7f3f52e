import type { SqlSession } from '../store/sql-store.ts';

/** What the audit log records. */
export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'operator_added'
  | 'operator_removed'
  | 'warning_created'
  | 'warning_withdrawn'
  | 'broadcast_drafted'
  | 'broadcast_sent'
  | 'broadcast_failed'
  | 'narrowcast_drafted'
  | 'narrowcast_sent'
  | 'narrowcast_failed'
  /** LINE reported a sent narrowcast succeeded or failed (counts, error code); no operator. */
  | 'narrowcast_finished'
  | 'export';

/** Appends one line to the audit log (who, what, details without any resident data). */
export async function audit(db: SqlSession, operator: string | null, action: AuditAction, detail: Record<string, unknown> = {}): Promise<void> {
  await db.query('INSERT INTO audit_log (operator, action, detail) VALUES ($1, $2, $3::jsonb)', [operator, action, JSON.stringify(detail)]);
}
