import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in LINE Messaging API for the benchmark: answers POST /v2/bot/message/reply with
 * 200 at once and reports each reply token's arrival to `onReply`. Lighter than the test fake
 * (no recording of headers or bodies, no map of every token), so it measures the bot rather
 * than itself: its own GC pauses would delay every arrival it timestamps.
 */
export interface ReplySink {
  baseUrl: string;
  /** Called with each well-formed reply's token and arrival time (performance.now() of this process); set by the load driver. */
  onReply: (replyToken: string, at: number) => void;
  /** Requests that were not a well-formed reply. */
  rejected: () => number;
  close(): Promise<void>;
}

export async function startReplySink(): Promise<ReplySink> {
  let rejected = 0;
  let replies = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const token = replyTokenOf(chunks);
      if (req.url !== '/v2/bot/message/reply' || typeof token !== 'string' || !String(req.headers.authorization).startsWith('Bearer ')) {
        rejected++;
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"bad request"}');
        return;
      }
      sink.onReply(token, at);
      res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': `sink-${++replies}` });
      res.end('{"sentMessages":[{"id":"1","quoteToken":"q"}]}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sink: ReplySink = {
    baseUrl: `http://127.0.0.1:${port}`,
    onReply: () => undefined,
    rejected: () => rejected,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sink;
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
