import { stepWindow, type RateVerdict, type WindowRule, type WindowState } from './fixed-window.ts';

export type { RateVerdict } from './fixed-window.ts';

/** Counts messages per (hashed) user key in this process. */
export interface RateLimiter {
  check(userKey: string): RateVerdict;
}

export interface RateLimiterOptions extends WindowRule {
  /** Most users tracked at once; ended windows go first, then the oldest. */
  maxUsers: number;
  /** Milliseconds on any monotonic scale (passed in so tests control time). */
  nowMs: () => number;
}

/**
 * {@link stepWindow} over a bounded map. A window is re-inserted when it opens, so the map
 * iterates from the oldest window: ended ones are swept from the front when the map is full.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windows = new Map<string, WindowState>();

  const makeRoom = (now: number) => {
    for (const [key, state] of windows) {
      const ended = now >= state.openedAt + options.windowMs;
      if (!ended && windows.size < options.maxUsers) break;
      windows.delete(key);
    }
  };

  return {
    check(userKey) {
      const now = options.nowMs();
      const previous = windows.get(userKey);
      const { state, verdict } = stepWindow(previous, now, options);
      if (previous && state.openedAt === previous.openedAt) {
        windows.set(userKey, state);
      } else {
        windows.delete(userKey);
        if (windows.size >= options.maxUsers) makeRoom(now);
        windows.set(userKey, state);
      }
      return verdict;
    },
  };
}
