import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../../src/dedupe/memory-dedupe-store.ts';

function store(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000_000;
  const s = createMemoryDedupeStore({ ttlMs: options.ttlMs ?? 60_000, maxEntries: options.maxEntries ?? 1000, nowMs: () => now });
  return { s, advance: (ms: number) => (now += ms) };
}

describe('in-memory redelivery store', () => {
  it('lets an event through once and refuses the same ID again', async () => {
    const { s } = store();
    expect(await s.claim('01HEVENT-A')).toBe(true);
    expect(await s.claim('01HEVENT-A')).toBe(false);
    expect(await s.claim('01HEVENT-B')).toBe(true);
  });

  it('forgets an ID once its TTL has passed', async () => {
    const { s, advance } = store({ ttlMs: 1000 });
    expect(await s.claim('ev')).toBe(true);
    advance(999);
    expect(await s.claim('ev')).toBe(false);
    advance(1);
    expect(await s.claim('ev')).toBe(true);
  });

  it('never holds more than maxEntries IDs: the oldest are forgotten first', async () => {
    const { s } = store({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) expect(await s.claim(id)).toBe(true);
    expect(s.size()).toBe(3);
    expect(await s.claim('d')).toBe(false);
    expect(await s.claim('c')).toBe(false);
    expect(await s.claim('a')).toBe(true); // 'a' was evicted to make room for 'd'
  });

  it('drops expired IDs as new ones arrive, so memory follows the traffic of one TTL', async () => {
    const { s, advance } = store({ ttlMs: 100 });
    for (let i = 0; i < 50; i++) await s.claim(`old-${i}`);
    advance(200);
    await s.claim('new');
    expect(s.size()).toBe(1);
  });

  it('rejects claims after close, naming the store', async () => {
    const { s } = store();
    await s.close();
    await expect(s.claim('x')).rejects.toThrow(/dedupe store \(memory\)/);
  });
});
