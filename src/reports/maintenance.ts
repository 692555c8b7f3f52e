import { inTransaction, type SqlStore } from '../store/sql-store.ts';
import type { StoreSlot } from '../store/store-slot.ts';
import { jstDay } from './jst-day.ts';

/** Advisory lock key: one instance at a time folds and purges. */
const MAINTENANCE_LOCK = 7_240_020;

export interface MaintenanceResult {
  foldedDays: number;
  purgedTexts: number;
  purgedSessions: number;
}

/**
 * Retention, run at start-up and every hour: the resident hashes of finished days are folded
 * into a count and deleted (only the number survives the day); masked unanswered texts past
 * their 30 days and expired console sessions are deleted. Safe when several instances run it.
 */
export async function runMaintenance(store: SqlStore, now: Date): Promise<MaintenanceResult> {
  const today = jstDay(now);
  return inTransaction(store, async (tx) => {
    const lock = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [MAINTENANCE_LOCK]);
    if (!lock.rows[0]?.ok) return { foldedDays: 0, purgedTexts: 0, purgedSessions: 0 };
    const folded = await tx.query<{ day: string }>(
      `INSERT INTO resident_counts (day, residents)
         SELECT day, count(*)::int FROM daily_residents WHERE day < $1::date GROUP BY day
       ON CONFLICT (day) DO UPDATE SET residents = resident_counts.residents + excluded.residents
       RETURNING day::text AS day`,
      [today],
    );
    await tx.query('DELETE FROM daily_residents WHERE day < $1::date', [today]);
    const texts = await tx.query('DELETE FROM unanswered_texts WHERE expires_at <= $1 RETURNING id', [now]);
    const sessions = await tx.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash', [now]);
    return { foldedDays: folded.rows.length, purgedTexts: texts.rows.length, purgedSessions: sessions.rows.length };
  });
}

/**
 * Runs {@link runMaintenance} once the store is open and then every `intervalMs`; failures go to
 * `onError` and never stop the bot.
 */
export function startMaintenance(store: StoreSlot, clock: () => Date, onError: (message: string) => void, intervalMs = 3_600_000): { stop(): void } {
  let lastRun = 0;
  const tick = () => {
    const open = store.get();
    if (!open || Date.now() - lastRun < intervalMs) return;
    lastRun = Date.now();
    runMaintenance(open, clock()).catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  };
  // Checked every minute so that the first run follows the store's opening closely.
  const timer = setInterval(tick, 60_000);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return { stop: () => clearInterval(timer) };
}
