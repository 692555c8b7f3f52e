import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { setPriority, constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { OcrJob, OcrJobResult, OcrWorkerData } from './ocr-worker.ts';

/** How long a reader asked to stop (SIGTERM) has before it is killed (SIGKILL). */
const STOP_GRACE_MS = 1000;

/**
 * One image reader (ocr-worker.ts) as a child process of the server, seen by the pool
 * (ocr-pool.ts) as it sees a worker thread: `postMessage`, `terminate`, and the events
 * `message`, `error` (could not start or could not be sent to) and `exit` (its exit code).
 *
 * Why a process and not a thread: on a 2-CPU machine the reader wants all the CPU it can get
 * (tesseract.js's thread, libvips's threads, the libuv pool sharp runs on), and text replies
 * must not wait for it. In a process of its own everything it starts runs at its lower
 * priority (`nice`, set here at once and by the reader on each of its threads), with its own
 * libuv pool, heap and allocator; a thread of the server's process shares them, and libvips's
 * threads there cannot be lowered at all.
 *
 * It never outlives the server: it leaves when the IPC channel closes (the server exited or was
 * killed) and on SIGTERM, which `terminate` sends, then SIGKILL after {@link STOP_GRACE_MS}.
 * It gets no secret: its environment is PATH and Node's compile cache only.
 */
export class OcrProcess extends EventEmitter {
  readonly #child: ChildProcess;
  #exited: Promise<number>;

  constructor(data: OcrWorkerData) {
    super();
    this.#child = fork(fileURLToPath(new URL('./ocr-worker.ts', import.meta.url)), [JSON.stringify(data)], {
      serialization: 'advanced',
      // Not the server's flags (its heap size is sized for the server); not detached: a
      // session of its own would take the reader out of the server's scheduling group.
      // OCR_CPU_POLICY=idle: started as `chrt --idle 0 node …`, which replaces itself with Node
      // (same process id, same IPC channel), so its very first thread runs under SCHED_IDLE.
      ...(data.idleWith ? { execPath: data.idleWith, execArgv: ['--idle', '0', process.execPath, ...(data.nodeFlags ?? [])] } : { execArgv: [...(data.nodeFlags ?? [])] }),
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // At once, so even its start-up (loading sharp and the model) yields; the reader then lowers each of its threads.
    if (data.nice > 0 && this.#child.pid !== undefined) {
      try {
        setPriority(this.#child.pid, data.nice);
      } catch {
        // Said once by the pool, from the reader's own outcome.
      }
    }
    this.#exited = new Promise((resolve) => {
      this.#child.once('exit', (code, signal) => {
        const status = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
        resolve(status);
        this.emit('exit', status);
      });
    });
    this.#child.on('message', (m: OcrJobResult) => this.emit('message', m));
    this.#child.on('error', (err) => {
      if (this.listenerCount('error') > 0) this.emit('error', err);
    });
    // An idle reader does not keep the server running (the pool holds it while it works: ref()).
    this.unref();
  }

  /** While it reads (or starts), this process does not exit for want of anything else to do. */
  ref(): void {
    this.#child.ref();
    this.#child.channel?.ref();
  }

  unref(): void {
    this.#child.unref();
    this.#child.channel?.unref();
  }

  /** The reader's process id (for tests and the benchmark's memory figure). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Sends a job (the image bytes are copied over the channel; `transfer` is for the thread's signature). */
  postMessage(job: OcrJob, _transfer?: readonly ArrayBuffer[]): void {
    if (!this.#child.connected) {
      queueMicrotask(() => this.listenerCount('error') > 0 && this.emit('error', new Error('image reader process is not running')));
      return;
    }
    this.#child.send(job, (err) => {
      if (err && this.listenerCount('error') > 0) this.emit('error', err);
    });
  }

  /** Asks it to stop (SIGTERM: it stops Debian's programs it started), kills it if it has not within a second; resolves with its exit code. */
  terminate(): Promise<number> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      this.#child.kill('SIGTERM');
      const kill = setTimeout(() => this.#child.kill('SIGKILL'), STOP_GRACE_MS);
      void this.#exited.then(() => clearTimeout(kill));
    }
    return this.#exited;
  }
}
