import { Worker } from 'node:worker_threads';
import type { Incoming } from '../incoming/incoming.ts';
import { respond, type Reply } from './pipeline.ts';
import { loadRuntimeData, type RuntimeSources } from '../runtime/load-runtime.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { Classification } from '../nlu/classification.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { WorkerRequest, WorkerResponse } from './pipeline-worker.ts';

/** The pipeline with classification on worker threads: same answers as `respond`, the CPU-heavy step off the main thread. */
export interface PipelinePool {
  respond(incoming: Incoming, now: Date): Promise<Reply>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (classification: Classification) => void;
  reject: (err: Error) => void;
}

/**
 * Starts `size` workers, each loading the data and training the model (about as long as the
 * main thread's own start-up), and resolves once all are ready. A text is classified on the
 * worker with the fewest in flight; then the same `respond` as everywhere else runs here, on
 * `knowledge` (loaded from `sources` when not given), with that classification. Decide and
 * render are cheap (~0.1 ms); copying their ~6 kB of messages back from a worker cost about as
 * much, on both threads. A worker that dies fails its pending requests (the events are logged
 * as failed) and is not replaced: the pool's size only shrinks until a restart.
 */
export async function startPipelinePool(size: number, sources: RuntimeSources, knowledge?: Knowledge): Promise<PipelinePool> {
  const data = knowledge ?? loadRuntimeData(sources).knowledge;
  const workers = await Promise.all(Array.from({ length: size }, () => startWorker(sources)));
  let nextId = 1;
  const classify = (text: string): Promise<Classification> => {
    const live = workers.filter((w) => w.alive);
    if (live.length === 0) return Promise.reject(new Error('no pipeline worker is running'));
    const worker = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise<Classification>((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      worker.thread.postMessage({ id, text } satisfies WorkerRequest);
    });
  };
  return {
    async respond(incoming, now) {
      const classification = incoming.kind === 'text' ? await classify(incoming.text) : null;
      return respond(incoming, classifiedRuntime(data, incoming, classification), now);
    },
    async close() {
      await Promise.all(workers.map((w) => w.thread.terminate()));
    },
  };
}

/** A runtime whose classifier answers this one event's text with the worker's classification. */
function classifiedRuntime(knowledge: Knowledge, incoming: Incoming, classification: Classification | null): Runtime {
  return {
    knowledge,
    classifier: {
      classify(text) {
        if (classification === null || incoming.kind !== 'text' || text !== incoming.text) {
          throw new Error('pipeline pool: classification asked for a text the worker did not classify');
        }
        return classification;
      },
    },
  };
}

interface RunningWorker {
  thread: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

function startWorker(sources: RuntimeSources): Promise<RunningWorker> {
  const thread = new Worker(new URL('./pipeline-worker.ts', import.meta.url), { workerData: sources, name: 'pipeline' });
  const worker: RunningWorker = { thread, pending: new Map(), alive: true };
  const failAll = (message: string) => {
    worker.alive = false;
    for (const p of worker.pending.values()) p.reject(new Error(message));
    worker.pending.clear();
  };
  return new Promise((resolve, reject) => {
    thread.on('message', (message: WorkerResponse) => {
      if ('kind' in message) {
        if (message.kind === 'ready') resolve(worker);
        else reject(new Error(`pipeline worker could not start: ${message.error}`));
        return;
      }
      const pending = worker.pending.get(message.id);
      if (!pending) return;
      worker.pending.delete(message.id);
      if ('classificationJson' in message) pending.resolve(JSON.parse(message.classificationJson) as Classification);
      else pending.reject(new Error(`pipeline worker: ${message.error}`));
    });
    thread.on('error', (err) => {
      failAll(`pipeline worker failed: ${err.message}`);
      reject(err);
    });
    thread.on('exit', (code) => {
      failAll(`pipeline worker exited with code ${code}`);
      reject(new Error(`pipeline worker exited with code ${code} before it was ready`));
    });
  });
}

/** A pool usable before its workers are ready (the app is built before they start); calls wait for them. */
export function deferredPool(starting: Promise<PipelinePool>): PipelinePool {
  return {
    respond: async (incoming, now) => (await starting).respond(incoming, now),
    close: async () => {
      const pool = await starting.catch(() => null);
      await pool?.close();
    },
  };
}

/**
 * The main thread's runtime when the pipeline runs on workers: the reply data (for the
 * rate-limit notice, rendered here) and no classifier of its own.
 */
export function workerBackedRuntime(knowledge: Knowledge): Runtime {
  return {
    knowledge,
    classifier: {
      classify() {
        throw new Error('classification runs on the pipeline workers, not on the main thread');
      },
    },
  };
}
