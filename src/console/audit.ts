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
  /** A send left 'sending' past its lease, sent again with the draft's own retry key (src/broadcast/interrupted-send.ts). */
  | 'broadcast_resumed'
  | 'narrowcast_resumed'
  /** A click to send such a draft again that was not carried out (still inside the lease, the key too old, already done). */
  | 'broadcast_resend_refused'
  | 'narrowcast_resend_refused'
  /** A draft whose delivery is unknown and whose key LINE no longer honours, closed; a new draft made from it. */
  | 'broadcast_redrafted'
  | 'narrowcast_redrafted'
  | 'export';

/** Appends one line to the audit log (who, what, details without any resident data). */
export async function audit(db: SqlSession, operator: string | null, action: AuditAction, detail: Record<string, unknown> = {}): Promise<void> {
  await db.query('INSERT INTO audit_log (operator, action, detail) VALUES ($1, $2, $3::jsonb)', [operator, action, JSON.stringify(detail)]);
}
