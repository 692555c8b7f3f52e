import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per thread of a process, from /proc (Linux only; elsewhere an empty snapshot), so
 * the benchmark can say where the CPU goes per event: the bot's HTTP thread, its pipeline
 * worker, V8's helper threads (GC), the load generator.
 */
export type CpuSnapshot = Map<string, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Milliseconds of CPU (user + system) per thread name, summed over threads of the same name. */
export function cpuSnapshot(pid: number): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // comm is in parentheses and may contain spaces; the fields after it are space-separated.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
      out.set(name, (out.get(name) ?? 0) + ms);
    } catch {
      // the thread ended between readdir and read
    }
  }
  return out;
}

/** CPU milliseconds per thread name between two snapshots, plus `total`. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [name, ms] of after) {
    const d = ms - (before.get(name) ?? 0);
    if (d <= 0) continue;
    out[name] = d;
    total += d;
  }
  return { ...out, total };
}
