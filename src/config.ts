import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { MODEL_CACHE_DIR, PROJECT_ROOT } from './runtime/project-paths.ts';

/**
 * The one place that reads the environment. Every setting is validated once here;
 * a missing or malformed value stops start-up with a message naming the variable.
 */

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const EnvSchema = z.object({
  LINE_CHANNEL_SECRET: optionalNonEmpty,
  LINE_CHANNEL_ACCESS_TOKEN: optionalNonEmpty,
  LINE_API_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalNonEmpty,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_NOW: z.iso.datetime({ offset: true }).optional(),
  DEPLOYMENT: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a deployment id such as "shiki" (lower-case letters, digits, - and _)')
    .optional(),
  LINE_BOT_BASIC_ID: z
    .string()
    .regex(/^@[0-9a-z][0-9a-z._-]{2,19}$/, 'must be the account\'s basic ID as LINE shows it, e.g. "@123abcde"')
    .optional(),
  LOG_MESSAGE_TEXT: booleanFromEnv.default(false),
  USER_ID_HASH_KEY: optionalNonEmpty,
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(20),
  LINE_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(10_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(5_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(72_000),
  LINE_MAX_CONCURRENT_SENDS: z.coerce.number().int().min(1).max(1024).default(128),
  MAX_QUEUED_EVENTS: z.coerce.number().int().min(1).max(10_000).default(2),
  PIPELINE_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(16)]).default('auto'),
  CLASSIFY_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  LINE_REPLY_BUDGET_MS: z.coerce.number().int().min(100).max(55_000).default(20_000),
  LINE_RETRY_BASE_MS: z.coerce.number().int().min(1).max(10_000).default(500),
  LINE_RETRY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  DEDUPE_TTL_SECONDS: z.coerce.number().int().min(1).max(7 * 24 * 3600).default(24 * 3600),
  DEDUPE_MAX_ENTRIES: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  SIMULATOR_HOST: optionalNonEmpty,
  PHISHLIST_DIR: optionalNonEmpty,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// URL' }).optional(),
  EMBEDDED_DB_DIR: optionalNonEmpty,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  RECORDING: booleanFromEnv.default(true),
  STORE_UNANSWERED_TEXT: booleanFromEnv.default(false),
  ADMIN_HOST: z.string().min(1).default('127.0.0.1'),
  ADMIN_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  ADMIN_COOKIE_SECURE: booleanFromEnv.default(true),
  WARNINGS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  OPERATOR_CONSOLE: booleanFromEnv.default(true),
  MODEL_CACHE_DIR: optionalNonEmpty,
  IMAGE_READING: booleanFromEnv.default(true),
  GROUP_IMAGE_READING: booleanFromEnv.default(true),
  OCR_ENGINE: z.enum(['auto', 'tesseract-js', 'tesseract-cli']).default('auto'),
  OCR_WORKERS: z.coerce.number().int().min(1).max(8).default(1),
  OCR_MAX_QUEUED: z.coerce.number().int().min(0).max(1000).default(4),
  OCR_HOST: z.enum(['process', 'thread']).default('process'),
  OCR_NICE: z.coerce.number().int().min(0).max(19).default(10),
  OCR_CPU_POLICY: z.enum(['nice', 'idle']).default('nice'),
  IMAGE_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  IMAGE_MAX_PIXELS: z.coerce.number().int().min(10_000).max(200_000_000).default(50_000_000),
  IMAGE_READ_TIMEOUT_MS: z.coerce.number().int().min(500).max(55_000).default(20_000),
  IMAGE_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  IMAGE_SET_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(8_000),
  IMAGE_REPLY_WINDOW_MS: z.coerce.number().int().min(0).max(600_000).default(45_000),
  OCR_LOW_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.7),
});

