import { Redis } from 'ioredis';
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
}

/**
 * Claims shared by every instance behind the load balancer: `SET <prefix><id> 1 NX EX <ttl>`
 * succeeds for exactly one of them. The connection is made at once and retried in the
 * background; while Redis is unreachable a claim rejects quickly instead of queueing.
 */
export function createRedisDedupeStore(options: RedisDedupeOptions): DedupeStore {
  const prefix = options.prefix ?? 'mynumber-scam-guard:event:';
  const redis = new Redis(options.url, {
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let lastErrorLogged = 0;
  redis.on('error', (err: Error) => {
    // ioredis emits on every failed reconnect; one line per 10 s is enough. Never log the URL (it may hold a password).
    const now = Date.now();
    if (now - lastErrorLogged < 10_000) return;
    lastErrorLogged = now;
    options.logger.warn({ err: err.message }, 'dedupe store (redis): connection error');
  });

  return {
    async claim(eventId) {
      const result = await redis.set(prefix + eventId, '1', 'EX', options.ttlSeconds, 'NX');
      return result === 'OK';
    },
    async close() {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
