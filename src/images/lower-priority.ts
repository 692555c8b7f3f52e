import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * What lowering the image reader's CPU priority did, said once in the server's log (by the
 * pool, ocr-pool.ts). `how`: `threads` — every thread of the process, one by one (Linux, where a
 * nice value belongs to a thread, and a thread or program started later takes its starter's);
 * `thread` — only the calling thread (Linux, the reader on a thread of the server's process);
 * `process` — the process as a whole (other systems); `none` — not lowered (`note` says why).
 */
export interface PriorityOutcome {
  how: 'threads' | 'thread' | 'process' | 'none';
  nice: number;
  note?: string;
}

/** The system calls used (tests give ones that refuse). */
export interface PriorityCalls {
  getPriority(id: number): number;
  setPriority(id: number, nice: number): void;
}

const SYSTEM: PriorityCalls = { getPriority, setPriority };

/** Raises the nice value of thread or process `id` to `nice` (never lowers it: that needs privileges). */
function lower(calls: PriorityCalls, id: number, nice: number): void {
  if (calls.getPriority(id) < nice) calls.setPriority(id, nice);
}

/**
 * Lowers this whole process to `nice` (0–19; 0 leaves it alone). On Linux every thread already
 * started (Node's own helpers included) is lowered, twice over in case one started another
 * meanwhile; where /proc is missing, the process as a whole. Never throws: a system that does
 * not allow it leaves the priority as it was, and the outcome says so.
 */
export function lowerProcessPriority(nice: number, tasksDir = '/proc/self/task', calls: PriorityCalls = SYSTEM): PriorityOutcome {
  if (nice <= 0) return { how: 'none', nice: 0, note: 'not asked (OCR_NICE=0)' };
  let tids: number[] | null = null;
  try {
    tids = readdirSync(tasksDir).map(Number);
  } catch {
    tids = null;
  }
  try {
    if (tids) {
      for (let pass = 0; pass < 2; pass++) {
        for (const tid of pass === 0 ? tids : readdirSync(tasksDir).map(Number)) {
          try {
            lower(calls, tid, nice);
          } catch (err) {
            // A thread that ended meanwhile is fine; anything else is not allowed here.
            if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
          }
        }
      }
      return { how: 'threads', nice };
    }
    lower(calls, process.pid, nice);
    return { how: 'process', nice };
  } catch (err) {
    return { how: 'none', nice: 0, note: (err instanceof Error ? err.message : String(err)).slice(0, 200) };
  }
}

/** The calling thread's Linux thread id, from /proc/thread-self (a link to `/proc/PID/task/TID`); throws without /proc. */
export function currentThreadId(threadSelf = '/proc/thread-self'): number {
  return Number(readlinkSync(threadSelf).split('/').pop());
}

/**
 * Lowers only the calling thread to `nice` (Linux: its id from /proc/thread-self); the threads
 * and programs it starts afterwards inherit it. Where there is no /proc, nothing is changed
 * (lowering the whole process would slow the replies too). Never throws.
 */
export function lowerThreadPriority(nice: number, threadSelf = '/proc/thread-self', calls: PriorityCalls = SYSTEM): PriorityOutcome {
  if (nice <= 0) return { how: 'none', nice: 0, note: 'not asked (OCR_NICE=0)' };
  let tid: number;
  try {
    tid = currentThreadId(threadSelf);
  } catch {
    return { how: 'none', nice: 0, note: 'no /proc/thread-self: a thread cannot be lowered alone here' };
  }
  try {
    lower(calls, tid, nice);
    return { how: 'thread', nice };
  } catch (err) {
    return { how: 'none', nice: 0, note: (err instanceof Error ? err.message : String(err)).slice(0, 200) };
  }
}

/**
 * OCR_CPU_POLICY: `nice` — the readers run under Linux's ordinary policy at OCR_NICE, so a text
 * reply's thread gets about ten times their share when both want a CPU; `idle` — they also run
 * under SCHED_IDLE (started through util-linux's `chrt --idle 0`; every thread and program they
 * start inherits it), so they get a CPU only when no ordinary thread wants it: a waking reply
 * thread takes a CPU from a reader at once, and the scheduler counts a CPU running only a reader
 * as idle when it places that thread.
 */
export type CpuPolicy = 'nice' | 'idle';

/** Linux's scheduling policy of a process or thread, from its /proc `stat` (field 41); null where it cannot be read. */
export function schedulingPolicy(statPath = '/proc/self/stat'): 'normal' | 'batch' | 'idle' | 'realtime' | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    // Fields after the command name (which may hold spaces and brackets): the 3rd field is index 0.
    const policy = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[41 - 3]);
    return policy === 5 ? 'idle' : policy === 3 ? 'batch' : policy === 0 ? 'normal' : Number.isNaN(policy) ? null : 'realtime';
  } catch {
    return null;
  }
}

/** How to start a program under SCHED_IDLE (`chrt`'s path), or why it cannot be (`note`). */
export type IdleLauncher = { chrt: string } | { chrt: null; note: string };

const launchers = new Map<string, IdleLauncher>();

/**
 * Finds util-linux's `chrt` on `path` and checks once (per `path`) that it can start a program
 * under SCHED_IDLE here (`chrt --idle 0 true`; a system or container may refuse it). Never throws.
 */
export function idleLauncher(path = process.env['PATH'] ?? '/usr/bin:/bin'): IdleLauncher {
  const known = launchers.get(path);
  if (known) return known;
  let found: IdleLauncher = { chrt: null, note: 'chrt (util-linux) not found on PATH' };
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'chrt');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const probe = spawnSync(candidate, ['--idle', '0', 'true'], { timeout: 5000, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    found = probe.status === 0 ? { chrt: candidate } : { chrt: null, note: `${candidate} --idle failed: ${(probe.error?.message ?? probe.stderr ?? '').trim().slice(0, 200)}` };
    break;
  }
  launchers.set(path, found);
  return found;
}

/**
 * Puts one thread (Linux thread id `tid`) under SCHED_IDLE with `chrt --idle -p 0 TID` (for a
 * reader on a worker thread of the server's process; threads it starts afterwards inherit it).
 * Returns the policy it then has (read back from /proc), or the error's message.
 */
export function idleThread(chrt: string, tid: number): { policy: ReturnType<typeof schedulingPolicy> } | { note: string } {
  const run = spawnSync(chrt, ['--idle', '-p', '0', String(tid)], { timeout: 5000, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) return { note: (run.error?.message ?? run.stderr ?? '').trim().slice(0, 200) };
  return { policy: schedulingPolicy(`/proc/self/task/${tid}/stat`) };
}
