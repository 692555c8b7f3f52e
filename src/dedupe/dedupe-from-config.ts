import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { DedupeStore } from './dedupe-store.ts';
import { createMemoryDedupeStore } from './memory-dedupe-store.ts';
import { createRedisDedupeStore } from './redis-dedupe-store.ts';

/** REDIS_URL set: the store every instance shares. Otherwise: this process's bounded memory. */
export function dedupeFromConfig(
  config: Pick<Config, 'redisUrl' | 'dedupeTtlSeconds' | 'dedupeMaxEntries'>,
  logger: Logger,
  nowMs: () => number,
): DedupeStore {
  if (config.redisUrl) return createRedisDedupeStore({ url: config.redisUrl, ttlSeconds: config.dedupeTtlSeconds, logger });
  return createMemoryDedupeStore({ ttlMs: config.dedupeTtlSeconds * 1000, maxEntries: config.dedupeMaxEntries, nowMs });
}
