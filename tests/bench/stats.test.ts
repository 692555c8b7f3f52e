import { describe, expect, it } from 'vitest';
import { median, percentile, tailEpisodes } from '../../bench/stats.ts';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile', () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(ms, 50)).toBe(50);
    expect(percentile(ms, 99)).toBe(99);
    expect(percentile([], 99)).toBeNaN();
  });

  it("takes the median, so one disturbed round of the recording-cost estimate does not decide it", () => {
    // The per-round costs of December 7's run: one round at 11 % pulled the pooled figure to 4.8 %.
    expect(median([0.112, 0.04, -0.003])).toBe(0.04);
    expect(median([0.03, -0.01, 0.2, 0.02])).toBeCloseTo(0.025);
    expect(median([])).toBeNaN();
  });

  it('tells a tail made of one stall from a tail spread over the run', () => {
    // 1,000 events sent 1 ms apart, 2 ms each, except a 30 ms stall around t = 500 ms.
    const sentAt = Array.from({ length: 1000 }, (_, i) => i);
    const stalled = sentAt.map((t) => (t >= 500 && t < 510 ? 30 : 2));
    expect(tailEpisodes(sentAt, stalled, 20)).toEqual({ events: 10, windows: 1, busiestWindowShare: 1 });
    // The same number of slow events, one in every tenth window.
    const spread = sentAt.map((t) => (t % 100 === 0 ? 30 : 2));
    expect(tailEpisodes(sentAt, spread, 20)).toEqual({ events: 10, windows: 10, busiestWindowShare: 0.1 });
  });

  it('skips events without a latency and reports an empty tail as such', () => {
    expect(tailEpisodes([0, 1, 2], [Number.NaN, 5, 40], 20)).toEqual({ events: 1, windows: 1, busiestWindowShare: 1 });
    expect(tailEpisodes([0, 1], [1, 2], 20)).toEqual({ events: 0, windows: 0, busiestWindowShare: 0 });
  });
});
