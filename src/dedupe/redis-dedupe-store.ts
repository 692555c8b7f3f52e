import { createRequire } from 'node:module';
import type { Redis as RedisClient } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { DedupeStore } from './dedupe-store.ts';

export interface RedisDedupeOptions {
  url: string;
  ttlSeconds: number;
  logger: Logger;
  /** Key prefix, so several bots (or tests) can share one Redis. */
  prefix?: string;
  /** A claim that takes longer fails (the caller then answers rather than wait). */
  commandTimeoutMs?: number;
  /** After a claim timed out, claims fail at once for this long before Redis is tried again. */
  pauseAfterTimeoutMs?: number;
  /** Milliseconds (tests may pass their own). */
  nowMs?: () => number;
}

/** How often the store's own connection-error line may be written. */
const CONNECTION_ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * Claims shared by every instance behind the load balancer: `SET <prefix><id> 1 NX EX <ttl>`
 * succeeds for exactly one of them. The connection is made at once and retried in the
 * background.
 *
 * While Redis is not connected a claim fails at once, without waiting: the caller answers the
 * event without the check (a rare duplicate beats silence). Before, each claim waited for the
 * command timeout (1 s) in ioredis's offline queue, so every event of a bot whose Redis was
 * down was a second late. Only while the very first connection is being made does a claim
 * wait for it (bounded by the command timeout), so the first events after start-up are
 * checked. A connection that looks up but does not answer (a network partition) costs one
 * timeout, then claims fail at once for `pauseAfterTimeoutMs`.
 */
export function createRedisDedupeStore(options: RedisDedupeOptions): DedupeStore {
  const prefix = options.prefix ?? 'mynumber-scam-guard:event:';
  const nowMs = options.nowMs ?? Date.now;
  const pauseAfterTimeoutMs = options.pauseAfterTimeoutMs ?? 5000;
  // ioredis (~45 modules) is loaded only with REDIS_URL set, not by every start (tests/startup/heavy-modules.test.ts).
  const { Redis } = createRequire(import.meta.url)('ioredis') as typeof import('ioredis');
  const redis: RedisClient = new Redis(options.url, {
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    // Kept on for the first connection only: claim() refuses to queue once that attempt is over.
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let firstConnection = true;
  let pausedUntil = 0;
  redis.on('ready', () => {
    firstConnection = false;
    pausedUntil = 0;
  });
  redis.on('close', () => {
    firstConnection = false;
  });
  let lastErrorLogged = -Infinity;
  let errorsHeldBack = 0;
  redis.on('error', (err: Error) => {
    // ioredis emits on every failed reconnect; one line per 30 s is enough. Never log the URL (it may hold a password).
    const now = nowMs();
    if (now - lastErrorLogged < CONNECTION_ERROR_LOG_INTERVAL_MS) {
      errorsHeldBack++;
      return;
    }
    options.logger.warn({ err: err.message, heldBack: errorsHeldBack }, 'dedupe store (redis): connection error');
    lastErrorLogged = now;
    errorsHeldBack = 0;
  });

  return {
    async claim(eventId) {
      if (redis.status !== 'ready' && !firstConnection) throw new Error(`dedupe store (redis): not connected (${redis.status})`);
      if (nowMs() < pausedUntil) throw new Error('dedupe store (redis): a recent claim timed out; not trying again yet');
      try {
        const result = await redis.set(prefix + eventId, '1', 'EX', options.ttlSeconds, 'NX');
        return result === 'OK';
      } catch (err) {
        if (err instanceof Error && /timed out/i.test(err.message)) pausedUntil = nowMs() + pauseAfterTimeoutMs;
        throw err;
      }
    },
    async close() {
      if (redis.status !== 'ready') {
        redis.disconnect();
        return;
      }
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
