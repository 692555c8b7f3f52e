import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import type { OcrEngineName } from './ocr-engine.ts';
import { OcrProcess } from './ocr-process.ts';
import { idleLauncher, type CpuPolicy } from './lower-priority.ts';
import type { ImageLimits } from './prepare-image.ts';
import type { ImageRead } from './read-image.ts';
import type { OcrJob, OcrJobResult, OcrWorkerData } from './ocr-worker.ts';

/**
 * A bounded pool of image readers (ocr-worker.ts; each a child process, ocr-process.ts, or with
 * `host: 'thread'` a worker thread): at most `workers` images are read at once, at most
 * `maxQueued` wait; past that a job is refused at once (`busy`) so the resident can be told to
 * type the text instead, and text messages never wait behind images (they do not pass through
 * this pool at all). Each job has a deadline; a reader that has not answered shortly after it
 * is terminated and replaced. Readers run at a lower CPU priority (`nice`), so a text reply
 * takes the CPU first when both want it.
 */
export interface OcrPool {
  /** Reads the images in order. Never rejects: failures come back as `failed`. `low`: a group or room image (see {@link OcrPriority}). */
  read(images: readonly Buffer[], deadlineAt: number, priority?: OcrPriority): Promise<OcrPoolResult>;
  /** Starts the threads and loads the model now (else on the first image). */
  warm(): Promise<void>;
  /** Jobs being read and waiting (for logs and the benchmark). */
  load(): { running: number; queued: number };
  close(): Promise<void>;
}

/**
 * `low` is for images sent in a group or room. There most images are photos (a holiday
 * album comes as a burst), the bot only speaks on a sure scam, and a refused image just
 * means the group hears nothing; a one-to-one image is a resident asking and waiting. So:
 * a `normal` job goes ahead of every waiting `low` job; when the queue is full it takes the
 * place of the newest waiting `low` job (that one is answered `busy`) instead of being
 * refused; and `low` jobs hold at most half of the `maxQueued` places (at least one), so a
 * burst never fills the queue by itself. A `low` job already being read is not stopped: a
 * one-to-one image waits for at most that one per thread. (Text never passes through here.)
 */
export type OcrPriority = 'normal' | 'low';

export type OcrPoolResult = { kind: 'busy' } | { kind: 'read'; reads: ImageRead[] } | { kind: 'failed'; error: string };