/** Validated settings. See README "Settings" for each one. */
export interface Config {
  /** LINE credentials; null in simulator mode (no credentials configured). */
  line: { channelSecret: string; channelAccessToken: string } | null;
  lineApiBaseUrl: string;
  lineDataApiBaseUrl: string;
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Fixed clock for tests and previews; null means the real clock. */
  fixedNow: Date | null;
  deployment: string | null;
  /** The account's basic ID (`@…`): the group card's 「詳しく」 opens the one-to-one chat; null → the answer in the group. */
  lineBasicId: string | null;
  logMessageText: boolean;
  /** Key for hashing LINE user IDs before they reach a log; null means a random per-process key. */
  userIdHashKey: string | null;
  redisUrl: string | null;
  /** Messages per user per minute before the polite notice; 0 turns the limit off (load tests). */
  rateLimitPerMinute: number;
  lineApiTimeoutMs: number;
  shutdownGraceMs: number;
  /** The whole request (headers and body) must arrive within this (else 408); also how long a connection may stay silent. */
  httpRequestTimeoutMs: number;
  /** The request headers must arrive within this (at most httpRequestTimeoutMs). */
  httpHeadersTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open. */
  httpKeepAliveTimeoutMs: number;
  /** Reply requests to LINE in flight at once (the connection pool's size); more wait their turn, the wait not counted as LINE's time. */
  lineMaxConcurrentSends: number;
  /** Answered events still in flight (pipeline, start of the send) at which the webhook holds its next 200 (back-pressure). */
  maxQueuedEvents: number;
  /** Worker threads running the pipeline for the webhook (0 = on the main thread). */
  pipelineWorkers: number;
  /** Longest a text may take to classify on a pipeline worker; past it the text gets the guided check's first question and the worker is replaced. */
  classifyDeadlineMs: number;
  /** How long one reply may keep retrying, from its first attempt (a reply token lives about a minute). */
  lineReplyBudgetMs: number;
  /** First retry delay; doubles each retry, with jitter. */
  lineRetryBaseMs: number;
  /** Attempts per reply, the first included (1 = never retry). */
  lineRetryMaxAttempts: number;
  /** How long a processed webhookEventId is remembered, so a redelivery is not answered twice. */
  dedupeTtlSeconds: number;
  /** Most event IDs the in-memory store keeps (the oldest go first); unused with REDIS_URL. */
  dedupeMaxEntries: number;
  /** Report store: PostgreSQL URL, or null for the embedded database in `embeddedDbDir`. */
  databaseUrl: string | null;
  /** EMBEDDED_DB_DIR; null → var/db in the checkout. */
  embeddedDbDir: string | null;
  databasePoolMax: number;
  /** Record every handled event (no text, no user ID) for the operator console. */
  recording: boolean;
  /** Keep the masked text of out-of-scope and low-confidence messages for 30 days (editors see them). */
  storeUnansweredText: boolean;
  /** The operator console's own listener. */
  adminHost: string;
  adminPort: number;
  /** Mark the console's session cookie Secure (turn off only for plain http other than localhost). */
  adminCookieSecure: boolean;
  /** How often the local warnings are re-read from the store. */
  warningsRefreshSeconds: number;
  /** Serve the operator console (with RECORDING=false as well: no store is opened at all). */
  operatorConsole: boolean;
  /** Where the trained model is cached (MODEL_CACHE_DIR, relative to the checkout); null = `off`, always train. */
  modelCacheDir: string | null;
  /** Reading images residents send (IMAGE_READING and the OCR_/IMAGE_ settings); null when off. */
  images: ImageReadingConfig | null;
  /** Where `npm run phishlist -- import` keeps the phishing URL list the link check reads (PHISHLIST_DIR, relative to the checkout). */
  phishlistDir: string;
}

/** Image reading settings (see README "Settings"). */
export interface ImageReadingConfig {
  /** `auto` = tesseract.js, the faster here by measurement (see src/images/engine-choice.ts); `tesseract-cli` = Debian's tesseract. */
  engine: 'auto' | 'tesseract-js' | 'tesseract-cli';
  /** Images read at once (threads of the reading pool). */
  workers: number;
  /** GROUP_IMAGE_READING: images in groups and rooms are read too (answered only under the group rule, else silence). */
  groups: boolean;
  /** Images waiting at most; past that an image gets the 「混み合っています」 reply. */
  maxQueued: number;
  /** OCR_HOST: each reader a child process (`process`) or a worker thread of the server (`thread`). */
  host: 'process' | 'thread';
  /** OCR_NICE: the readers' nice value (0 = as the server). */
  nice: number;
  /** OCR_CPU_POLICY: `idle` = the readers also run under Linux's SCHED_IDLE (via `chrt`; `nice` alone where it is missing). */
  cpuPolicy: 'nice' | 'idle';
  maxBytes: number;
  maxPixels: number;
  readTimeoutMs: number;
  fetchTimeoutMs: number;
  setWaitMs: number;
  replyWindowMs: number;
  lowConfidence: number;
}

