/**
 * When to try a LINE API call again, as pure functions: retry on 429, 5xx, timeouts and
 * network errors, never on other 4xx; exponential backoff with jitter, `Retry-After`
 * honoured when it fits; everything within one time budget (a reply token's short life).
 */

export interface RetryPolicy {
  /** Longest wait for one attempt (headers and body). */
  attemptTimeoutMs: number;
  /** Longest time one reply may take, every attempt and wait included (a reply token does not live long). */
  budgetMs: number;
  /** First backoff; doubles each retry. */
  baseDelayMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

/** How one attempt ended when it did not succeed. */
export type FailedAttempt =
  | { kind: 'http'; status: number; retryAfterMs: number | null }
  | { kind: 'timeout' }
  | { kind: 'network' };

/** No single backoff is longer than this, whatever the attempt number. */
export const MAX_BACKOFF_MS = 8000;
/** A retry is not started with less than this left in the budget. */
export const MIN_ATTEMPT_MS = 100;

export function isRetryable(failure: FailedAttempt): boolean {
  return failure.kind !== 'http' || failure.status === 429 || failure.status >= 500;
}

/**
 * Milliseconds to wait before the next attempt, or null to give up.
 * `attempts` is how many were made so far; `elapsedMs` is the time since the first began;
 * `random` returns [0, 1) (Math.random in production).
 */
export function retryDelay(
  failure: FailedAttempt,
  attempts: number,
  elapsedMs: number,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (!isRetryable(failure) || attempts >= policy.maxAttempts) return null;
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  // "Equal jitter": half fixed, half random, so retries from many events spread out but never bunch at 0.
  let delay = backoff / 2 + random() * (backoff / 2);
  if (failure.kind === 'http' && failure.retryAfterMs !== null) delay = Math.max(delay, failure.retryAfterMs);
  delay = Math.round(delay);
  return elapsedMs + delay + MIN_ATTEMPT_MS <= policy.budgetMs ? delay : null;
}

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
