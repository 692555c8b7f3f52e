import type { messagingApi } from '@line/bot-sdk';
import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { undiciOnDemand } from './undici-on-demand.ts';
import { maskSensitiveText } from '../privacy/mask-text.ts';
import { parseRetryAfter, type FailedAttempt } from './retry-policy.ts';

/** One POST /v2/bot/message/reply: its outcome, never an exception. */
export type AttemptResult =
  | { ok: true; requestId: string | null }
  | { ok: false; failure: FailedAttempt; status: number | null; requestId: string | null; error: string };

export interface ReplyRequester {
  /**
   * Sends once. `timeoutMs` bounds LINE's part: from the moment the request is written on a
   * connection to the end of the answer (the socket is closed then). Waiting for one of the
   * `maxConcurrent` connections comes before that and is not LINE's time: it is bounded by
   * `options.waitMs` (default `timeoutMs`), and a request that got no connection in time was
   * not sent (a network failure that says so). With `options.endsAt` (a Date.now() instant) the
   * attempt's deadline never goes past it, however long it waited.
   */
  send(replyToken: string, messages: readonly messagingApi.Message[], timeoutMs: number, options?: SendOptions): Promise<AttemptResult>;
  close(): Promise<void>;
}

export interface SendOptions {
  waitMs?: number;
  endsAt?: number;
  /** Called once the request is written on a connection (LINE's part begins). */
  onSent?: () => void;
}

export interface ReplyRequesterOptions {
  channelAccessToken: string;
  baseUrl: string;
  /** Connect timeout of the pool's sockets (LINE_API_TIMEOUT_MS). */
  connectTimeoutMs: number;
  /** LINE_MAX_CONCURRENT_SENDS: requests in flight at once, and the pool's connections (default 128). */
  maxConcurrent?: number;
}

/** The default of LINE_MAX_CONCURRENT_SENDS. */
export const DEFAULT_MAX_CONCURRENT_SENDS = 128;

const REPLY_PATH = '/v2/bot/message/reply';
const USER_AGENT = 'mynumber-scam-guard (+@line/bot-sdk types)';

/**
 * The reply call of the Messaging API (the SDK's `replyMessage`, same request) over undici's
 * `dispatch` on a keep-alive pool of its own, with the body serialised once per reply.
 *
 * Why not the SDK's MessagingApiClient: it sends with the global `fetch`, which takes no
 * deadline from its callers, wraps every call in WHATWG streams and re-serialises the same
 * ~8 kB flex reply for every event. Replies are shared and frozen (render-cache.ts), so the
 * messages' JSON is kept per reply (a WeakMap: dropped with the reply) and each request is
 * the reply token spliced into those bytes. At an attempt's deadline its request is aborted
 * and the socket destroyed at once, so a hung LINE API keeps no connection open.
 * (npm run bench: the HTTP thread's CPU per event fell by about half.)
 *
 * At most `maxConcurrent` requests are in flight; the pool has as many connections, so a
 * request that gets its turn is written at once. Its deadline starts then: before, under
 * overload, requests waited in undici's queue for a connection while their 5 s ran, were
 * counted as LINE timeouts and retried, some after LINE had accepted them (issue #17: 18,000
 * events became 35,696 requests).
 */
export function createReplyRequester(options: ReplyRequesterOptions): ReplyRequester {
  const origin = new URL(options.baseUrl).origin;
  const path = new URL(REPLY_PATH, options.baseUrl).pathname;
  const maxConcurrent = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_SENDS;
  const dispatcher = new (undiciOnDemand().Agent)({ connectTimeout: options.connectTimeoutMs, keepAliveTimeout: 30_000, connections: maxConcurrent });
  const turns = createTurns(maxConcurrent);
  const headers = {
    authorization: `Bearer ${options.channelAccessToken}`,
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
  };
  return {
    async send(replyToken, messages, timeoutMs, { waitMs = timeoutMs, endsAt = Infinity, onSent } = {}) {
      const queued = Date.now();
      const got = await turns.take(Math.max(0, Math.min(waitMs, endsAt - queued)));
      if (!got) {
        const error = `not sent: no free connection within ${Date.now() - queued} ms (LINE_MAX_CONCURRENT_SENDS=${maxConcurrent} in use)`;
        return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error };
      }
      let answer: Answer;
      try {
        const request = { origin, path, method: 'POST' as const, headers, body: replyBody(replyToken, messages) };
        answer = await post(dispatcher, request, (startedAt) => Math.max(1, Math.min(timeoutMs, endsAt - startedAt)), Math.max(0, Math.min(waitMs, endsAt - Date.now())), onSent);
      } finally {
        turns.give();
      }
      switch (answer.kind) {
        case 'not-sent':
          return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error: `not sent: no connection within ${Date.now() - queued} ms` };
        case 'timeout':
          return { ok: false, failure: { kind: 'timeout' }, status: null, requestId: null, error: `no complete answer within ${answer.afterMs} ms of sending` };
        case 'error': {
          const { err } = answer;
          const code = (err as { code?: string }).code;
          const detail = `${code ? `${code}: ` : ''}${err instanceof Error ? err.message : String(err)}`;
          return { ok: false, failure: { kind: 'network' }, status: null, requestId: null, error: `network error: ${maskSensitiveText(detail)}` };
        }
        case 'response': {
          const { status } = answer;
          const requestId = headerValue(answer.headers['x-line-request-id']);
          if (status < 300) return { ok: true, requestId };
          return {
            ok: false,
            failure: { kind: 'http', status, retryAfterMs: parseRetryAfter(headerValue(answer.headers['retry-after']), Date.now()) },
            status,
            requestId,
            error: `${status}: ${errorBodySummary(answer.body, replyToken)}`,
          };
        }
      }
    },
    close: () => dispatcher.close(),
  };
}

