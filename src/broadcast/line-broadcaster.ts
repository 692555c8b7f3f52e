/**
 * The LINE calls a broadcast needs: the month's message quota and what is used of it, the
 * number of friends who can be reached (insight API, where the account has it), and the
 * broadcast or narrowcast itself with `X-Line-Retry-Key` — the same key for every attempt of
 * one draft, so LINE accepts it once however often it is retried (a repeat answers 409 with
 * the ID of the request it already accepted). A narrowcast is accepted (202) before LINE has
 * filtered anyone; its progress is asked with the request ID. Base URL from LINE_API_BASE_URL
 * (tests use a stand-in). The access token goes only into the Authorization header, never
 * into a result or an error text.
 */
import { progressFromJson, type NarrowcastProgress } from './narrowcast.ts';

export interface Quota {
  /** The monthly limit, or null when the account has none (`type: none`). */
  limit: number | null;
  used: number;
}

export type BroadcastResult =
  | { ok: true; requestId: string | null; alreadyAccepted: boolean }
  | { ok: false; status: number | null; message: string; details: string[]; requestId: string | null };

export type ProgressResult = { ok: true; progress: NarrowcastProgress } | { ok: false; status: number | null; message: string };

export interface LineBroadcaster {
  /** Longest one call may take (the request and reading its answer; a send makes one attempt, no retries inside). */
  readonly timeoutMs: number;
  quota(): Promise<Quota>;
  /** Friends the broadcast reaches (targetedReaches of yesterday, Japan time), or null when LINE does not say. */
  recipients(now: Date): Promise<number | null>;
  broadcast(messages: readonly object[], retryKey: string): Promise<BroadcastResult>;
  /** POST /v2/bot/message/narrowcast with a NarrowcastRequest body (see narrowcastRequest). */
  narrowcast(body: Record<string, unknown>, retryKey: string): Promise<BroadcastResult>;
  /** GET /v2/bot/message/progress/narrowcast?requestId=… */
  narrowcastProgress(requestId: string): Promise<ProgressResult>;
}

export function createLineBroadcaster(options: { baseUrl: string; channelAccessToken: string; timeoutMs?: number }): LineBroadcaster {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const headers = { authorization: `Bearer ${options.channelAccessToken}` };
  const getJson = async (path: string): Promise<Record<string, unknown>> => {
    const res = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`LINE ${path} answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    timeoutMs,
    async quota() {
      const [quota, consumption] = await Promise.all([getJson('/v2/bot/message/quota'), getJson('/v2/bot/message/quota/consumption')]);
      return { limit: quota['type'] === 'limited' ? Number(quota['value']) : null, used: Number(consumption['totalUsage'] ?? 0) };
    },
    async recipients(now) {
      const yesterday = new Date(now.getTime() + 9 * 3_600_000 - 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      try {
        const body = await getJson(`/v2/bot/insight/followers?date=${yesterday}`);
        return body['status'] === 'ready' && typeof body['targetedReaches'] === 'number' ? body['targetedReaches'] : null;
      } catch {
        return null;
      }
    },
    broadcast(messages, retryKey) {
      return post('/v2/bot/message/broadcast', { messages }, retryKey);
    },
    narrowcast(body, retryKey) {
      return post('/v2/bot/message/narrowcast', body, retryKey);
    },
    async narrowcastProgress(requestId) {
      try {
        const res = await fetch(`${base}/v2/bot/message/progress/narrowcast?requestId=${encodeURIComponent(requestId)}`, { headers, signal: AbortSignal.timeout(timeoutMs) });
        if (!res.ok) {
          const { message } = readError(await res.text().catch(() => ''));
          return { ok: false, status: res.status, message };
        }
        const progress = progressFromJson(await res.json());
        return progress ? { ok: true, progress } : { ok: false, status: res.status, message: 'unexpected answer' };
      } catch (err) {
        return { ok: false, status: null, message: err instanceof Error ? err.message : String(err) };
      }
    },
  };

  /** One send with its retry key: 200 (broadcast) or 202 (narrowcast) accepted, 409 with the accepted request's ID = accepted before. */
  async function post(path: string, body: object, retryKey: string): Promise<BroadcastResult> {
    try {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-line-retry-key': retryKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const requestId = res.headers.get('x-line-request-id');
      if (res.ok) return { ok: true, requestId, alreadyAccepted: false };
      const accepted = res.headers.get('x-line-accepted-request-id');
      if (res.status === 409 && accepted) return { ok: true, requestId: accepted, alreadyAccepted: true };
      const { message, details } = readError(await res.text().catch(() => ''));
      return { ok: false, status: res.status, message, details, requestId };
    } catch (err) {
      // A timeout or a dropped connection: LINE may or may not have it; the same retry key makes a retry safe.
      return { ok: false, status: null, message: err instanceof Error ? err.message : String(err), details: [], requestId: null };
    }
  }
}

/** The broadcast of a warning: one plain text message (LINE's limit is 5,000 characters; the console allows far less). */
export function broadcastMessages(text: string): { type: 'text'; text: string }[] {
  return [{ type: 'text', text }];
}

/** LINE's error body (ErrorResponse: message, details[].message/property) as text; a non-JSON body is cut short. */
function readError(text: string): { message: string; details: string[] } {
  try {
    const body = JSON.parse(text) as { message?: unknown; details?: unknown };
    const details = Array.isArray(body.details)
      ? body.details
          .slice(0, 5)
          .map((d: { message?: unknown; property?: unknown }) => [d?.property, d?.message].filter((x) => typeof x === 'string' && x !== '').join(': '))
          .filter((d) => d !== '')
      : [];
    return { message: String(body.message ?? '').slice(0, 300), details: details.map((d) => d.slice(0, 200)) };
  } catch {
    return { message: text.slice(0, 300), details: [] };
  }
}
