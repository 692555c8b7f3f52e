/** Nearest-rank percentile of milliseconds (p in 0..100); NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** p50/p99 summary of a list of milliseconds. */
export function summarise(ms: readonly number[]): { p50: number; p99: number; max: number; count: number } {
  return { p50: round2(percentile(ms, 50)), p99: round2(percentile(ms, 99)), max: round2(percentile(ms, 100)), count: ms.length };
}

/**
 * How the slowest events are spread in time: the events at or above `thresholdMs` (the p99),
 * grouped by the `windowMs` window their request was sent in. A few crowded windows mean the
 * tail is a few stalls that held up every event in flight (a GC pause, the OS giving the CPUs
 * to other threads); windows spread over the whole run mean a tail in the steady state.
 * `sentAt` and `latencies` are per event, in the same order; NaN latencies are skipped.
 */
export function tailEpisodes(
  sentAt: ArrayLike<number>,
  latencies: ArrayLike<number>,
  thresholdMs: number,
  windowMs = 100,
): { events: number; windows: number; busiestWindowShare: number } {
  const perWindow = new Map<number, number>();
  let events = 0;
  for (let i = 0; i < latencies.length; i++) {
    if (!(latencies[i]! >= thresholdMs)) continue;
    events++;
    const w = Math.floor(sentAt[i]! / windowMs);
    perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
  }
  const busiest = Math.max(0, ...perWindow.values());
  return { events, windows: perWindow.size, busiestWindowShare: events === 0 ? 0 : round2(busiest / events) };
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
