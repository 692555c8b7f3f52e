import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { withRoomFor } from './growable.ts';

/**
 * A stand-in LINE Messaging API for the benchmark: answers POST /v2/bot/message/reply with
 * 200 at once and notes when each reply token arrived. It runs in a process of its own, as
 * the real API is not inside the load generator: a reply stamped by the process that also
 * drives autocannon waits for whatever that process is doing (building and signing the next
 * requests, its GC), and every event in flight would be measured that much later. Lighter
 * than the test fake (no recording of headers or bodies), so it measures the bot rather than
 * itself. Arrivals are kept per run in a typed array by event index (growable.ts) and fetched
 * once the run is over.
 */
export interface ReplySink {
  baseUrl: string;
  pid: number;
  /** Starts a run: records the replies whose token is `${prefix}<index>`, forgetting earlier runs. */
  expect(prefix: string): Promise<void>;
  /** Arrival time by event index so far (NaN: not arrived), on this process's performance.now() clock; and requests rejected since start. */
  collect(): Promise<{ arrivedAt: Float64Array; rejected: number }>;
  close(): Promise<void>;
}

type Request = { id: number } & ({ kind: 'expect'; prefix: string } | { kind: 'collect' } | { kind: 'clock' });
type RequestBody = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
type Answer = { id: number; arrivedAt?: Float64Array; rejected?: number; now?: number };

/** Forks the sink and measures the offset between its clock and this process's. */
export async function startReplySink(): Promise<ReplySink> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`bench/reply-sink.ts exited with ${code} before listening`)));
  });
  const waiting = new Map<number, (answer: Answer) => void>();
  let nextId = 1;
  child.on('message', (m) => {
    const answer = m as Answer;
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  const ask = (request: RequestBody) =>
    new Promise<Answer>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...request, id });
    });
  // The sink stamps arrivals with timeOrigin + now() (wall-clock based); the offset to this
  // process's performance.now() is taken from the round trip with the smallest delay.
  let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const { now = 0 } = await ask({ kind: 'clock' });
    const t1 = performance.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: now - (t0 + t1) / 2 };
  }
  const { offset } = best;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async expect(prefix) {
      await ask({ kind: 'expect', prefix });
    },
    async collect() {
      const answer = await ask({ kind: 'collect' });
      const arrivedAt = answer.arrivedAt ?? new Float64Array();
      for (let i = 0; i < arrivedAt.length; i++) arrivedAt[i] = arrivedAt[i]! - offset;
      return { arrivedAt, rejected: answer.rejected ?? 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

const LEADING_TOKEN = /^\{"replyToken":"([^"\\]{1,200})","messages":\[/;

/**
 * The reply token of a reply request. Both bots serialise `{replyToken, messages}` with the
 * token first, so the head of the first chunk is enough; anything else is parsed in full.
 * (Parsing every 10 kB flex reply would make the stand-in, not the bot, the bottleneck.)
 */
function replyTokenOf(chunks: readonly Buffer[]): unknown {
  const head = chunks[0]?.subarray(0, 256).toString('utf8') ?? '';
  const match = LEADING_TOKEN.exec(head);
  if (match) return match[1];
  try {
    return (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { replyToken?: unknown }).replyToken;
  } catch {
    return undefined;
  }
}

/** The sink itself (the forked process). */
async function serve(): Promise<void> {
  let rejected = 0;
  let replies = 0;
  let prefix = '\u0000none';
  let arrivedAt = new Float64Array(1 << 14).fill(Number.NaN);
  const record = (token: string, at: number) => {
    if (!token.startsWith(prefix)) return;
    const i = Number(token.slice(prefix.length));
    if (!Number.isInteger(i) || i < 0 || i > 1 << 24) return;
    arrivedAt = withRoomFor(arrivedAt, i, Number.NaN);
    arrivedAt[i] = at;
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.timeOrigin + performance.now();
      const token = replyTokenOf(chunks);
      if (req.url !== '/v2/bot/message/reply' || typeof token !== 'string' || !String(req.headers.authorization).startsWith('Bearer ')) {
        rejected++;
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"bad request"}');
        return;
      }
      record(token, at);
      res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': `sink-${++replies}` });
      res.end('{"sentMessages":[{"id":"1","quoteToken":"q"}]}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (m) => {
    const request = m as Request;
    switch (request.kind) {
      case 'clock':
        process.send?.({ id: request.id, now: performance.timeOrigin + performance.now() } satisfies Answer);
        break;
      case 'expect':
        prefix = request.prefix;
        arrivedAt = new Float64Array(1 << 14).fill(Number.NaN);
        process.send?.({ id: request.id } satisfies Answer);
        break;
      case 'collect':
        process.send?.({ id: request.id, arrivedAt: arrivedAt.slice(), rejected } satisfies Answer);
        break;
    }
  });
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
  process.send?.({ port: (server.address() as AddressInfo).port });
}

if (import.meta.main) await serve();
