import { Worker } from 'node:worker_threads';
import type { Incoming } from '../incoming/incoming.ts';
import { respond, withinClassifyLimit, type Reply } from './pipeline.ts';
import { loadRuntimeData, type RuntimeSources } from '../runtime/load-runtime.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { Classification } from '../nlu/classification.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { WorkerRequest, WorkerResponse } from './classification-service.ts';
import type { NluData } from '../nlu/build-classifier.ts';
import type { PipelineDataMessage, PipelineWorkerData } from './pipeline-worker.ts';
import { pastDeadlineReply } from './past-deadline.ts';

/** The pipeline with classification on worker threads: same answers as `respond`, the CPU-heavy step off the main thread. */
export interface PipelinePool {
  respond(incoming: Incoming, now: Date): Promise<Reply>;
  /** Replaces the reply data decide and render read here (the console's local warnings are refreshed this way). */
  setKnowledge?(knowledge: Knowledge): void;
  close(): Promise<void>;
}

/** CLASSIFY_DEADLINE_MS when not set (README "Settings"). */
export const DEFAULT_CLASSIFY_DEADLINE_MS = 2000;

export interface PipelinePoolOptions {
  /** How long one text may take on a worker (CLASSIFY_DEADLINE_MS), counted from when the worker starts on it. */
  classifyDeadlineMs?: number;
  /** The worker script (tests use a stand-in that can be made to hang). */
  workerUrl?: URL;
  /**
   * The NLU data (intents, lexicon, signals) as the main thread loaded and validated it: each
   * worker gets a copy and reads no data file. Absent: each worker loads it from `sources`.
   * A promise: the workers start at once and build their tokenizers meanwhile, and get the data
   * when it comes (the server starts the pool before it validates the files).
   */
  nlu?: NluData | Promise<NluData>;
}

/** A worker gave up on a text: past its deadline, or the worker died while reading it. */
const PAST_DEADLINE = Symbol('past deadline');
type Outcome = Classification | typeof PAST_DEADLINE;

interface Job {
  id: number;
  text: string;
  /** A text read from an image: classified after the typed texts (see {@link READ_MAX_HOLD_MS}). */
  read: boolean;
  /** performance.now() when it came (for how long a read has been held). */
  cameAt: number;
  resolve: (outcome: Outcome) => void;
  reject: (err: Error) => void;
}

/**
 * The longest a text read from an image is held back while typed texts keep a worker busy;
 * then it is posted behind them like any text. An image's reply already waited a read of
 * ~0.5-3 s; a typed question waits for nothing but its own classification (~1 ms).
 */
export const READ_MAX_HOLD_MS = 500;

interface RunningWorker {
  thread: Worker;
  /** Texts posted to this worker and not answered yet, in the order posted (the order it reads them). */
  queue: Job[];
  /**
   * Fires `classifyDeadlineMs` after the text at the head of the queue (the one the worker is
   * reading) became the head; one timer per worker, restarted with refresh() (no allocation per
   * text on the HTTP thread), and harmless when it fires with the queue empty.
   */
  timer: NodeJS.Timeout | null;
  alive: boolean;
}

/**
 * Starts `size` workers, each building its tokenizer and loading (or training) the model from
 * the NLU data given in `options.nlu` (else read from `sources`), and resolves once all are ready. A text is classified on the
 * worker with the fewest in flight; then the same `respond` as everywhere else runs here, on
 * `knowledge` (loaded from `sources` when not given), with that classification. Decide and
 * render are cheap (~0.1 ms); copying their ~6 kB of messages back from a worker cost about as
 * much, on both threads.
 *
 * The deadline: a worker reads its texts one at a time, in order, so the text at the head of
 * its queue is the one being read, since the answer before it came back. When that text takes
 * longer than `classifyDeadlineMs`, or the worker dies, the text gets the safe generic answer
 * (past-deadline.ts), the worker is terminated and a new one started, and the texts queued
 * behind it go to the other workers (or wait for the new one), each with a deadline of its
 * own. Other residents wait at most for that: a deadline, plus a worker's start-up when the
 * pool has a single worker.
 *
 * Texts read from images (`incoming.image`) come second: one is posted only to a worker with
 * nothing in flight, and is held here meanwhile (at most {@link READ_MAX_HOLD_MS}, then it
 * queues as any text would). A read can be hundreds of characters (measured here: ~0.7 ms to
 * classify 80 characters, 2-6 ms for 300-600, against ~0.3 ms for a typed question; more on a
 * busy machine), and a burst of images (a group's album, several residents' screenshots) would
 * otherwise queue several reads on the worker in front of every typed text; now a typed text
 * waits at most for the one read a worker has already started.
 */
