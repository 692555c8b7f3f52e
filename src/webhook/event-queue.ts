import type { Inflight } from './inflight.ts';

/**
 * Bounded in-flight work for the webhook. Each delivery's events start at once (on a later
 * turn), and the 200 normally goes out at once too. But while `limit` events of deliveries
 * already answered are still in flight, the next 200 is held until one of them is done, this
 * delivery's own events are done, or `maxHoldMs` passes, whichever comes first. That is
 * back-pressure on LINE instead of a backlog whose every event waits longer and longer for its
 * reply: under overload LINE sends a little slower and each reply still goes out within
 * milliseconds of its event.
 *
 * "In flight" is the work: the pipeline, the wait for a turn to send (a reply waiting for one
 * of the LINE_MAX_CONCURRENT_SENDS connections, when LINE is slow), and sending the reply until
 * SEND_GRACE_MS after it was written (its CPU work, or its wait behind other sends on a busy
 * thread). The wait for LINE's answer beyond that, or for a retry, is network time and does
 * not hold other deliveries. (Issue #17: when replies waiting for a connection did not count,
 * a slow LINE API let them pile up without bound while every 200 went out at once.)
 * (npm run bench, concurrency 10: counting only the events waiting for the pipeline let the
 * replies queue for sending behind them, p50 event-to-reply 26-32 ms; counting them, 14-16 ms.)
 */
export interface EventQueue {
  /**
   * Starts each of `works` on a later turn, tracked by `inflight` (for shutdown) until it
   * settles, and resolves when the delivery may be answered (see above); from then on its
   * events in flight count against the limit of later deliveries. A work calls `responded`
   * once its reply is written on a connection to LINE.
   */
  accept(works: readonly ((responded: () => void) => Promise<void>)[], limit: number): Promise<void>;
  /** Events of answered deliveries still in flight. */
  inFlight(): number;
}

export interface EventQueueOptions {
  /** Longest the 200 is held for the events in flight (LINE must not time out waiting). */
  maxHoldMs?: number;
  /** How long after `responded` (reply written on a connection) an unfinished event still counts. */
  sendGraceMs?: number;
}

/** The default longest hold of a 200: far below LINE's webhook timeout, far above one event's work. */
export const MAX_ACK_HOLD_MS = 1000;

/**
 * An event whose reply is being sent counts this long at most: long enough to cover the CPU
 * work of the send (well under a millisecond) and a backlog of sends on a busy thread, short
 * enough that the wait for LINE's answer (tens of milliseconds over the Internet, more when
 * it retries) does not hold later deliveries: that is network time, not work.
 */
export const SEND_GRACE_MS = 5;

export function createEventQueue(inflight: Inflight, options: EventQueueOptions = {}): EventQueue {
  const maxHoldMs = options.maxHoldMs ?? MAX_ACK_HOLD_MS;
  const sendGraceMs = options.sendGraceMs ?? SEND_GRACE_MS;
  let answered = 0;
  // Deliveries holding their 200, oldest first.
  const held: { limit: number; release: () => void }[] = [];
  const wake = () => {
    while (held.length > 0 && answered < held[0]!.limit) held.shift()!.release();
  };
  return {
    accept(works, limit) {
      let counting = works.length;
      let isAnswered = false;
      let release: () => void = () => undefined;
      let timer: NodeJS.Timeout | undefined;
      const answer = new Promise<void>((resolve) => {
        release = () => {
          if (isAnswered) return;
          isAnswered = true;
          clearTimeout(timer);
          const i = held.findIndex((h) => h.release === release);
          if (i >= 0) held.splice(i, 1);
          answered += counting;
          resolve();
        };
      });
      for (const work of works) {
        let done = false;
        let grace: NodeJS.Timeout | undefined;
        const stopCounting = () => {
          if (done) return;
          done = true;
          clearTimeout(grace);
          counting--;
          if (isAnswered) {
            answered--;
            wake();
          } else if (counting === 0) release();
        };
        const responded = () => {
          if (!done && grace === undefined) grace = setTimeout(stopCounting, sendGraceMs);
        };
        inflight.track(
          new Promise<void>((resolve) => setImmediate(resolve))
            .then(() => work(responded))
            .finally(stopCounting),
        );
      }
      if (counting === 0 || answered < limit) release();
      else {
        held.push({ limit, release });
        timer = setTimeout(release, maxHoldMs);
      }
      return answer;
    },
    inFlight: () => answered,
  };
}
