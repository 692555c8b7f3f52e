/**
 * A worker thread running the pipeline (normalise → classify → decide → render) for the
 * webhook, so classification, the CPU-heavy step, runs beside the main thread's HTTP work.
 * It loads the same data files and trains the same (seeded, deterministic) model.
 * Messages in: {id, incoming, nowMs}; out: {id, reply} or {id, error}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRuntime, loadRuntimeData, type RuntimeSources } from '../runtime/load-runtime.ts';
import { respond } from './pipeline.ts';
import type { Incoming } from './incoming.ts';

export interface WorkerRequest {
  id: number;
  incoming: Incoming;
  nowMs: number;
}

export type WorkerResponse =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { id: number; reply: ReturnType<typeof respond> }
  | { id: number; error: string };

const port = parentPort;
if (port) {
  try {
    const { runtime } = await buildRuntime(loadRuntimeData(workerData as RuntimeSources));
    port.on('message', (request: WorkerRequest) => {
      let response: WorkerResponse;
      try {
        response = { id: request.id, reply: respond(request.incoming, runtime, new Date(request.nowMs)) };
      } catch (err) {
        response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
      }
      port.postMessage(response);
    });
    port.postMessage({ kind: 'ready' } satisfies WorkerResponse);
  } catch (err) {
    port.postMessage({ kind: 'failed', error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
  }
}