export async function startPipelinePool(
  size: number,
  sources: RuntimeSources,
  knowledge?: Knowledge | Promise<Knowledge>,
  options: PipelinePoolOptions = {},
): Promise<PipelinePool> {
  const deadlineMs = options.classifyDeadlineMs ?? DEFAULT_CLASSIFY_DEADLINE_MS;
  const workerUrl = options.workerUrl ?? new URL('./pipeline-worker.ts', import.meta.url);
  const nluLater = options.nlu instanceof Promise ? options.nlu : null;
  const start: PipelineWorkerData = { sources, nlu: nluLater ? null : (options.nlu as NluData | undefined) ?? null, dataFollows: nluLater !== null };
  const workers: RunningWorker[] = [];
  /** Texts waiting for a worker (all were retired and replacements are starting). */
  const waiting: Job[] = [];
  /** Texts read from images, held until a worker has nothing in flight (oldest first). */
  const heldReads: Job[] = [];
  let starting = 0;
  let closed = false;
  let nextId = 1;

  const armHead = (worker: RunningWorker) => {
    if (worker.queue.length === 0) return;
    if (worker.timer) worker.timer.refresh();
    else {
      worker.timer = setTimeout(() => {
        if (worker.queue.length > 0) retire(worker);
      }, deadlineMs);
      worker.timer.unref();
    }
  };

  const dispatch = (job: Job) => {
    if (closed) {
      job.reject(new Error('pipeline pool closed'));
      return;
    }
    const live = workers.filter((w) => w.alive);
    if (live.length === 0) {
      if (starting > 0) waiting.push(job);
      else job.reject(new Error('no pipeline worker is running'));
      return;
    }
    // A read goes only to an idle worker, unless it has been held long enough.
    if (job.read && !live.some((w) => w.queue.length === 0) && performance.now() - job.cameAt < READ_MAX_HOLD_MS) {
      heldReads.push(job);
      return;
    }
    // The fewest in flight; between equals, one not busy with a read (a typed text then waits for no read at all).
    const worker = live.reduce((a, b) => (b.queue.length < a.queue.length || (b.queue.length === a.queue.length && a.queue[0]?.read === true && b.queue[0]?.read !== true) ? b : a));
    worker.queue.push(job);
    worker.thread.postMessage({ id: job.id, text: job.text } satisfies WorkerRequest);
    if (worker.queue.length === 1) armHead(worker);
  };

  const answer = (worker: RunningWorker, message: WorkerResponse) => {
    if (!worker.alive || 'kind' in message) return;
    const index = worker.queue.findIndex((j) => j.id === message.id);
    if (index < 0) return;
    const [job] = worker.queue.splice(index, 1);
    if (index === 0) armHead(worker);
    if ('classificationJson' in message) job!.resolve(JSON.parse(message.classificationJson) as Classification);
    else job!.reject(new Error(`pipeline worker: ${message.error}`));
    releaseReads();
  };

  /** Posts the held reads a worker is free for (or that were held long enough), oldest first. */
  const releaseReads = () => {
    while (heldReads.length > 0) {
      const before = heldReads.length;
      dispatch(heldReads.shift()!);
      // Held again: no worker is free yet.
      if (heldReads.length === before) {
        heldReads.unshift(heldReads.pop()!);
        return;
      }
    }
  };

  /** Takes a stuck or dead worker out: its current text gets the generic answer, the rest go elsewhere. */
  const retire = (worker: RunningWorker) => {
    if (!worker.alive) return;
    worker.alive = false;
    if (worker.timer) clearTimeout(worker.timer);
    workers.splice(workers.indexOf(worker), 1);
    void worker.thread.terminate();
    const [current, ...behind] = worker.queue;
    worker.queue = [];
    current?.resolve(PAST_DEADLINE);
    if (!closed) replace();
    for (const job of behind) dispatch(job);
  };

  const replace = () => {
    starting++;
    startWorker(start, workerUrl, answer, retire).then(
      (worker) => {
        starting--;
        if (closed) {
          void worker.thread.terminate();
          return;
        }
        workers.push(worker);
        for (const job of waiting.splice(0)) dispatch(job);
        releaseReads();
      },
      () => {
        starting--;
        if (starting === 0 && workers.length === 0) {
          for (const job of waiting.splice(0)) job.reject(new Error('no pipeline worker is running (a replacement failed to start)'));
        }
      },
    );
  };

  // The first workers start before anything is awaited (with the data to follow, when it is a promise).
  const first = Promise.all(Array.from({ length: size }, () => startWorker(start, workerUrl, answer, retire, nluLater)));
  first.catch(() => undefined);
  let data: Knowledge;
  try {
    data = await (knowledge ?? loadRuntimeData(sources).knowledge);
    // Replacements (after a deadline) get the data with their start.
    if (nluLater) Object.assign(start, { nlu: await nluLater, dataFollows: false });
  } catch (err) {
    void first.then((started) => started.forEach((w) => void w.thread.terminate()));
    throw err;
  }
  workers.push(...(await first));

  const classify = (text: string, read: boolean): Promise<Outcome> =>
    new Promise<Outcome>((resolve, reject) => {
      dispatch({ id: nextId++, text, read, cameAt: performance.now(), resolve, reject });
    });

  return {
    setKnowledge(next) {
      data = next;
    },
    async respond(event, now) {
      // Cut here as respond() does, so the text classified is the text respond() asks about.
      const incoming = withinClassifyLimit(event);
      if (incoming.kind !== 'text') return respond(incoming, classifiedRuntime(data, incoming, null), now);
      // Only what the classifier reads crosses the thread (a signed body can carry more than LINE allows).
      const outcome = await classify(incoming.text, incoming.image !== undefined);
      if (outcome === PAST_DEADLINE) return pastDeadlineReply(incoming, classifiedRuntime(data, incoming, null), now);
      return respond(incoming, classifiedRuntime(data, incoming, outcome), now);
    },
    async close() {
      closed = true;
      for (const job of [...waiting.splice(0), ...heldReads.splice(0)]) job.reject(new Error('pipeline pool closed'));
      await Promise.all(
        workers.splice(0).map((w) => {
          w.alive = false;
          if (w.timer) clearTimeout(w.timer);
          for (const job of w.queue.splice(0)) job.reject(new Error('pipeline pool closed'));
          return w.thread.terminate();
        }),
      );
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

/**
 * Starts one worker and resolves when it is ready. Afterwards each answer goes to `onAnswer`,
 * and an error or exit (not asked for) to `onDeath`, which retires the worker.
 */
function startWorker(
  start: PipelineWorkerData,
  url: URL,
  onAnswer: (worker: RunningWorker, message: WorkerResponse) => void,
  onDeath: (worker: RunningWorker) => void,
  nluLater: Promise<NluData> | null = null,
): Promise<RunningWorker> {
  const thread = new Worker(url, { workerData: { ...start }, name: 'pipeline' });
  if (start.dataFollows && nluLater) {
    nluLater.then(
      (nlu) => thread.postMessage({ kind: 'data', nlu } satisfies PipelineDataMessage),
      () => void thread.terminate(),
    );
  }
  const worker: RunningWorker = { thread, queue: [], timer: null, alive: true };
  let ready = false;
  return new Promise((resolve, reject) => {
    thread.on('message', (message: WorkerResponse) => {
      if ('kind' in message) {
        if (message.kind === 'ready') {
          ready = true;
          resolve(worker);
        } else {
          reject(new Error(`pipeline worker could not start: ${message.error}`));
          void thread.terminate();
        }
        return;
      }
      onAnswer(worker, message);
    });
    thread.on('error', (err) => {
      if (ready) onDeath(worker);
      else reject(err);
    });
    thread.on('exit', (code) => {
      if (ready) onDeath(worker);
      else reject(new Error(`pipeline worker exited with code ${code} before it was ready`));
    });
  });
}

/** A pool usable before its workers are ready (the app is built before they start); calls wait for them. */
export function deferredPool(starting: Promise<PipelinePool>): PipelinePool {
  return {
    respond: async (incoming, now) => (await starting).respond(incoming, now),
    setKnowledge: (next) => void starting.then((pool) => pool.setKnowledge?.(next), () => undefined),
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
