import type { SqlStore } from './sql-store.ts';
import { EmbeddedStoreBusyError } from './store-errors.ts';
import { openStore, type StoreSettings } from './open-store.ts';

/**
 * The store once it is open and migrated. The bot does not wait for it: until then (or when
 * PostgreSQL is down at start-up) `get()` is null, records wait in the recorder's bounded
 * buffer and the console says the database is not available.
 */
export interface StoreSlot {
  get(): SqlStore | null;
  /** Why the store is not open (the last error), or null. */
  problem(): string | null;
  close(): Promise<void>;
}

/** A slot holding an already open store (tests). */
export function fixedStoreSlot(store: SqlStore | null): StoreSlot {
  return { get: () => store, problem: () => null, close: async () => undefined };
}

/**
 * Opens and migrates the store in the background; PostgreSQL that cannot be reached is retried
 * every `retryMs`. An embedded folder held by another process is not retried (the message says why).
 */
export function openStoreInBackground(
  settings: StoreSettings,
  onError: (message: string) => void,
  retryMs = 15_000,
  /** Opening starts once this settles (the server passes its readiness, so the store does not compete with start-up for the CPU). */
  startAfter: Promise<unknown> = Promise.resolve(),
  /** Called once the store is open and migrated (the server then opens the operator socket of the embedded store). */
  onOpen: (store: SqlStore) => void = () => undefined,
  /** Called once the embedded store's folder is locked for this process, before its PostgreSQL starts (the server then listens on the operator socket). */
  onEmbeddedLocked: () => void = () => undefined,
): StoreSlot {
  let store: SqlStore | null = null;
  let problem: string | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  const attempt = async (): Promise<void> => {
    if (closed) return;
    started = true;
    try {
      const opened = await openStore(settings, { onEmbeddedLocked });
      if (closed) return void (await opened.close());
      store = opened;
      problem = null;
      onOpen(opened);
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
      onError(problem);
      if (!closed && !(err instanceof EmbeddedStoreBusyError)) {
        timer = setTimeout(() => void attempt(), retryMs);
        timer.unref();
      }
    }
  };
  const opening = startAfter.then(attempt, attempt);
  return {
    get: () => store,
    problem: () => problem,
    async close() {
      closed = true;
      clearTimeout(timer);
      // Closed before it began (shutdown during start-up): nothing to wait for.
      if (!started) return;
      // A store still opening closes itself when it is ready (see attempt); shutdown waits a little for that.
      await Promise.race([opening, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      await store?.close();
      store = null;
    },
  };
}