/** Start-up cannot continue: the message names the variable and the problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment (defaults to `process.env`). Throws {@link ConfigError}. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const raw = env[name];
      const shown = raw === undefined || /SECRET|TOKEN|KEY|DATABASE_URL/.test(name) ? '' : ` (got ${JSON.stringify(raw)})`;
      return `  - ${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid settings in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(
      `Invalid settings in the environment:\n  - HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS (${e.HTTP_REQUEST_TIMEOUT_MS}) (got "${e.HTTP_HEADERS_TIMEOUT_MS}")`,
    );
  }
  if ((e.LINE_CHANNEL_SECRET === undefined) !== (e.LINE_CHANNEL_ACCESS_TOKEN === undefined)) {
    const missing = e.LINE_CHANNEL_SECRET === undefined ? 'LINE_CHANNEL_SECRET' : 'LINE_CHANNEL_ACCESS_TOKEN';
    throw new ConfigError(
      `Invalid settings in the environment:\n  - ${missing}: is required when the other LINE credential is set ` +
        '(set both to serve LINE, or neither to run the local simulator)',
    );
  }
  const line =
    e.LINE_CHANNEL_SECRET !== undefined && e.LINE_CHANNEL_ACCESS_TOKEN !== undefined
      ? { channelSecret: e.LINE_CHANNEL_SECRET, channelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN }
      : null;
  const apiBase = e.LINE_API_BASE_URL.replace(/\/+$/, '');
  // The data API (rich-menu images) lives on its own host at LINE; a custom API base (a fake LINE
  // API in tests, a proxy) serves both unless LINE_DATA_API_BASE_URL says otherwise.
  const dataBase = (
    e.LINE_DATA_API_BASE_URL ?? (apiBase === 'https://api.line.me' ? 'https://api-data.line.me' : apiBase)
  ).replace(/\/+$/, '');
  // Without credentials the server is the local simulator: loopback only unless explicitly opened.
  const host = line ? (e.HOST ?? '0.0.0.0') : (e.SIMULATOR_HOST ?? '127.0.0.1');
  return {
    line,
    lineApiBaseUrl: apiBase,
    lineDataApiBaseUrl: dataBase,
    port: e.PORT,
    host,
    logLevel: e.LOG_LEVEL,
    fixedNow: e.BOT_NOW ? new Date(e.BOT_NOW) : null,
    deployment: e.DEPLOYMENT ?? null,
    lineBasicId: e.LINE_BOT_BASIC_ID ?? null,
    logMessageText: e.LOG_MESSAGE_TEXT,
    userIdHashKey: e.USER_ID_HASH_KEY ?? null,
    redisUrl: e.REDIS_URL ?? null,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    lineApiTimeoutMs: e.LINE_API_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    httpRequestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    httpHeadersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
    httpKeepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    lineMaxConcurrentSends: e.LINE_MAX_CONCURRENT_SENDS,
    maxQueuedEvents: e.MAX_QUEUED_EVENTS,
    // auto: one worker beside the main thread when there is a second CPU (classification is the
    // CPU-heavy step; the main thread keeps HTTP, signatures and sending).
    pipelineWorkers: e.PIPELINE_WORKERS === 'auto' ? (availableParallelism() >= 2 ? 1 : 0) : e.PIPELINE_WORKERS,
    classifyDeadlineMs: e.CLASSIFY_DEADLINE_MS,
    lineReplyBudgetMs: e.LINE_REPLY_BUDGET_MS,
    lineRetryBaseMs: e.LINE_RETRY_BASE_MS,
    lineRetryMaxAttempts: e.LINE_RETRY_MAX_ATTEMPTS,
    dedupeTtlSeconds: e.DEDUPE_TTL_SECONDS,
    dedupeMaxEntries: e.DEDUPE_MAX_ENTRIES,
    databaseUrl: e.DATABASE_URL ?? null,
    embeddedDbDir: e.EMBEDDED_DB_DIR ?? null,
    databasePoolMax: e.DATABASE_POOL_MAX,
    recording: e.RECORDING,
    storeUnansweredText: e.STORE_UNANSWERED_TEXT,
    adminHost: e.ADMIN_HOST,
    adminPort: e.ADMIN_PORT,
    adminCookieSecure: e.ADMIN_COOKIE_SECURE,
    warningsRefreshSeconds: e.WARNINGS_REFRESH_SECONDS,
    operatorConsole: e.OPERATOR_CONSOLE,
    modelCacheDir: e.MODEL_CACHE_DIR === undefined ? MODEL_CACHE_DIR : e.MODEL_CACHE_DIR === 'off' ? null : resolve(PROJECT_ROOT, e.MODEL_CACHE_DIR),
    phishlistDir: resolve(PROJECT_ROOT, e.PHISHLIST_DIR ?? 'var/phishlist'),
    images: e.IMAGE_READING
      ? {
          engine: e.OCR_ENGINE,
          workers: e.OCR_WORKERS,
          groups: e.GROUP_IMAGE_READING,
          maxQueued: e.OCR_MAX_QUEUED,
          host: e.OCR_HOST,
          nice: e.OCR_NICE,
          cpuPolicy: e.OCR_CPU_POLICY,
          maxBytes: e.IMAGE_MAX_BYTES,
          maxPixels: e.IMAGE_MAX_PIXELS,
          readTimeoutMs: e.IMAGE_READ_TIMEOUT_MS,
          fetchTimeoutMs: e.IMAGE_FETCH_TIMEOUT_MS,
          setWaitMs: e.IMAGE_SET_WAIT_MS,
          replyWindowMs: e.IMAGE_REPLY_WINDOW_MS,
          lowConfidence: e.OCR_LOW_CONFIDENCE,
        }
      : null,
  };
}

/** The clock the pipeline uses: fixed when BOT_NOW is set, else the real time. */
export function clockFrom(config: Pick<Config, 'fixedNow'>): () => Date {
  const fixed = config.fixedNow;
  return fixed ? () => new Date(fixed.getTime()) : () => new Date();
}
