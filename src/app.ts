import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { LineSender } from './line/line-sender.ts';
import type { RuntimeSlot } from './runtime/runtime-slot.ts';
import { createInflight, type Inflight } from './webhook/inflight.ts';
import { createEventQueue, MAX_ACK_HOLD_MS } from './webhook/event-queue.ts';
import type { PipelinePool } from './pipeline/pipeline-pool.ts';
import { webhookRoute } from './webhook/webhook-route.ts';
import { healthRoutes } from './health-routes.ts';
import { notFoundHandler } from './not-found-handler.ts';
import { createUserKeyHasher } from './privacy/user-key.ts';
import { simulatorPlugin } from './simulator/simulator-plugin.ts';
import type { ReloadState } from './simulator/runtime-reloader.ts';
import type { DedupeStore } from './dedupe/dedupe-store.ts';
import { dedupeFromConfig } from './dedupe/dedupe-from-config.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit/rate-limiter.ts';
import type { StoreSlot } from './store/store-slot.ts';
import { createReportRecording } from './reports/report-recording.ts';
import type { Recorder } from './reports/recorder.ts';
import { throttledWarning } from './reports/throttled-warning.ts';
import { createImageReading, simulatorImageReader } from './webhook/image-reading-from-config.ts';
import type { OcrPool } from './images/ocr-pool.ts';

/** What {@link buildApp} needs; everything is passed in (tests build their own). */
export interface AppDeps {
  config: Config;
  logger: Logger;
  runtime: RuntimeSlot;
  /** LINE API sender; null in simulator mode (no credentials). */
  sender: LineSender | null;
  clock: () => Date;
  /** Simulator mode only: reloads data/ and intents/ when they changed (see src/simulator/runtime-reloader.ts). */
  reloadRuntime?: () => Promise<ReloadState>;
  /** Milliseconds for TTLs and rate windows (real elapsed time even when BOT_NOW fixes `clock`); default Date.now. */
  nowMs?: () => number;
  /** Redelivery store; default from config (Redis with REDIS_URL, else memory). Closed with the app when created here. */
  dedupe?: DedupeStore;
  /** Per-user rate limit; default RATE_LIMIT_PER_MINUTE per user in this process. */
  rateLimiter?: RateLimiter;
  /** The pipeline on worker threads (PIPELINE_WORKERS > 0); closed with the app. */
  pipeline?: PipelinePool | null;
  /** The report store (src/store/); with RECORDING on, each handled event is recorded into it (src/reports/). Null or absent: nothing recorded. */
  store?: StoreSlot | null;
  /** The image-reading pool (tests, the benchmark); default: started from config.images. Closed with the app. */
  ocrPool?: OcrPool | null;
}

/** How often Node checks open connections against the request and headers timeouts (its default is 30 s). */
const CONNECTIONS_CHECK_MS = 1000;

/** Users whose rate window is remembered at once (the oldest are forgotten first). */
const RATE_LIMIT_MAX_USERS = 100_000;

export interface App {
  server: FastifyInstance;
  inflight: Inflight;
  /** The report recorder (null without a store or with RECORDING=false); its buffer is written out when the app closes. */
  recorder: Recorder | null;
  /** Starts the image-reading threads and loads the OCR model now (the server calls it once ready), instead of on the first image. */
  warmImageReading(): Promise<void>;
}

/**
 * Registers every route and never listens (the server or a test decides that).
 * With LINE credentials: /webhook. Without: no webhook (the simulator's routes instead).
 */
