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
