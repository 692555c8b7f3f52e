import { readdirSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

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

/**
 * Lowers only the calling thread to `nice` (Linux: its id from /proc/thread-self); the threads
 * and programs it starts afterwards inherit it. Where there is no /proc, nothing is changed
 * (lowering the whole process would slow the replies too). Never throws.
 */
export function lowerThreadPriority(nice: number, threadSelf = '/proc/thread-self', calls: PriorityCalls = SYSTEM): PriorityOutcome {
  if (nice <= 0) return { how: 'none', nice: 0, note: 'not asked (OCR_NICE=0)' };
  let tid: number;
  try {
    tid = Number(readlinkSync(threadSelf).split('/').pop());
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
