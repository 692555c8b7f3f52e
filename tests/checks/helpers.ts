import { createMessageChecker, type MessageChecker } from '../../src/checks/check-message.ts';
import type { CheckData, PhishList } from '../../src/checks/check-data.ts';
import { EMPTY_PHISH_LIST } from '../../src/checks/check-data.ts';
import { loadCheckData } from '../../src/checks/load-check-data.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';

let cached: CheckData | null = null;

/** The real data (contacts, deployments, official-numbers.yaml, official-domains.yaml), loaded once. */
export function realCheckData(): CheckData {
  cached ??= loadCheckData(DATA_DIR);
  return cached;
}

/** A checker over the real data, with an optional phishing list. */
export function realChecker(phishList: PhishList = EMPTY_PHISH_LIST): MessageChecker {
  return createMessageChecker({ ...realCheckData(), phishList });
}

/** CPU time of this thread in ms (Node 23.9+), else of the whole process. */
function cpuMs(): number {
  const usage = typeof process.threadCpuUsage === 'function' ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * The least CPU time (ms, this thread) of `runs` runs of `fn`, after one untimed run that
 * compiles the code paths this input takes. CPU time, not wall time: on a busy machine (load
 * average 10 on 2 CPUs, as when the suite runs beside benchmarks) a linear scan of 5,000
 * characters took 100–200 ms of wall time in all three runs but 8–13 ms of CPU. The minimum then
 * tells a linear scan (a few ms) from a backtracking one (seconds) without flaking. `warmUp:
 * false` where a smaller input has just run the same code.
 */
export function fastestCpuMs(fn: () => unknown, { runs = 3, warmUp = true } = {}): number {
  if (warmUp) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}
