import { randomUUID } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import { undiciOnDemand } from './undici-on-demand.ts';
import type { Logger } from '../logger.ts';

/**
 * The two calls image reading adds (a read takes seconds, not milliseconds):
 * - `POST /v2/bot/chat/loading/start` — the "typing" animation in a one-to-one chat while the image is read;
 * - `POST /v2/bot/message/push` — the answer when the reply token can no longer be used. Push
 *   messages count against the account's monthly message quota (replies do not), so they are
 *   only the fallback. Every attempt of one push carries the same `X-Line-Retry-Key`: LINE
 *   accepts it once and answers a repeat with 409, so a retry after a lost answer never sends twice.
 * The user ID is the raw LINE ID (the API needs it): it is never logged.
 */
export interface PushAndLoading {
  startLoading(userId: string, seconds: number, log: Logger): Promise<boolean>;
  push(userId: string, messages: readonly messagingApi.Message[], log: Logger): Promise<{ ok: boolean; attempts: number; status: number | null }>;
}

export interface PushAndLoadingOptions {
  baseUrl: string;
  channelAccessToken: string;
  timeoutMs: number;
  /** Attempts per push (429, 5xx, timeouts, dropped connections are retried). */
  maxAttempts?: number;
  baseDelayMs?: number;
}

/** LINE's allowed loading times: a multiple of 5 from 5 to 60 seconds. */
export function loadingSecondsFor(wantedMs: number): number {
  return Math.min(60, Math.max(5, Math.ceil(wantedMs / 5000) * 5));
}

export function createPushAndLoading(options: PushAndLoadingOptions): PushAndLoading {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await undiciOnDemand().request(`${options.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.channelAccessToken}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    await response.body.dump().catch(() => undefined);
    const id = response.headers['x-line-request-id'];
    return { status: response.statusCode, requestId: typeof id === 'string' ? id : null };
  };
  return {
    async startLoading(userId, seconds, log) {
      try {
        const { status, requestId } = await post('/v2/bot/chat/loading/start', { chatId: userId, loadingSeconds: seconds } satisfies messagingApi.ShowLoadingAnimationRequest);
        if (status >= 300) log.warn({ status, lineRequestId: requestId }, 'LINE loading animation refused');
        return status < 300;
      } catch (err) {
        log.warn({ err: err instanceof Error ? err.name : 'error' }, 'LINE loading animation failed');
        return false;
      }
    },
    async push(userId, messages, log) {
      const retryKey = randomUUID();
      const maxAttempts = options.maxAttempts ?? 3;
      const body: messagingApi.PushMessageRequest = { to: userId, messages: [...messages] };
      let status: number | null = null;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        let requestId: string | null = null;
        try {
          ({ status, requestId } = await post('/v2/bot/message/push', body, { 'x-line-retry-key': retryKey }));
          // 409: this retry key was already accepted, i.e. an earlier attempt went through.
          if (status < 300 || status === 409) return { ok: true, attempts: attempt, status };
          if (status !== 429 && status < 500) {
            log.error({ status, lineRequestId: requestId, attempt }, 'LINE push failed');
            return { ok: false, attempts: attempt, status };
          }
        } catch {
          status = null;
        }
        if (attempt < maxAttempts) {
          log.warn({ status, lineRequestId: requestId, attempt }, 'LINE push attempt failed; retrying with the same retry key');
          await new Promise((resolve) => setTimeout(resolve, (options.baseDelayMs ?? 500) * 2 ** (attempt - 1)));
        }
      }
      log.error({ status, attempts: maxAttempts }, 'LINE push failed');
      return { ok: false, attempts: maxAttempts, status };
    },
  };
}
