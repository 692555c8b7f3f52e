import type { messagingApi } from '@line/bot-sdk';
import { Agent, request } from 'undici';
import { maskSensitiveText } from '../privacy/mask-text.ts';
import { parseRetryAfter, type FailedAttempt } from './retry-policy.ts';

/** One POST /v2/bot/message/reply: its outcome, never an exception. */
export type AttemptResult =
  | { ok: true; requestId: string | null }
  | { ok: false; failure: FailedAttempt; status: number | null; requestId: string | null; error: string };

export interface ReplyRequester {
  /** Sends once, bounded by `timeoutMs` from the request to the end of the answer (the socket is closed then). */
  send(replyToken: string, messages: readonly messagingApi.Message[], timeoutMs: number): Promise<AttemptResult>;
  close(): Promise<void>;
}

export interface ReplyRequesterOptions {
  channelAccessToken: string;
  baseUrl: string;
  /** Connect timeout of the pool's sockets (LINE_API_TIMEOUT_MS). */
  connectTimeoutMs: number;
}

const REPLY_PATH = '/v2/bot/message/reply';
const USER_AGENT = 'mynumber-scam-guard (+@line/bot-sdk types)';

/**
 * The reply call of the Messaging API (the SDK's `replyMessage`, same request) over undici's
 * `request` on a keep-alive pool of its own, with the body serialised once per reply.
 *
 * Why not the SDK's MessagingApiClient: it sends with the global `fetch`, which takes no
 * deadline from its callers, wraps every call in WHATWG streams and re-serialises the same
 * ~8 kB flex reply for every event. Replies are shared and frozen (render-cache.ts), so the
 * messages' JSON is kept per reply (a WeakMap: dropped with the reply) and each request is
 * the reply token spliced into those bytes. Each attempt has its own abort signal: at its
 * deadline the socket is destroyed at once, so a hung LINE API keeps no connection open.
 * (npm run bench: the HTTP thread's CPU per event fell by about a third.)
 */
export function createReplyRequester(options: ReplyRequesterOptions): ReplyRequester {
  const url = new URL(REPLY_PATH, options.baseUrl).toString();
  const dispatcher = new Agent({ connectTimeout: options.connectTimeoutMs, keepAliveTimeout: 30_000, connections: 128 });
  const headers = {
    authorization: `Bearer ${options.channelAccessToken}`,
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
  };
  return {
    async send(replyToken, messages, timeoutMs) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await request(url, { method: 'POST', headers, body: replyBody(replyToken, messages), dispatcher, signal: controller.signal });
        const requestId = headerValue(response.headers['x-line-request-id']);
        if (response.statusCode < 300) {
          await response.body.dump();
          return { ok: true, requestId };
        }
        const text = await response.body.text();
        const status = response.statusCode;
        return {
          ok: false,
          failure: { kind: 'http', status, retryAfterMs: parseRetryAfter(headerValue(response.headers['retry-after']), Date.now()) },
          status,
          requestId,
          error: `${status}: ${maskSensitiveText(text.slice(0, 300))}`,
        };
      } catch (err) {
        if (controller.signal.aborted) {
          return { ok: false, failure: { kind: 'timeout' }, status: null, requestId: null, error: `no complete answer within ${timeoutMs} ms` };
        }
        const code = (err as { code?: string }).code;
        const detail = `${code ? `${code}: ` : ''}${err instanceof Error ? err.message : String(err)}`;
        return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error: `network error: ${maskSensitiveText(detail)}` };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => dispatcher.close(),
  };
}

const serialised = new WeakMap<readonly messagingApi.Message[], Buffer>();
const HEAD = Buffer.from('{"replyToken":');
const MIDDLE = Buffer.from(',"messages":');
const TAIL = Buffer.from('}');

/** `{"replyToken":…,"messages":[…]}`, as JSON.stringify of that object would write it. */
export function replyBody(replyToken: string, messages: readonly messagingApi.Message[]): Buffer {
  // Only a frozen reply is remembered: any other array could change before it is sent again.
  let json = serialised.get(messages);
  if (!json) {
    json = Buffer.from(JSON.stringify(messages));
    if (Object.isFrozen(messages)) serialised.set(messages, json);
  }
  return Buffer.concat([HEAD, Buffer.from(JSON.stringify(replyToken)), MIDDLE, json, TAIL]);
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
