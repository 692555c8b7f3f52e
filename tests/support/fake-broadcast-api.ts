import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for LINE's quota, insight, broadcast and narrowcast endpoints, answering by path (tests only). */
export interface FakeBroadcastApi {
  baseUrl: string;
  /** Broadcast requests received: headers and body. */
  broadcasts: { retryKey: string | undefined; authorization: string | undefined; json: unknown }[];
  /** Narrowcast requests received: headers and body. */
  narrowcasts: { retryKey: string | undefined; authorization: string | undefined; json: unknown }[];
  /** Progress queries received (the requestId asked for). */
  progressQueries: { requestId: string | null; authorization: string | undefined }[];
  /** What the progress endpoint answers per request ID (default: waiting; unknown IDs 404). */
  progress: Map<string, Record<string, unknown>>;
  /** Keys LINE accepted (a second request with one answers 409 with x-line-accepted-request-id). */
  accepted: Map<string, string>;
  /** The next broadcast or narrowcast answers this status (and body) without being accepted (e.g. 500), once. */
  failNext(status: number, body?: unknown): void;
  /** The next send is accepted but its answer is lost (500): a retry then meets the 409 of an accepted key. */
  acceptButLoseAnswer(): void;
  state: { limit: number | null; used: number; followers: number | null };
  close(): Promise<void>;
}

export async function startFakeBroadcastApi(): Promise<FakeBroadcastApi> {
  const api: Omit<FakeBroadcastApi, 'baseUrl' | 'close'> & { fail: { status: number; body: unknown } | null; lose: boolean } = {
    broadcasts: [],
    narrowcasts: [],
    progressQueries: [],
    progress: new Map(),
    accepted: new Map(),
    fail: null,
    lose: false,
    failNext(status, body = { message: 'stand-in failure' }) {
      this.fail = { status, body };
    },
    acceptButLoseAnswer() {
      this.lose = true;
    },
    state: { limit: 1000, used: 120, followers: 345 },
  };
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-line-request-id': `fake-bc-${++n}`, ...headers });
        res.end(JSON.stringify(body));
      };
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/v2/bot/message/quota') return send(200, api.state.limit === null ? { type: 'none' } : { type: 'limited', value: api.state.limit });
      if (req.method === 'GET' && path === '/v2/bot/message/quota/consumption') return send(200, { totalUsage: api.state.used });
      if (req.method === 'GET' && path === '/v2/bot/insight/followers') {
        return send(200, api.state.followers === null ? { status: 'unready' } : { status: 'ready', followers: api.state.followers + 10, targetedReaches: api.state.followers, blocks: 10 });
      }
      if (req.method === 'POST' && path === '/v2/bot/message/broadcast') {
        const retryKey = req.headers['x-line-retry-key'] as string | undefined;
        api.broadcasts.push({ retryKey, authorization: req.headers.authorization, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        if (api.fail !== null) {
          const { status, body } = api.fail;
          api.fail = null;
          return send(status, body);
        }
        if (retryKey && api.accepted.has(retryKey)) return send(409, { message: 'The retry key is already accepted' }, { 'x-line-accepted-request-id': api.accepted.get(retryKey)! });
        if (retryKey) api.accepted.set(retryKey, `accepted-${api.accepted.size + 1}`);
        return send(200, {});
      }
      if (req.method === 'POST' && path === '/v2/bot/message/narrowcast') {
        const retryKey = req.headers['x-line-retry-key'] as string | undefined;
        api.narrowcasts.push({ retryKey, authorization: req.headers.authorization, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        if (api.fail !== null) {
          const { status, body } = api.fail;
          api.fail = null;
          return send(status, body);
        }
        if (retryKey && api.accepted.has(retryKey)) return send(409, { message: 'The retry key is already accepted' }, { 'x-line-accepted-request-id': api.accepted.get(retryKey)! });
        const requestId = `nc-${api.narrowcasts.length}`;
        if (retryKey) api.accepted.set(retryKey, requestId);
        api.progress.set(requestId, api.progress.get(requestId) ?? { phase: 'waiting', acceptedTime: '2026-12-07T03:00:00.000Z' });
        if (api.lose) {
          api.lose = false;
          return send(500, { message: 'answer lost' });
        }
        return send(202, {}, { 'x-line-request-id': requestId });
      }
      if (req.method === 'GET' && path === '/v2/bot/message/progress/narrowcast') {
        const requestId = new URL(req.url ?? '', 'http://x').searchParams.get('requestId');
        api.progressQueries.push({ requestId, authorization: req.headers.authorization });
        const progress = requestId ? api.progress.get(requestId) : undefined;
        return progress ? send(200, progress) : send(404, { message: 'Not found' });
      }
      // The bot's replies and anything else.
      return send(200, {});
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
