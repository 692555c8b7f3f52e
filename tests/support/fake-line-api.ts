import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake LINE API received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  json: unknown;
}

/** How the fake answers the next requests: a status (with optional delay), a hang, or a dropped connection. */
export type FakeBehaviour =
  | { kind: 'status'; status: number; delayMs?: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'drop' };

export interface FakeLineApi {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Image bytes served at GET /v2/bot/message/{messageId}/content (LINE's data API), by message ID. */
  contents: Map<string, Buffer>;
  /** Answers to use, in order, for the next requests; afterwards 200 {}. */
  queue(...behaviours: FakeBehaviour[]): void;
  /** Resolves when at least `count` requests to `pathPrefix` have arrived (or rejects after timeoutMs). */
  waitFor(count: number, pathPrefix?: string, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

let requestCounter = 0;

/** A fake LINE Messaging API on 127.0.0.1 that records every request (tests only). */
export async function startFakeLineApi(): Promise<FakeLineApi> {
  const requests: RecordedRequest[] = [];
  const pending: FakeBehaviour[] = [];
  const hanging = new Set<ServerResponse>();
  const waiters = new Set<() => void>();
  const contents = new Map<string, Buffer>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let json: unknown = null;
      try {
        json = body.length ? JSON.parse(body.toString('utf8')) : null;
      } catch {
        json = null;
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json });
      for (const w of waiters) w();
      const content = req.method === 'GET' ? /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(req.url ?? '') : null;
      if (content) {
        const bytes = contents.get(decodeURIComponent(content[1]!));
        res.writeHead(bytes ? 200 : 404, { 'content-type': bytes ? 'image/jpeg' : 'application/json', 'x-line-request-id': `fake-${++requestCounter}` });
        res.end(bytes ?? JSON.stringify({ message: 'Not found' }));
        return;
      }
      const behaviour = pending.shift() ?? { kind: 'status', status: 200 };
      const requestId = `fake-${++requestCounter}`;
      if (behaviour.kind === 'hang') {
        hanging.add(res);
        return;
      }
      if (behaviour.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const send = () => {
        res.writeHead(behaviour.status, { 'content-type': 'application/json', 'x-line-request-id': requestId, ...behaviour.headers });
        res.end(JSON.stringify(behaviour.body ?? (behaviour.status < 300 ? rich(req.url ?? '') : { message: 'fake error' })));
      };
      if (behaviour.delayMs) setTimeout(send, behaviour.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    contents,
    queue: (...b) => pending.push(...b),
    waitFor(count, pathPrefix = '', timeoutMs = 5000) {
      const matching = () => requests.filter((r) => r.path.startsWith(pathPrefix));
      return new Promise((resolve, reject) => {
        const check = () => {
          if (matching().length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(matching());
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake LINE API: expected ${count} request(s) to ${pathPrefix || '/'}, got ${matching().length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Plausible success bodies for the endpoints the bot calls. */
function rich(path: string): unknown {
  if (path === '/v2/bot/richmenu') return { richMenuId: 'richmenu-fake-0001' };
  if (path.startsWith('/v2/bot/message/reply')) return { sentMessages: [{ id: '1', quoteToken: 'q' }] };
  return {};
}