export async function buildApp(deps: AppDeps): Promise<App> {
  const server: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: true,
    return503OnClosing: true,
    logController: new QuietRequestLog(),
    // Slow clients (a body sent a byte at a time) must not hold a socket forever (Fastify's
    // defaults are 0: no limit). Node checks these every `connectionsCheckingInterval`.
    requestTimeout: deps.config.httpRequestTimeoutMs,
    connectionTimeout: deps.config.httpRequestTimeoutMs,
    keepAliveTimeout: deps.config.httpKeepAliveTimeoutMs,
    http: { headersTimeout: deps.config.httpHeadersTimeoutMs, requestTimeout: deps.config.httpRequestTimeoutMs, connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
  });
  const inflight = createInflight();
  const hashUserId = createUserKeyHasher(deps.config.userIdHashKey);

  const { config } = deps;
  const nowMs = deps.nowMs ?? Date.now;

  server.setNotFoundHandler(notFoundHandler);
  await server.register(healthRoutes, { runtime: deps.runtime });
  const recording =
    deps.store && config.recording
      ? createReportRecording({
          store: deps.store,
          deployment: config.deployment,
          keepUnansweredText: config.storeUnansweredText,
          onError: throttledWarning(deps.logger, 'reports: could not record; the bot keeps answering'),
        })
      : null;
  let ownDedupe: DedupeStore | null = null;
  const imageReading = config.line && deps.sender && config.images ? createImageReading(config, config.line, deps.sender, deps.logger, deps.ocrPool) : null;
  if (config.line && deps.sender) {
    const dedupe = deps.dedupe ?? (ownDedupe = dedupeFromConfig(config, deps.logger, nowMs));
    const rateLimiter =
      deps.rateLimiter ??
      (config.rateLimitPerMinute === 0
        ? { check: () => 'allow' as const }
        : createRateLimiter({ limit: config.rateLimitPerMinute, windowMs: 60_000, maxUsers: RATE_LIMIT_MAX_USERS, nowMs }));
    await server.register(webhookRoute, {
      channelSecret: config.line.channelSecret,
      runtime: deps.runtime,
      sender: deps.sender,
      clock: deps.clock,
      logger: deps.logger,
      hashUserId,
      queue: createEventQueue(inflight),
      maxQueuedEvents: config.maxQueuedEvents,
      dedupe,
      rateLimiter,
      retryPolicy: {
        attemptTimeoutMs: config.lineApiTimeoutMs,
        budgetMs: config.lineReplyBudgetMs,
        baseDelayMs: config.lineRetryBaseMs,
        maxAttempts: config.lineRetryMaxAttempts,
      },
      logMessageText: config.logMessageText,
      pipeline: deps.pipeline ?? null,
      recordEvent: recording?.forWebhook ?? null,
      images: imageReading?.messages ?? null,
    });
  }
  // The simulator reads attached images on a pool of its own (started on the first image).
  const simulatorImages = deps.config.line === null && config.images ? simulatorImageReader(config.images, deps.ocrPool) : null;
  if (deps.config.line === null) await server.register(simulatorPlugin, { runtime: deps.runtime, clock: deps.clock, logger: deps.logger, reloadRuntime: deps.reloadRuntime, listenHost: config.host, recordEvent: recording?.forSimulator ?? null, imageReader: simulatorImages });
  // Shutdown within SHUTDOWN_GRACE_MS: the server's close waits for every open connection, so
  // those still open a moment after closing began (a request that never finishes, a held 200
  // is released within MAX_ACK_HOLD_MS) are closed; events in flight get the rest of the grace.
  let closingSince = 0;
  let forceClose: NodeJS.Timeout | undefined;
  server.addHook('preClose', async () => {
    closingSince = Date.now();
    forceClose = setTimeout(() => server.server.closeAllConnections(), Math.min(MAX_ACK_HOLD_MS + 500, deps.config.shutdownGraceMs / 2));
    forceClose.unref();
  });
  server.addHook('onClose', async () => {
    clearTimeout(forceClose);
    const left = await inflight.drain(Math.max(0, (closingSince || Date.now()) + deps.config.shutdownGraceMs - Date.now()));
    if (left > 0) deps.logger.warn({ left }, 'shutdown: events still in flight were abandoned');
    await ownDedupe?.close();
    await imageReading?.close();
    if (simulatorImages && !deps.ocrPool) await simulatorImages.pool.close();
    await deps.pipeline?.close();
    await recording?.recorder.close();
  });
  const warmImageReading = async () => {
    await (imageReading?.pool ?? simulatorImages?.pool)?.warm();
  };
  return { server, inflight, recorder: recording?.recorder ?? null, warmImageReading };
}

/**
 * Fastify's per-request lines, quieter: one line per webhook event ("event handled") is what
 * an operator reads, so a request answered 2xx is logged at debug only; other answers stay at
 * info and errors at error. At ~750 events/s the two info lines per request were a measurable
 * share of the bot's time (npm run bench).
 */
class QuietRequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (reply.statusCode >= 300) reply.log.info(line, 'request completed');
    else reply.log.debug(line, 'request completed');
  }
}
