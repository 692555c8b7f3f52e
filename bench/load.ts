import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import type { ReplySink } from './reply-sink.ts';
import { summarise, tailEpisodes } from './stats.ts';
import { withRoomFor } from './growable.ts';

export interface LoadOptions {
  label: string;
  url: string;
  channelSecret: string;
  sink: ReplySink;
  messages: readonly string[];
  connections: number;
  seconds: number;
  /** Keep each event's send time and latency in the result (`samples`), to pool runs with {@link poolRuns}. */
  keepSamples?: boolean;
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
  /** The events at or above the p99, by the 100 ms window they were sent in (see stats.ts). */
  tail: ReturnType<typeof tailEpisodes>;
  /** With `keepSamples`: per replied event, when it was sent and its event-to-reply time. */
  samples?: { sentAt: number[]; latencies: number[] };
}

/**
 * Drives signed webhook events at a fixed concurrency with autocannon: every request is a
 * distinct event (webhookEventId, replyToken, user) built and signed in `setupRequest`. An
 * event counts as done when its reply reaches the stand-in LINE API, not at the 200.
 */
export async function driveLoad(options: LoadOptions): Promise<LoadResult> {
  // Per event index (see growable.ts): when it was sent and whether the webhook answered 2xx.
  let sentAt = new Float64Array(1 << 14);
  let acknowledged = new Uint8Array(1 << 14);
  const prefix = `rt-${options.label}-`;
  await options.sink.expect(prefix);
  const rejectedBefore = (await options.sink.collect()).rejected;
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
          sentAt = withRoomFor(sentAt, i);
          acknowledged = withRoomFor(acknowledged, i);
          const body = webhookBody(options.label, i, `${prefix}${i}`, options.messages[i % options.messages.length]!);
          (context as { index?: number }).index = i;
          sentAt[i] = performance.now();
          return {
            ...request,
            body,
            headers: { 'content-type': 'application/json', 'x-line-signature': createHmac('sha256', options.channelSecret).update(body).digest('base64') },
          };
        },
        onResponse: (status, _body, context) => {
          const i = (context as { index?: number }).index;
          if (i !== undefined && status >= 200 && status < 300) acknowledged[i] = 1;
        },
      },
    ],
  });

  // Replies still on their way when the load stopped: wait for them (bounded).
  const missing = (arrivedAt: Float64Array) => {
    for (let i = 0; i < n; i++) if (acknowledged[i] && Number.isNaN(arrivalOf(arrivedAt, i))) return true;
    return false;
  };
  const deadline = performance.now() + 10_000;
  let { arrivedAt, rejected } = await options.sink.collect();
  while (performance.now() < deadline && missing(arrivedAt)) {
    await new Promise((r) => setTimeout(r, 50));
    ({ arrivedAt, rejected } = await options.sink.collect());
  }

  const latencies: number[] = [];
  const sentOf: number[] = [];
  let acked = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (let i = 0; i < n; i++) {
    if (!acknowledged[i]) continue;
    acked++;
    first = Math.min(first, sentAt[i]!);
    const arrived = arrivalOf(arrivedAt, i);
    if (Number.isNaN(arrived)) continue;
    latencies.push(arrived - sentAt[i]!);
    sentOf.push(sentAt[i]!);
    last = Math.max(last, arrived);
  }
  const seconds = (last - first) / 1000;
  const summary = summarise(latencies);
  return {
    label: options.label,
    connections: options.connections,
    seconds: options.seconds,
    acknowledged: acked,
    replied: latencies.length,
    lost: acked - latencies.length,
    errors: {
      connection: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      sinkRejected: rejected - rejectedBefore,
    },
    eventsPerSecond: Math.round(latencies.length / seconds),
    eventToReplyMs: summary,
    tail: tailEpisodes(sentOf, latencies, summary.p99),
    webhookLatencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    ...(options.keepSamples ? { samples: { sentAt: sentOf, latencies } } : {}),
  };
}

/**
 * Several runs of one target as one (runs taken with `keepSamples`): events/s over the time
 * they ran together, percentiles and the tail over all their events, counts summed.
 */
export function poolRuns(label: string, runs: readonly LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.samples?.latencies ?? []);
  const sentAt = runs.flatMap((r) => r.samples?.sentAt ?? []);
  const summary = summarise(latencies);
  const sum = (f: (r: LoadResult) => number) => runs.reduce((a, r) => a + f(r), 0);
  // Each run's own span (first send to last reply) is replied / eventsPerSecond.
  const seconds = sum((r) => (r.eventsPerSecond > 0 ? r.replied / r.eventsPerSecond : 0));
  return {
    label,
    connections: runs[0]?.connections ?? 0,
    seconds: sum((r) => r.seconds),
    acknowledged: sum((r) => r.acknowledged),
    replied: sum((r) => r.replied),
    lost: sum((r) => r.lost),
    errors: {
      connection: sum((r) => r.errors.connection),
      timeouts: sum((r) => r.errors.timeouts),
      non2xx: sum((r) => r.errors.non2xx),
      sinkRejected: sum((r) => r.errors.sinkRejected),
    },
    eventsPerSecond: seconds > 0 ? Math.round(sum((r) => r.replied) / seconds) : 0,
    eventToReplyMs: summary,
    tail: tailEpisodes(sentAt, latencies, summary.p99),
    // autocannon's own percentiles cannot be pooled: the highest of the runs.
    webhookLatencyMs: { p50: Math.max(...runs.map((r) => r.webhookLatencyMs.p50)), p99: Math.max(...runs.map((r) => r.webhookLatencyMs.p99)) },
  };
}

/** When event `i`'s reply reached the stand-in API, or NaN while it has not (the sink's array may be shorter). */
function arrivalOf(arrivedAt: Float64Array, i: number): number {
  return i < arrivedAt.length ? arrivedAt[i]! : Number.NaN;
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
