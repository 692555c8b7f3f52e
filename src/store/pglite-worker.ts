/**
 * The worker thread that runs the embedded database (started by pglite-thread.ts): it opens
 * PGlite in `workerData.dir` and answers numbered requests in the order they arrive. Nothing
 * here decides anything; the store's rules (one session at a time, the folder's lock) stay
 * with the caller on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openPgliteHere, type PgliteEngine } from './pglite-engine.ts';
import type { WorkerReply, WorkerRequest } from './pglite-thread.ts';

const port = parentPort!;
const { dir, template } = workerData as { dir: string | null; template?: string };

/** An error as plain data: PostgreSQL's fields (code, detail, …) travel with the message. */
function plain(err: unknown): { message: string; props: Record<string, string | number> } {
  if (!(err instanceof Error)) return { message: String(err), props: {} };
  const props: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(err)) {
    if (typeof value === 'string' || typeof value === 'number') props[key] = value;
  }
  return { message: err.message, props };
}

let engine: PgliteEngine | null = null;
try {
  engine = await openPgliteHere(dir, template);
} catch (err) {
  // The main thread terminates this thread once it has read why.
  port.postMessage({ kind: 'failed', error: plain(err) } satisfies WorkerReply);
}
if (engine) {
  const db = engine;
  port.on('message', (request: WorkerRequest) => {
    const answer = async (): Promise<WorkerReply> => {
      try {
        if (request.op === 'query') return { id: request.id, rows: (await db.query(request.sql, request.params)).rows };
        if (request.op === 'exec') await db.exec(request.sql);
        else await db.close();
        return { id: request.id, rows: [] };
      } catch (err) {
        return { id: request.id, error: plain(err) };
      }
    };
    void answer().then((reply) => port.postMessage(reply));
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}
