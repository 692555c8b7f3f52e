import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import { createReplyRequester } from './reply-request.ts';
import { retryDelay, type RetryPolicy } from './retry-policy.ts';

export type { RetryPolicy } from './retry-policy.ts';

/** Outcome of one reply: sent, or failed with what LINE said last (status, request ID). */
export type SendResult =
  | { ok: true; requestId: string | null; attempts: number }
  | { ok: false; status: number | null; requestId: string | null; attempts: number; error: string };

/** The only outbound I/O: sends a reply through the LINE Messaging API. Never throws. */
export interface LineSender {
  /** Sends, retrying per `options.policy` (default {@link DEFAULT_RETRY_POLICY}); logs to `options.log` (e.g. the event's child logger). */
  reply(replyToken: string, messages: readonly messagingApi.Message[], options?: ReplyOptions): Promise<SendResult>;
}

export interface ReplyOptions {
  policy?: RetryPolicy;
  log?: Logger;
  /** Called when the reply is written on a connection to LINE (each attempt; it may wait its turn before). */
  onSent?: () => void;
}

export interface LineSenderOptions {
  channelAccessToken: string;
  baseUrl: string;
  logger: Logger;
  /** Jitter source, [0, 1); Math.random unless a test fixes it. */
  random?: () => number;
  /** LINE_API_TIMEOUT_MS: the connect timeout of the sender's sockets (each attempt also has the policy's deadline). */
  requestTimeoutMs?: number;
  /** LINE_MAX_CONCURRENT_SENDS: requests to LINE in flight at once; more wait their turn (within the reply's budget). */
  maxConcurrentSends?: number;
}

/** The settings' defaults (LINE_API_TIMEOUT_MS, LINE_REPLY_BUDGET_MS, LINE_RETRY_BASE_MS, LINE_RETRY_MAX_ATTEMPTS). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptTimeoutMs: 5000, budgetMs: 20_000, baseDelayMs: 500, maxAttempts: 4 };

/**
 * Replies through the Messaging API's reply endpoint at the configured base URL (see
 * reply-request.ts for the call itself), retrying per the policy. Each attempt ends at its
 * deadline (counted from when it is written on a connection), its socket closed. Re-sending with the same reply token is safe: LINE accepts a
 * token once, so a retry after a lost response fails with 400 rather than sending the reply twice.
 */
export function createLineSender(options: LineSenderOptions): LineSender {
  const requester = createReplyRequester({
    channelAccessToken: options.channelAccessToken,
    baseUrl: options.baseUrl,
    connectTimeoutMs: options.requestTimeoutMs ?? DEFAULT_RETRY_POLICY.attemptTimeoutMs,
    maxConcurrent: options.maxConcurrentSends,
  });
  const random = options.random ?? Math.random;

  return {
    async reply(replyToken, messages, { policy = DEFAULT_RETRY_POLICY, log = options.logger, onSent } = {}) {
      const started = Date.now();
      const endsAt = started + policy.budgetMs;
      for (let attempts = 1; ; attempts++) {
        // The attempt's deadline starts when it is written on a connection (its wait for a turn is not LINE's time); neither passes the budget.
        const outcome = await requester.send(replyToken, messages, policy.attemptTimeoutMs, { waitMs: endsAt - Date.now(), endsAt, onSent });
        if (outcome.ok) return { ok: true, requestId: outcome.requestId, attempts };
        const delay = retryDelay(outcome.failure, attempts, Date.now() - started, policy, random);
        const context = { status: outcome.status, lineRequestId: outcome.requestId, attempt: attempts, err: outcome.error };
        if (delay === null) {
          log.error({ ...context, elapsedMs: Date.now() - started }, 'LINE reply failed');
          return { ok: false, status: outcome.status, requestId: outcome.requestId, attempts, error: outcome.error };
        }
        log.warn({ ...context, retryInMs: delay }, 'LINE reply attempt failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    },
  };
}
