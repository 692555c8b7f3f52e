import type { DedupeStore } from './dedupe-store.ts';

export interface MemoryDedupeOptions {
  ttlMs: number;
  /** The oldest IDs are forgotten first when the store is full. */
  maxEntries: number;
  /** Milliseconds on any monotonic scale (passed in so tests control time). */
  nowMs: () => number;
}

/**
 * One process's memory of claimed event IDs: bounded by TTL and by entry count.
 * Every entry lives the same TTL, so insertion order is expiry order and a Map
 * (which iterates in insertion order) is enough: expired entries are at the front.
 */
export function createMemoryDedupeStore(options: MemoryDedupeOptions): DedupeStore & { size(): number } {
  const expiries = new Map<string, number>();
  let closed = false;

  const evict = (now: number) => {
    for (const [id, expiresAt] of expiries) {
      if (expiresAt > now && expiries.size < options.maxEntries) break;
      expiries.delete(id);
    }
  };

  return {
    async claim(eventId) {
      if (closed) throw new Error('dedupe store (memory): claim after close');
      const now = options.nowMs();
      const expiresAt = expiries.get(eventId);
      if (expiresAt !== undefined && expiresAt > now) return false;
      if (expiresAt !== undefined) expiries.delete(eventId);
      evict(now);
      expiries.set(eventId, now + options.ttlMs);
      return true;
    },
    async close() {
      closed = true;
      expiries.clear();
    },
    size: () => expiries.size,
  };
}