export interface OcrPoolOptions {
  engine: OcrEngineName;
  workers: number;
  maxQueued: number;
  limits: ImageLimits;
  /** Extra time past a job's deadline before its reader is terminated (the engine stops itself at the deadline). */
  graceMs?: number;
  /** `process` (default): each reader a child process; `thread`: a worker thread of this process (OCR_HOST). */
  host?: OcrHost;
  /** The readers' nice value, 0–19 (default {@link DEFAULT_OCR_NICE}; 0: as the server) (OCR_NICE). */
  nice?: number;
  /** `idle`: the readers also run under SCHED_IDLE, where `chrt` can start them so (else `nice` alone, said once) (OCR_CPU_POLICY). */
  cpuPolicy?: CpuPolicy;
  /** Node/V8 flags for each reader process (the benchmark compares some; none by default). */
  nodeFlags?: string[];
  /** Where the pool says once how the readers' priority was set (or why it could not be). */
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export type OcrHost = 'process' | 'thread';

/** OCR_NICE when not set: a reader gets about a tenth of the CPU a reply's thread gets when both want it (Linux's weights 110 and 1024), all of it otherwise. */
export const DEFAULT_OCR_NICE = 10;

/** OCR_CPU_POLICY when not set (see README, "Text replies while images are read"). */
export const DEFAULT_OCR_CPU_POLICY: CpuPolicy = 'nice';

interface Slot {
  thread: Worker | OcrProcess;
  ready: Promise<void>;
  busy: boolean;
  /** The reader ended while idle (a crash, a signal from outside): replaced before its next job. */
  dead: boolean;
}

interface Waiting {
  job: Omit<OcrJob, 'id'>;
  low: boolean;
  resolve: (result: OcrPoolResult) => void;
  /** Already handed once to a reader that died before answering. */
  retried?: boolean;
}

export function createOcrPool(options: OcrPoolOptions): OcrPool {
  const grace = options.graceMs ?? 3000;
  const host = options.host ?? 'process';
  const wantIdle = (options.cpuPolicy ?? DEFAULT_OCR_CPU_POLICY) === 'idle';
  const launcher = wantIdle ? idleLauncher() : null;
  const data: OcrWorkerData = { engine: options.engine, limits: options.limits, nice: options.nice ?? DEFAULT_OCR_NICE, idleWith: launcher?.chrt ?? null, ...(options.nodeFlags ? { nodeFlags: options.nodeFlags } : {}) };
  if (launcher && launcher.chrt === null) options.logger?.warn({ host, nice: data.nice, reason: launcher.note }, 'image reading: SCHED_IDLE is not available here; readers run at their nice value only');
  let prioritySaid = false;
  const slots: Slot[] = [];
  const queue: Waiting[] = [];
  let nextId = 1;
  let closed = false;

  const startSlot = (): Slot => {
    let thread: Worker | OcrProcess;
    if (host === 'thread') {
      thread = new Worker(new URL('./ocr-worker.ts', import.meta.url), { workerData: data, name: 'ocr' });
      thread.unref();
    } else thread = new OcrProcess(data);
    const slot: Slot = { thread, ready: Promise.resolve(), busy: false, dead: false };
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: OcrJobResult) => {
        if ('kind' in m) {
          thread.off('message', onMessage);
          if (!prioritySaid) {
            prioritySaid = true;
            const { how, nice, note } = m.priority;
            if (how === 'none' && data.nice > 0) options.logger?.warn({ host, nice: data.nice, reason: note }, 'image reading: could not lower its CPU priority; it runs as the server does');
            else options.logger?.info({ host, nice, lowered: how, policy: m.policy }, 'image reading: CPU priority lowered');
            if (data.idleWith && m.policy !== 'idle') options.logger?.warn({ host, policy: m.policy, reason: m.policyNote }, 'image reading: the reader is not under SCHED_IDLE; it runs at its nice value only');
          }
          resolve();
        }
      };
      thread.on('message', onMessage);
      thread.once('error', reject);
      thread.once('exit', (code: number) => {
        slot.dead = true;
        reject(new Error(`image reader exited with code ${code}`));
      });
    });
    slot.ready.catch(() => undefined);
    return slot;
  };

  /** The slot at `index`, replaced first when its reader died while idle. */
  const usable = (index: number): Slot => {
    const slot = slots[index]!;
    if (!slot.dead || slot.busy) return slot;
    void slot.thread.terminate();
    return (slots[index] = startSlot());
  };

  const run = (slot: Slot, waiting: Waiting) => {
    slot.busy = true;
    const id = nextId++;
    let timer: NodeJS.Timeout | undefined;
    /** `null`: the job goes back to the head of the queue, for the reader that replaces this one. */
    const done = (result: OcrPoolResult | null, replace: boolean) => {
      clearTimeout(timer);
      slot.thread.off('message', onMessage);
      slot.thread.off('error', onError);
      slot.thread.off('exit', onExit);
      slot.thread.unref();
      if (replace) {
        void slot.thread.terminate();
        const index = slots.indexOf(slot);
        if (index >= 0 && !closed) slots[index] = startSlot();
      } else slot.busy = false;
      if (result) waiting.resolve(result);
      else queue.unshift(waiting);
      pump();
    };
    // A reader that died before answering (killed from outside, out of memory, or it crashed on
    // this image) costs the image one more try on a new reader, while its deadline allows and its
    // bytes are still here (a thread had them moved to it; a process got a copy); then `failed`.
    const retryOrFail = (error: string) => {
      const intact = waiting.job.images.every((b) => !(b as { detached?: boolean }).detached);
      if (!waiting.retried && intact && !closed && Date.now() < waiting.job.deadlineAt) {
        waiting.retried = true;
        done(null, true);
      } else done({ kind: 'failed', error }, true);
    };
    const onMessage = (m: OcrJobResult) => {
      if ('kind' in m || m.id !== id) return;
      done('reads' in m ? { kind: 'read', reads: m.reads } : { kind: 'failed', error: m.error }, false);
    };
    const onError = (err: Error) => retryOrFail(err.message);
    const onExit = (code: number) => retryOrFail(`image reader exited with code ${code}`);
    slot.thread.on('message', onMessage);
    slot.thread.once('error', onError);
    slot.thread.once('exit', onExit);
    // A read in progress keeps this process alive until it is answered (an idle reader does not).
    slot.thread.ref();
    timer = setTimeout(() => done({ kind: 'read', reads: [{ outcome: 'timeout', passes: 0 }] }, true), Math.max(0, waiting.job.deadlineAt - Date.now()) + grace);
    slot.ready.then(
      () => slot.thread.postMessage({ id, ...waiting.job } satisfies OcrJob, waiting.job.images),
      (err: Error) => done({ kind: 'failed', error: `image reader could not start: ${err.message}` }, true),
    );
  };

  const pump = () => {
    for (let i = 0; i < slots.length; i++) {
      if (queue.length === 0) return;
      if (!slots[i]!.busy) run(usable(i), queue.shift()!);
    }
  };

  // Threads start on first use (or warm()): an app that never gets an image never loads the model.
  const ensureStarted = () => {
    if (slots.length === 0 && !closed) for (let i = 0; i < options.workers; i++) slots.push(startSlot());
  };

  return {
    read(images, deadlineAt, priority = 'normal') {
      ensureStarted();
      if (closed || slots.length === 0) return Promise.resolve({ kind: 'failed', error: 'image reading is off' });
      const low = priority === 'low';
      const allBusy = slots.every((s) => s.busy);
      const full = allBusy && queue.length >= options.maxQueued;
      if (low) {
        const lowWaiting = queue.filter((w) => w.low).length;
        if (allBusy && (full || lowWaiting >= Math.max(1, Math.floor(options.maxQueued / 2)))) return Promise.resolve({ kind: 'busy' });
      } else if (full) {
        const newestLow = queue.findLastIndex((w) => w.low);
        if (newestLow < 0) return Promise.resolve({ kind: 'busy' });
        queue.splice(newestLow, 1)[0]!.resolve({ kind: 'busy' });
      }
      // Copies, transferred to the thread: the caller's buffers stay usable and nothing is shared.
      const copies = images.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
      return new Promise((resolve) => {
        const waiting: Waiting = { job: { images: copies, deadlineAt }, resolve, low };
        const firstLow = low ? -1 : queue.findIndex((w) => w.low);
        if (firstLow < 0) queue.push(waiting);
        else queue.splice(firstLow, 0, waiting);
        pump();
      });
    },
    async warm() {
      ensureStarted();
      const warming = [...slots];
      for (const s of warming) s.thread.ref();
      await Promise.all(warming.map((s) => s.ready.catch(() => undefined)));
      for (const s of warming) if (!s.busy) s.thread.unref();
    },
    load() {
      return { running: slots.filter((s) => s.busy).length, queued: queue.length };
    },
    async close() {
      closed = true;
      for (const w of queue.splice(0)) w.resolve({ kind: 'failed', error: 'shutting down' });
      await Promise.all(slots.map((s) => s.thread.terminate()));
    },
  };
}
