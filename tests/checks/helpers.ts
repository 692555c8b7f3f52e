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

/**
 * The fastest of `runs` timings of `fn` in ms: scheduling pauses on a busy machine only ever
 * add time, so the minimum tells a linear scan (a few ms on 5,000 characters) from a
 * backtracking one (seconds) without flaking.
 */
export function fastestMs(fn: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
