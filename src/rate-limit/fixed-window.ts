/**
 * A per-user fixed window, as a pure step: (previous window, now) → (next window, verdict).
 * The window opens with a user's first message and lasts `windowMs`; within it the first
 * `limit` messages are answered, the next one gets the rate-limited notice, later ones nothing.
 */

export interface WindowState {
  /** When this window opened (ms, same scale as `nowMs`). */
  openedAt: number;
  /** Messages counted in this window, the current one included. */
  count: number;
}

/** `allow`: answer normally. `notify`: send the rate-limited notice (once per window). `drop`: no reply. */
export type RateVerdict = 'allow' | 'notify' | 'drop';

export interface WindowRule {
  limit: number;
  windowMs: number;
}

export function stepWindow(
  previous: WindowState | undefined,
  nowMs: number,
  rule: WindowRule,
): { state: WindowState; verdict: RateVerdict } {
  // A new window when none is open, the last has ended, or the clock went backwards.
  if (!previous || nowMs >= previous.openedAt + rule.windowMs || nowMs < previous.openedAt) {
    return { state: { openedAt: nowMs, count: 1 }, verdict: rule.limit >= 1 ? 'allow' : 'notify' };
  }
  const count = previous.count + 1;
  const verdict: RateVerdict = count <= rule.limit ? 'allow' : count === rule.limit + 1 ? 'notify' : 'drop';
  return { state: { openedAt: previous.openedAt, count }, verdict };
}
