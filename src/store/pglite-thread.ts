import { Worker } from 'node:worker_threads';
import type { PgliteEngine } from './pglite-engine.ts';

/**
 * PGlite on a worker thread of its own (pglite-worker.ts), seen from the main thread as the
 * same {@link PgliteEngine}. PostgreSQL compiled to WebAssembly does all its work on the
 * thread that calls it: on the bot's HTTP thread a batch of 500 records held the event loop
 * for 15–30 ms (and raised the benchmark's p99); on this thread the HTTP thread only posts
 * the batch. Rows, parameters and errors cross as structured clones (Dates, arrays, BigInts
 * survive); a PostgreSQL error keeps its fields (`code`, `detail`, …).
 *
 * The worker keeps the process alive only while a request is pending, so a command that
 * forgets nothing but `close()` still exits. If the thread dies, every pending and later
 * request fails with "embedded database stopped" (the recorder counts what it loses; the
 * console says the database is not available) — it is not restarted.
 */
type RequestBody = { op: 'query'; sql: string; params?: readonly unknown[] } | { op: 'exec'; sql: string } | { op: 'close' };
export type WorkerRequest = RequestBody & { id: number };

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: PlainError }
  | { id: number; rows: unknown[]; error?: undefined }
  | { id: number; error: PlainError; rows?: undefined };

interface PlainError {
  message: string;
  props: Record<string, string | number>;
}

/** Longest wait for the worker to close the database before it is terminated. */
const CLOSE_TIMEOUT_MS = 10_000;

function errorOf(plain: PlainError): Error {
  return Object.assign(new Error(plain.message), plain.props);
}

/** Starts the worker and resolves once PGlite is open in it (a few seconds: the WebAssembly module starts). */
export function openPgliteOnThread(dir: string | null, template?: string): Promise<PgliteEngine & { thread: Worker }> {
  const thread = new Worker(new URL('./pglite-worker.ts', import.meta.url), { workerData: { dir, template }, name: 'store' });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  let closing = false;

  const settle = (reply: Exclude<WorkerReply, { kind: string }>) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) thread.unref();
    if (reply.error) waiting.reject(errorOf(reply.error));
    else waiting.resolve(reply.rows);
  };
  const stop = (reason: string) => {
    stopped ??= new Error(closing ? 'embedded database is closed' : `embedded database stopped: ${reason}`);
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
  };
  const ask = (request: RequestBody): Promise<unknown[]> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      if (pending.size === 0) thread.ref();
      pending.set(id, { resolve, reject });
      thread.postMessage({ ...request, id } as WorkerRequest);
    });
  };

  return new Promise((resolve, reject) => {
    let ready = false;
    thread.on('message', (reply: WorkerReply) => {
      if ('kind' in reply) {
        if (reply.kind === 'ready') {
          ready = true;
          thread.unref();
          resolve({
            thread,
            query: async (sql, params) => ({ rows: await ask({ op: 'query', sql, params }) }),
            exec: async (sql) => void (await ask({ op: 'exec', sql })),
            async close() {
              if (stopped) return;
              const closed = ask({ op: 'close' }).then(() => undefined);
              closing = true;
              let timer: NodeJS.Timeout | undefined;
              try {
                await Promise.race([closed, new Promise<void>((done) => (timer = setTimeout(done, CLOSE_TIMEOUT_MS)))]);
              } finally {
                clearTimeout(timer);
                stop('closed');
                await thread.terminate();
              }
            },
          });
        } else {
          reject(errorOf(reply.error));
          void thread.terminate();
        }
        return;
      }
      settle(reply);
    });
    thread.on('error', (err) => {
      if (!ready) reject(err);
      stop(err.message);
    });
    thread.on('exit', (code) => {
      if (!ready) reject(new Error(`the embedded database's thread exited with code ${code} before it was ready`));
      stop(`its thread exited with code ${code}`);
    });
  });
}
