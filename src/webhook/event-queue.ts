import type { Inflight } from './inflight.ts';

/**
 * Events accepted with a 200 whose processing has not started yet. Processing starts on a
 * later turn, so LINE gets its answer at once; but when more than a few events are waiting
 * for the CPU (a burst larger than the bot can classify), the webhook holds its next 200 until
 * the backlog drains. That is back-pressure on LINE instead of an unbounded queue whose every
 * event waits longer and longer for its reply.
 */
export interface EventQueue {
  /** Runs `work` on a later turn; tracked by `inflight` (for shutdown) until it settles. */
  schedule(work: () => Promise<void>): void;
  /** Events scheduled but not started. */
  waiting(): number;
  /** Resolves once fewer than `limit` events are waiting (at once if that is already so). */
  room(limit: number): Promise<void>;
}

export function createEventQueue(inflight: Inflight): EventQueue {
  let waiting = 0;
  const waiters: { limit: number; resolve: () => void }[] = [];
  const started = () => {
    waiting--;
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (waiting < w.limit) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  };
  return {
    schedule(work) {
      waiting++;
      inflight.track(
        new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          started();
          return work();
        }),
      );
    },
    waiting: () => waiting,
    room(limit) {
      if (waiting < limit) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ limit, resolve }));
    },
  };
}
