import type { Inflight } from './inflight.ts';

/**
 * Events accepted with a 200 whose reply has not been worked out yet. Processing starts on a
 * later turn, so LINE gets its answer at once; but when more than a few events are waiting
 * for the CPU (a burst larger than the bot can classify, here or on the pipeline workers),
 * the webhook holds its next 200 until the backlog drains. That is back-pressure on LINE
 * instead of an unbounded queue whose every event waits longer and longer for its reply.
 * (Sending the reply, which only waits on the network, does not count.)
 */
export interface EventQueue {
  /**
   * Runs `work` on a later turn; tracked by `inflight` (for shutdown) until it settles. The
   * event stops counting as waiting when `work` calls its `responded` callback (once the
   * reply is worked out) or settles, whichever comes first.
   */
  schedule(work: (responded: () => void) => Promise<void>): void;
  /** Events scheduled whose reply is not worked out yet. */
  waiting(): number;
  /** Resolves once fewer than `limit` events are waiting (at once if that is already so). */
  room(limit: number): Promise<void>;
}

export function createEventQueue(inflight: Inflight): EventQueue {
  let waiting = 0;
  const waiters: { limit: number; resolve: () => void }[] = [];
  const release = () => {
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
      let released = false;
      const responded = () => {
        if (released) return;
        released = true;
        release();
      };
      inflight.track(
        new Promise<void>((resolve) => setImmediate(resolve)).then(() => work(responded)).finally(responded),
      );
    },
    waiting: () => waiting,
    room(limit) {
      if (waiting < limit) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ limit, resolve }));
    },
  };
}
