import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import { maskSensitiveText } from '../privacy/mask-text.ts';
import { createJsonPoster, type JsonPoster } from './post-json.ts';
import { parseRetryAfter, retryDelay, type FailedAttempt, type RetryPolicy } from './retry-policy.ts';

export type { RetryPolicy } from './retry-policy.ts';

/** Outcome of one reply: sent, or failed with what LINE said last (status, request ID). */
export type SendResult =
  | { ok: true; requestId: string | null; attempts: number }
  | { ok: false; status: number | null; requestId: string | null; attempts: number; error: string };

/** The only outbound I/O: sends a reply through the LINE Messaging API. Never throws. */
export interface LineSender {
  /** Sends, retrying per `options.policy` (default {@link DEFAULT_RETRY_POLICY}); logs to `options.log` (e.g. the event's child logger). */
  reply(replyToken: string, messages: messagingApi.Message[], options?: ReplyOptions): Promise<SendResult>;
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
}

/** The settings' defaults (LINE_API_TIMEOUT_MS, LINE_REPLY_BUDGET_MS, LINE_RETRY_BASE_MS, LINE_RETRY_MAX_ATTEMPTS). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptTimeoutMs: 5000, budgetMs: 20_000, baseDelayMs: 500, maxAttempts: 4 };

const USER_AGENT = 'mynumber-scam-guard (+@line/bot-sdk types)';
const REPLY_PATH = '/v2/bot/message/reply';

/**
 * POST /v2/bot/message/reply with a deadline per attempt that destroys the socket (see
 * post-json.ts). The SDK's MessagingApiClient is not used for the call: its fetch takes no
 * signal, so a hung LINE API would keep sockets open until undici's own 300 s timeouts.
 * Re-sending with the same reply token is safe: LINE accepts a token once, so a retry after
 * a lost response fails with 400 rather than sending the reply twice.
 */
export function createLineSender(options: LineSenderOptions): LineSender {
  const poster = createJsonPoster(options.baseUrl);
  const headers = {
    authorization: `Bearer ${options.channelAccessToken}`,
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
  };
  const random = options.random ?? Math.random;

  return {
    async reply(replyToken, messages, { policy = DEFAULT_RETRY_POLICY, log = options.logger } = {}) {
      const body = JSON.stringify({ replyToken, messages });
      const started = Date.now();
      for (let attempts = 1; ; attempts++) {
        const elapsed = Date.now() - started;
        const timeoutMs = Math.max(1, Math.min(policy.attemptTimeoutMs, policy.budgetMs - elapsed));
        const outcome = await attempt(poster, headers, body, timeoutMs);
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

/** One POST, bounded by `timeoutMs` from the request to the end of the body. Never throws. */
async function attempt(poster: JsonPoster, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptResult> {
  const outcome = await poster.post(REPLY_PATH, headers, body, timeoutMs);
  if (outcome.kind === 'timeout') {
    return { ok: false, failure: { kind: 'timeout' }, status: null, requestId: null, error: `no complete answer within ${outcome.timeoutMs} ms` };
  }
  if (outcome.kind === 'network') {
    return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error: `network error: ${outcome.message}` };
  }
  const requestId = header(outcome.headers['x-line-request-id']);
  if (outcome.status >= 200 && outcome.status < 300) return { ok: true, requestId };
  const retryAfterMs = parseRetryAfter(header(outcome.headers['retry-after']), Date.now());
  return {
    ok: false,
    failure: { kind: 'http', status: outcome.status, retryAfterMs },
    status: outcome.status,
    requestId,
    error: `${outcome.status} ${outcome.statusText}: ${maskSensitiveText(outcome.body.slice(0, 300))}`,
  };
}

function header(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
