/**
 * Memory and CPU of this process and every process it started, however deep (the OCR pool's
 * reader processes, Debian's `tesseract` they start), from Linux's /proc. Elsewhere, or when
 * /proc cannot be read, this process alone (process.memoryUsage, process.cpuUsage).
 */
import { readFileSync } from 'node:fs';
import { descendants } from '../tests/support/descendant-processes.ts';

const PAGE_BYTES = 4096;
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Resident memory of this process and its descendants, in bytes. */
export function treeRssBytes(): number {
  let total = process.memoryUsage().rss;
  for (const pid of descendants()) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** utime, stime, cutime, cstime of one process in ms (a reaped child's time is in its parent's c*time). */
function procCpuMs(pid: number | 'self', withOwn: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of stat(5); f[0] is field 3.
    const [utime, stime, cutime, cstime] = [f[11], f[12], f[13], f[14]].map(Number) as [number, number, number, number];
    return ((withOwn ? utime + stime : 0) + cutime + cstime) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU time (ms) used so far by this process, its live descendants and the ones already ended
 * (counted in their parent once reaped). The difference of two calls is what a piece of work cost
 * the whole tree; a descendant that ends between the calls is counted up to its end.
 */
export function treeCpuMs(): number {
  const own = process.cpuUsage();
  let total = (own.user + own.system) / 1000 + procCpuMs('self', false);
  for (const pid of descendants()) total += procCpuMs(pid, true);
  return total;
}
