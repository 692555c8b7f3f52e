/**
 * Tracks event-processing tasks that run after the webhook has answered 200,
 * so shutdown can wait for them (bounded) instead of dropping replies.
 */
export interface Inflight {
  track(task: Promise<unknown>): void;
  /** Number of tasks still running. */
  size(): number;
  /** Resolves when every tracked task has settled, or after `timeoutMs`; returns how many were left. */
  drain(timeoutMs: number): Promise<number>;
}

export function createInflight(): Inflight {
  const tasks = new Set<Promise<unknown>>();
  return {
    track(task) {
      const settled = task.then(
        () => undefined,
        () => undefined,
      );
      tasks.add(settled);
      void settled.then(() => tasks.delete(settled));
    },
    size: () => tasks.size,
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...tasks]), timeout]);
      clearTimeout(timer);
      return tasks.size;
    },
  };
}
