import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, parseRetryAfter, retryDelay, type FailedAttempt, type RetryPolicy } from '../../src/line/retry-policy.ts';

const policy: RetryPolicy = { attemptTimeoutMs: 5000, budgetMs: 20_000, baseDelayMs: 500, maxAttempts: 4 };
const http = (status: number, retryAfterMs: number | null = null): FailedAttempt => ({ kind: 'http', status, retryAfterMs });
const half = () => 0.5;

describe('when a LINE API call is tried again', () => {
  it.each([429, 500, 502, 503, 504])('retries HTTP %i', (status) => {
    expect(retryDelay(http(status), 1, 0, policy, half)).not.toBeNull();
  });

  it('retries timeouts and network errors (reset, refused, dropped)', () => {
    expect(retryDelay({ kind: 'timeout' }, 1, 0, policy, half)).not.toBeNull();
    expect(retryDelay({ kind: 'network' }, 1, 0, policy, half)).not.toBeNull();
  });

  it.each([400, 401, 403, 404, 409, 413, 422])('never retries HTTP %i (the request itself is wrong)', (status) => {
    expect(retryDelay(http(status), 1, 0, policy, half)).toBeNull();
  });

  it('doubles the backoff each attempt, with jitter between half and all of it, capped', () => {
    for (const [attempts, backoff] of [[1, 500], [2, 1000], [3, 2000]] as const) {
      const p = { ...policy, maxAttempts: 10, budgetMs: 60_000 };
      expect(retryDelay(http(500), attempts, 0, p, () => 0)).toBe(backoff / 2);
      expect(retryDelay(http(500), attempts, 0, p, () => 0.999_999)).toBe(backoff);
    }
    const long = retryDelay(http(500), 9, 0, { ...policy, maxAttempts: 10, budgetMs: 60_000 }, () => 0.999_999);
    expect(long).toBe(MAX_BACKOFF_MS);
  });

  it('waits at least as long as Retry-After asks when it fits in the budget', () => {
    expect(retryDelay(http(429, 3000), 1, 0, policy, half)).toBe(3000);
  });

  it('gives up rather than wait past the budget (a reply token does not live long)', () => {
    expect(retryDelay(http(429, 30_000), 1, 0, policy, half)).toBeNull();
    expect(retryDelay(http(503), 2, 19_500, policy, half)).toBeNull();
  });

  it('stops after maxAttempts', () => {
    expect(retryDelay(http(503), 4, 0, policy, half)).toBeNull();
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-24T05:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 05:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 04:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
