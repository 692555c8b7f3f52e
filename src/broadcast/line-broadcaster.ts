/**
 * The LINE calls a broadcast needs: the month's message quota and what is used of it, the
 * number of friends who can be reached (insight API, where the account has it), and the
 * broadcast itself with `X-Line-Retry-Key` — the same key for every attempt of one draft, so
 * LINE accepts it once however often it is retried (a repeat answers 409 with the ID of the
 * request it already accepted). Base URL from LINE_API_BASE_URL (tests use a stand-in).
 */
export interface Quota {
  /** The monthly limit, or null when the account has none (`type: none`). */
  limit: number | null;
  used: number;
}

export type BroadcastResult =
  | { ok: true; requestId: string | null; alreadyAccepted: boolean }
  | { ok: false; status: number | null; message: string; requestId: string | null };

export interface LineBroadcaster {
  quota(): Promise<Quota>;
  /** Friends the broadcast reaches (targetedReaches of yesterday, Japan time), or null when LINE does not say. */
  recipients(now: Date): Promise<number | null>;
  broadcast(messages: readonly object[], retryKey: string): Promise<BroadcastResult>;
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
    async broadcast(messages, retryKey) {
      try {
        const res = await fetch(`${base}/v2/bot/message/broadcast`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'x-line-retry-key': retryKey },
          body: JSON.stringify({ messages }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const requestId = res.headers.get('x-line-request-id');
        if (res.ok) return { ok: true, requestId, alreadyAccepted: false };
        const accepted = res.headers.get('x-line-accepted-request-id');
        if (res.status === 409 && accepted) return { ok: true, requestId: accepted, alreadyAccepted: true };
        const text = await res.text().catch(() => '');
        let message = text.slice(0, 300);
        try {
          message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
        } catch {
          /* not JSON */
        }
        return { ok: false, status: res.status, message, requestId };
      } catch (err) {
        // A timeout or a dropped connection: LINE may or may not have it; the same retry key makes a retry safe.
        return { ok: false, status: null, message: err instanceof Error ? err.message : String(err), requestId: null };
      }
    },
  };
}

/** The broadcast of a warning: one plain text message (LINE's limit is 5,000 characters; the console allows far less). */
export function broadcastMessages(text: string): { type: 'text'; text: string }[] {
  return [{ type: 'text', text }];
}
