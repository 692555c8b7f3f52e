import { undiciOnDemand } from './undici-on-demand.ts';

/**
 * Fetches the bytes of an image a resident sent: `GET {dataBaseUrl}/v2/bot/message/{messageId}/content`
 * (LINE's data API; tests and the benchmark point it at a stand-in). Kept in memory only. A
 * `Content-Length` over `maxBytes` is refused before reading; a body that grows past it is cut
 * off at that point; the whole fetch ends at `timeoutMs`. Never throws.
 */
export type ContentResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'too_large' | 'timeout' | 'status' | 'network'; status: number | null; requestId: string | null };

export interface ContentFetchOptions {
  dataBaseUrl: string;
  channelAccessToken: string;
  maxBytes: number;
  timeoutMs: number;
}

export async function fetchMessageContent(messageId: string, options: ContentFetchOptions): Promise<ContentResult> {
  const url = `${options.dataBaseUrl}/v2/bot/message/${encodeURIComponent(messageId)}/content`;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let status: number | null = null;
  let requestId: string | null = null;
  try {
    const response = await undiciOnDemand().request(url, {
      method: 'GET',
      headers: { authorization: `Bearer ${options.channelAccessToken}` },
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    status = response.statusCode;
    const id = response.headers['x-line-request-id'];
    requestId = typeof id === 'string' ? id : null;
    if (status !== 200) {
      await response.body.dump().catch(() => undefined);
      return { ok: false, reason: 'status', status, requestId };
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      response.body.destroy();
      return { ok: false, reason: 'too_large', status, requestId };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > options.maxBytes) {
        response.body.destroy();
        return { ok: false, reason: 'too_large', status, requestId };
      }
      chunks.push(chunk as Buffer);
    }
    return { ok: true, bytes: Buffer.concat(chunks, size) };
  } catch {
    return { ok: false, reason: signal.aborted ? 'timeout' : 'network', status, requestId };
  }
}
