import type { StoreSlot } from '../store/store-slot.ts';
import type { LocalWarning } from '../local-warnings/local-warning.ts';
import { activeWarnings } from './local-warnings-store.ts';

export interface WarningsRefresher {
  /** Reads the store now (the console calls this after a change, so the next reply shows it). */
  refreshNow(): Promise<void>;
  stop(): void;
}

/**
 * The side task that keeps the local warnings in memory: every `intervalMs` it reads the
 * warnings in force and hands them to `apply` (which puts them into the knowledge decide
 * reads). `apply` gets the same array until the stored warnings change, and is called on every
 * tick so that a runtime replaced meanwhile (a data reload) gets them again. A store that
 * cannot be read keeps the last list; nothing here touches the reply path.
 */
export function startWarningsRefresher(options: {
  store: StoreSlot;
  clock: () => Date;
  intervalMs: number;
  apply: (warnings: readonly LocalWarning[]) => void;
  onError: (message: string) => void;
}): WarningsRefresher {
  let current: readonly LocalWarning[] = Object.freeze([]);
  let key = '[]';
  let running: Promise<void> | null = null;
  const tick = async () => {
    const store = options.store.get();
    if (store) {
      try {
        const now = options.clock();
        const list = (await activeWarnings(store, now)).map(({ id, text, intents, expiresAt }) => Object.freeze({ id, text, intents: Object.freeze([...intents]), expiresAt }));
        const nextKey = JSON.stringify(list);
        if (nextKey !== key) {
          key = nextKey;
          current = Object.freeze(list);
        }
      } catch (err) {
        options.onError(err instanceof Error ? err.message : String(err));
      }
    }
    options.apply(current);
  };
  const refreshNow = async () => {
    // A tick already under way may have read the store before the change: wait for it, then read again.
    await running?.catch(() => undefined);
    const mine = tick();
    running = mine;
    try {
      await mine;
    } finally {
      if (running === mine) running = null;
    }
  };
  void refreshNow();
  const timer = setInterval(() => void refreshNow(), options.intervalMs);
  timer.unref();
  return { refreshNow, stop: () => clearInterval(timer) };
}