/** A counter of turns (requests in flight), first come first served, with a bounded wait. */
function createTurns(max: number): { take(waitMs: number): Promise<boolean>; give(): void } {
  let inUse = 0;
  const queue: { grant: () => void }[] = [];
  return {
    take(waitMs) {
      if (inUse < max && queue.length === 0) {
        inUse++;
        return Promise.resolve(true);
      }
      return new Promise((resolve) => {
        const entry = {
          grant: () => {
            clearTimeout(timer);
            resolve(true);
          },
        };
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1);
          resolve(false);
        }, waitMs);
        queue.push(entry);
      });
    },
    give() {
      const next = queue.shift();
      if (next) next.grant();
      else inUse--;
    },
  };
}

type Answer =
  | { kind: 'response'; status: number; headers: IncomingHttpHeaders; body: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'not-sent' }
  | { kind: 'error'; err: unknown };

/** Longest part of an error answer's body that is kept (for the log line). */
const MAX_ERROR_BODY_BYTES = 4096;

/**
 * One request through undici's `dispatch`, answered as plain data: the status, headers and
 * (for an error status, the start of) the body, or a timeout, or a network error. The deadline
 * (`timeoutFor(the time it is written)`) starts when undici writes the request on a connection
 * (`onRequestStart`); at the deadline the request is aborted, which destroys its socket. Before
 * that, at most `waitMs` for a connection: then it is given up unsent (aborted as soon as it
 * gets one, never written). (A handler instead of `request`: no stream, no abort signal and no
 * async resource per reply.)
 */
function post(
  dispatcher: Dispatcher,
  request: Dispatcher.DispatchOptions,
  timeoutFor: (startedAt: number) => number,
  waitMs: number,
  onSent?: () => void,
): Promise<Answer> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    timer = setTimeout(() => settle({ kind: 'not-sent' }), waitMs);
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    let kept = 0;
    dispatcher.dispatch(request, {
      onRequestStart(started) {
        if (settled) return started.abort(new Error('gave up before the request was sent'));
        clearTimeout(timer);
        const timeoutMs = timeoutFor(Date.now());
        timer = setTimeout(() => {
          settle({ kind: 'timeout', afterMs: timeoutMs });
          started.abort(new Error(`no complete answer within ${timeoutMs} ms`));
        }, timeoutMs);
        onSent?.();
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = responseHeaders;
      },
      onResponseData(_controller, chunk) {
        // A success's body is not needed; an error's is kept (bounded) for the log.
        if (status >= 300 && kept < MAX_ERROR_BODY_BYTES) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      },
      onResponseEnd() {
        settle({ kind: 'response', status, headers, body: Buffer.concat(chunks).toString('utf8') });
      },
      onResponseError(_controller, err) {
        settle({ kind: 'error', err });
      },
    });
  });
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

/** Longest error summary kept for the log line. */
const MAX_ERROR_SUMMARY_CHARS = 300;

/**
 * What of an error answer's body reaches the log: LINE's `message` and each of its `details`
 * (`property: message`), nothing else: a body that echoes the request (a proxy, a gateway, a
 * future API) would otherwise put the reply token and the reply's text in the log. Masked, the
 * reply token removed wherever it still appears, and cut to {@link MAX_ERROR_SUMMARY_CHARS}.
 */
export function errorBodySummary(body: string, replyToken: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return `(a body of ${Buffer.byteLength(body)} bytes that is not LINE's error JSON)`;
  const { message, details } = parsed as { message?: unknown; details?: unknown };
  const parts: string[] = [typeof message === 'string' ? message : '(no message)'];
  if (Array.isArray(details)) {
    for (const detail of details) {
      if (typeof detail !== 'object' || detail === null) continue;
      const { property, message: detailMessage } = detail as { property?: unknown; message?: unknown };
      parts.push(`${typeof property === 'string' ? `${property}: ` : ''}${typeof detailMessage === 'string' ? detailMessage : ''}`);
    }
  }
  const joined = parts.join('; ');
  const text = maskSensitiveText(replyToken === '' ? joined : joined.split(replyToken).join('[reply token]'));
  return text.length > MAX_ERROR_SUMMARY_CHARS ? `${text.slice(0, MAX_ERROR_SUMMARY_CHARS)}…` : text;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
