import { writeSync } from 'node:fs';
import pino, { type Logger, type LoggerOptions, type DestinationStream } from 'pino';
import { maskSensitiveText } from './privacy/mask-text.ts';

/**
 * Paths pino removes from every log line: credentials, signatures, tokens, raw user IDs, headers,
 * bodies. All explicit: a wildcard path (`*.userId`) doubled the cost of every log line (~15 →
 * ~8 µs for the per-event line; npm run bench), so the nested places are listed one by one.
 */
export const REDACT_PATHS = [
  'req.headers',
  'req.body',
  'res.headers',
  'headers',
  'body',
  'authorization',
  'signature',
  'channelSecret',
  'channelAccessToken',
  'accessToken',
  'config.line',
  'replyToken',
  'event.replyToken',
  'request.replyToken',
  'userId',
  'source.userId',
  'event.userId',
  'event.source.userId',
];

/**
 * Fastify logs `req`, `res` and `err` through these (a logger's own serializers win over
 * Fastify's): the request is its method and path only (no query, headers or body), an error
 * is its type, code and masked message (JSON parse errors quote the body they failed on).
 */
export const SAFE_SERIALIZERS = {
  req: (req: { method?: unknown; url?: unknown }) => ({
    method: typeof req.method === 'string' ? req.method : undefined,
    path: typeof req.url === 'string' ? req.url.split('?')[0] : undefined,
  }),
  res: (res: { statusCode?: unknown }) => ({ statusCode: res.statusCode }),
  err: (err: unknown) => {
    if (!(err instanceof Error)) return maskSensitiveText(String(err));
    const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
    return { type: err.name, message: maskSensitiveText(err.message), code, statusCode, stack: err.stack && maskSensitiveText(err.stack) };
  },
};

/** Logger options shared by the server, the CLIs and the tests. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: SAFE_SERIALIZERS,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

/**
 * Standard output, written in batches: lines collect until there are LOG_BATCH_CHARS of them or
 * LOG_FLUSH_MS has passed since the first of them, and what is pending is written at exit.
 * pino's default destination writes every line as it comes, one write handed to libuv's thread
 * pool per line: under load, with one line per event, that cost about a tenth of the HTTP
 * thread's CPU per event (V8 profile under npm run bench's load: the write, and waking a pool
 * thread and then the event loop for each). A line now reaches the log at most LOG_FLUSH_MS
 * late; what it says, its `time` included, is unchanged. A batch is written synchronously, on
 * this thread (one write per batch is cheap): written through the pool, a batch could still be
 * queued behind busy pool threads when the process exits, and the lines written at exit would
 * come out before it, or without it (seen under load: 「shut down cleanly」 before 「reply sent」).
 */
export const LOG_BATCH_CHARS = 4096;
export const LOG_FLUSH_MS = 100;

function standardOutput(): DestinationStream {
  // pino's own destination (sonic-boom on fd 1), synchronous: it retries a full pipe (EAGAIN).
  const out = pino.destination({ dest: 1, sync: true });
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const lines = pending;
    pending = '';
    out.write(lines);
  };
  // At exit there is no event loop: the lines still here are written now.
  process.once('exit', () => {
    clearTimeout(timer);
    try {
      if (pending !== '') writeSync(1, pending);
    } catch {
      // standard output is gone (EPIPE) or full (EAGAIN) at exit: the lines cannot be kept
    }
    pending = '';
  });
  return {
    write(line: string) {
      pending += line;
      if (pending.length >= LOG_BATCH_CHARS) flush();
      else if (timer === undefined) {
        timer = setTimeout(flush, LOG_FLUSH_MS);
        timer.unref();
      }
      return true;
    },
  };
}

/** Creates the process logger (optionally writing to a given stream, as tests do). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(loggerOptions(level), destination ?? standardOutput());
}

/**
 * For a warning that could repeat with every event (a store that is down): call it each time;
 * it returns null while the line should be held back, else how many were held back since the
 * last line (write the line then, with that count). At most one line per `intervalMs`.
 */
export function logThrottle(intervalMs: number, nowMs: () => number = Date.now): () => number | null {
  let last = -Infinity;
  let heldBack = 0;
  return () => {
    const now = nowMs();
    if (now - last < intervalMs) {
      heldBack++;
      return null;
    }
    last = now;
    const count = heldBack;
    heldBack = 0;
    return count;
  };
}

export type { Logger };
