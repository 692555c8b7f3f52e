import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import type { ReplySink } from './reply-sink.ts';
import { summarise } from './stats.ts';

export interface LoadOptions {
  label: string;
  url: string;
  channelSecret: string;
  sink: ReplySink;
  messages: readonly string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  label: string;
  connections: number;
  seconds: number;
  /** Webhook requests answered 2xx (each carries one event). */
  acknowledged: number;
  /** Of those, events whose reply reached the LINE API stand-in. */
  replied: number;
  lost: number;
  errors: { connection: number; timeouts: number; non2xx: number; sinkRejected: number };
  eventsPerSecond: number;
  /** From sending the webhook request to the reply arriving at the LINE API stand-in. */
  eventToReplyMs: ReturnType<typeof summarise>;
  /** Webhook request → its HTTP answer (autocannon's own measure). */
  webhookLatencyMs: { p50: number; p99: number };
}

/**
 * Drives signed webhook events at a fixed concurrency with autocannon: every request is a
 * distinct event (webhookEventId, replyToken, user) built and signed in `setupRequest`. An
 * event counts as done when its reply reaches the stand-in LINE API, not at the 200.
 */
export async function driveLoad(options: LoadOptions): Promise<LoadResult> {
  const sentAt = new Map<string, number>();
  const acknowledged = new Set<string>();
  const rejectedBefore = options.sink.rejected();
  let n = 0;

  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/webhook',
        setupRequest: (request, context) => {
          const i = n++;
          const replyToken = `rt-${options.label}-${i}`;
          const body = webhookBody(options.label, i, replyToken, options.messages[i % options.messages.length]!);
          (context as { token?: string }).token = replyToken;
          sentAt.set(replyToken, performance.now());
          return {
            ...request,
            body,
            headers: { 'content-type': 'application/json', 'x-line-signature': createHmac('sha256', options.channelSecret).update(body).digest('base64') },
          };
        },
        onResponse: (status, _body, context) => {
          const token = (context as { token?: string }).token;
          if (token && status >= 200 && status < 300) acknowledged.add(token);
        },
      },
    ],
  });

  // Replies still on their way when the load stopped: wait for them (bounded).
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && [...acknowledged].some((t) => !options.sink.arrivals.has(t))) {
    await new Promise((r) => setTimeout(r, 20));
  }

  const latencies: number[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const token of acknowledged) {
    const arrived = options.sink.arrivals.get(token);
    const sent = sentAt.get(token)!;
    first = Math.min(first, sent);
    if (arrived === undefined) continue;
    latencies.push(arrived - sent);
    last = Math.max(last, arrived);
  }
  const seconds = (last - first) / 1000;
  return {
    label: options.label,
    connections: options.connections,
    seconds: options.seconds,
    acknowledged: acknowledged.size,
    replied: latencies.length,
    lost: acknowledged.size - latencies.length,
    errors: {
      connection: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      sinkRejected: options.sink.rejected() - rejectedBefore,
    },
    eventsPerSecond: Math.round(latencies.length / seconds),
    eventToReplyMs: summarise(latencies),
    webhookLatencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}

function webhookBody(label: string, i: number, replyToken: string, text: string): string {
  const userId = 'U' + i.toString(16).padStart(32, '0');
  return JSON.stringify({
    destination: 'U0123456789abcdef0123456789abcdef',
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        webhookEventId: `01BENCH${label.toUpperCase()}${String(i).padStart(12, '0')}`,
        deliveryContext: { isRedelivery: false },
        source: { type: 'user', userId },
        replyToken,
        message: { id: String(100_000 + i), type: 'text', quoteToken: `q-${i}`, text },
      },
    ],
  });
}
