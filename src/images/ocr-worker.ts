import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { readImage, type ImageRead } from './read-image.ts';
import type { ImageLimits } from './prepare-image.ts';
import type { OcrEngine, OcrEngineName } from './ocr-engine.ts';
import { tesseractCliEngine } from './tesseract-cli-engine.ts';
import { tesseractJsEngine } from './tesseract-js-engine.ts';
import { loadScreenChrome } from './screen-chrome.ts';
import { readdirSync } from 'node:fs';
import { currentThreadId, idleThread, lowerProcessPriority, lowerThreadPriority, schedulingPolicy, type PriorityOutcome } from './lower-priority.ts';
import { DATA_DIR } from '../runtime/project-paths.ts';

/**
 * One image reader of the pool (ocr-pool.ts): decoding, preparing and OCR all happen here, off
 * the HTTP thread. It runs either as a child process of its own (the default, ocr-process.ts:
 * started with its data as its one argument, messages over the IPC channel) or as a worker
 * thread of the server's process (OCR_HOST=thread: `workerData`, `parentPort`). Either way it
 * first lowers its CPU priority to `nice`, so text replies go first when both want the CPUs.
 */
export interface OcrWorkerData {
  engine: OcrEngineName;
  limits: ImageLimits;
  /** The nice value to run at (0: unchanged). */
  nice: number;
  /**
   * OCR_CPU_POLICY=idle, where it works here: util-linux's `chrt`. A reader process was started
   * through it already (ocr-process.ts); a reader thread puts itself under SCHED_IDLE with it.
   */
  idleWith?: string | null;
  /** Node/V8 flags for a reader process (for the benchmark's comparisons; none by default). */
  nodeFlags?: string[];
}

export interface OcrJob {
  id: number;
  /** The images' bytes, transferred (not copied) to this reader; read in this order. */
  images: ArrayBuffer[];
  /** Epoch ms by which every image must be read. */
  deadlineAt: number;
}

export type OcrJobResult = { id: number; reads: ImageRead[] } | { id: number; error: string } | { kind: 'ready'; priority: PriorityOutcome; policy: ReaderPolicy; policyNote?: string };

/** The reader's scheduling policy once started: `idle` when every one of its threads runs under SCHED_IDLE (a reader thread: that thread), else `normal`; `unknown` without /proc. */
export type ReaderPolicy = 'idle' | 'normal' | 'unknown';

const asProcess = isMainThread;
const data: OcrWorkerData = asProcess ? (JSON.parse(process.argv[2] ?? '{}') as OcrWorkerData) : (workerData as OcrWorkerData);
// Before anything heavy starts: the model, libvips's threads and tesseract.js's thread (or
// Debian's program) are all started from here afterwards and take this priority with them.
let priority = asProcess ? lowerProcessPriority(data.nice) : lowerThreadPriority(data.nice);
let idleNote: string | undefined;
if (!asProcess && data.idleWith) {
  try {
    const outcome = idleThread(data.idleWith, currentThreadId());
    if ('note' in outcome) idleNote = outcome.note;
  } catch (err) {
    idleNote = (err instanceof Error ? err.message : String(err)).slice(0, 200);
  }
}
/** What the reader runs under now (every thread of a reader process; a reader thread's own). */
const readerPolicy = (): ReaderPolicy => {
  const stats = asProcess ? (() => { try { return readdirSync('/proc/self/task').map((t) => `/proc/self/task/${t}/stat`); } catch { return []; } })() : ['/proc/thread-self/stat'];
  const policies = stats.map((p) => schedulingPolicy(p)).filter((p) => p !== null);
  return policies.length === 0 ? 'unknown' : policies.every((p) => p === 'idle') ? 'idle' : 'normal';
};
const send = (m: OcrJobResult) => (asProcess ? process.send?.(m) : parentPort!.postMessage(m));
const onJob = (handle: (job: OcrJob) => Promise<void>) => (asProcess ? process.on('message', (m) => void handle(m as OcrJob)) : parentPort!.on('message', (m: OcrJob) => void handle(m)));

// The screen's own words, read and checked once when the reader starts (a broken file stops it with the file's error).
const chrome = loadScreenChrome(DATA_DIR);
const engine: OcrEngine = data.engine === 'tesseract-cli' ? tesseractCliEngine() : tesseractJsEngine();

if (asProcess) {
  // The server decides when this process ends: its pool sends SIGTERM (close, or a job past its
  // deadline), and a Ctrl-C in the terminal reaches the server, which then closes the pool. When
  // the server is gone without saying so (killed, crashed), the IPC channel closes: leave too,
  // with any of Debian's programs still reading.
  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    void engine
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', leave);
  process.on('SIGINT', () => undefined);
  process.on('disconnect', leave);
  // Belt and braces: should the channel's end go unnoticed, the server's pid stops answering.
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      leave();
    }
  }, 2000).unref();
}

onJob(async (job) => {
  try {
    const reads: ImageRead[] = [];
    for (const image of job.images) {
      const read = await readImage(Buffer.from(image), engine, data.limits, job.deadlineAt, Date.now, chrome);
      reads.push(read);
      if (read.outcome === 'timeout') break;
    }
    send({ id: job.id, reads });
  } catch (err) {
    // The message only: never the image or any read text.
    send({ id: job.id, error: (err instanceof Error ? err.message : String(err)).slice(0, 200) });
  }
});
// Load the model now (a blank page), so the first resident's image does not wait for it.
const blank = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ffffff' } }).png().toBuffer();
await engine.recognize(blank, 30_000).catch(() => undefined);
// Again for the threads started meanwhile by a thread not yet lowered (a no-op where all were).
if (asProcess && priority.how === 'threads') priority = lowerProcessPriority(data.nice);
send({ kind: 'ready', priority, policy: readerPolicy(), ...(idleNote ? { policyNote: idleNote } : {}) });
