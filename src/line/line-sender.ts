import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import { maskSensitiveText } from '../privacy/mask-text.ts';
import { limitOutboundFetch } from './fetch-deadline.ts';
import { parseRetryAfter, retryDelay, type FailedAttempt, type RetryPolicy } from './retry-policy.ts';

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
}

export interface LineSenderOptions {
  channelAccessToken: string;
  baseUrl: string;
  logger: Logger;
  /** Jitter source, [0, 1); Math.random unless a test fixes it. */
  random?: () => number;
  /** LINE_API_TIMEOUT_MS: after this, undici closes the socket of a call nobody waits for any more. */
  requestTimeoutMs?: number;
}

/** The settings' defaults (LINE_API_TIMEOUT_MS, LINE_REPLY_BUDGET_MS, LINE_RETRY_BASE_MS, LINE_RETRY_MAX_ATTEMPTS). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptTimeoutMs: 5000, budgetMs: 20_000, baseDelayMs: 500, maxAttempts: 4 };

/**
 * Replies through the SDK's MessagingApiClient (`replyMessageWithHttpInfo`), pointed at the
 * configured base URL. Each attempt is raced against its deadline (the SDK's fetch takes no
 * signal), and {@link limitOutboundFetch} makes undici close the socket of an abandoned
 * attempt. Re-sending with the same reply token is safe: LINE accepts a token once, so a
 * retry after a lost response fails with 400 rather than sending the reply twice.
 */
export function createLineSender(options: LineSenderOptions): LineSender {
  limitOutboundFetch(options.requestTimeoutMs ?? DEFAULT_RETRY_POLICY.attemptTimeoutMs);
  const client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseUrl });
  const random = options.random ?? Math.random;

  return {
    async reply(replyToken, messages, { policy = DEFAULT_RETRY_POLICY, log = options.logger } = {}) {
      // The SDK only serialises the messages (its type is mutable; they may be shared, frozen ones).
      const request = { replyToken, messages: messages as messagingApi.Message[] };
      const started = Date.now();
      for (let attempts = 1; ; attempts++) {
        const elapsed = Date.now() - started;
        const timeoutMs = Math.max(1, Math.min(policy.attemptTimeoutMs, policy.budgetMs - elapsed));
        const outcome = await attempt(client, request, timeoutMs);
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

type AttemptResult =
  | { ok: true; requestId: string | null }
  | { ok: false; failure: FailedAttempt; status: number | null; requestId: string | null; error: string };

const TIMED_OUT = Symbol('timed out');

/** One call, bounded by `timeoutMs` from the request to the end of the answer. Never throws. */
async function attempt(client: messagingApi.MessagingApiClient, request: messagingApi.ReplyMessageRequest, timeoutMs: number): Promise<AttemptResult> {
  const call = client.replyMessageWithHttpInfo(request);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    const answer = await Promise.race([call, deadline]);
    if (answer === TIMED_OUT) {
      call.catch(() => undefined); // settles later (undici closes the socket); nothing waits for it
      return { ok: false, failure: { kind: 'timeout' }, status: null, requestId: null, error: `no complete answer within ${timeoutMs} ms` };
    }
    return { ok: true, requestId: answer.httpResponse.headers.get('x-line-request-id') };
  } catch (err) {
    if (err instanceof HTTPFetchError) {
      const retryAfterMs = parseRetryAfter(err.headers.get('retry-after'), Date.now());
      return {
        ok: false,
        failure: { kind: 'http', status: err.status, retryAfterMs },
        status: err.status,
        requestId: err.headers.get('x-line-request-id'),
        error: `${err.status} ${err.statusText}: ${maskSensitiveText(err.body.slice(0, 300))}`,
      };
    }
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ? `${cause.code}: ${cause.message ?? ''}` : err instanceof Error ? err.message : String(err);
    return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error: `network error: ${maskSensitiveText(detail)}` };
  } finally {
    clearTimeout(timer);
  }
}

