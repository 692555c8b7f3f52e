import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../../src/dedupe/memory-dedupe-store.ts';

/** The rule in its plainest form: a Map of ID → expiry in insertion order. */
function referenceStore(ttlMs: number, maxEntries: number) {
  const expiries = new Map<string, number>();
  return {
    claim(id: string, now: number): boolean {
      for (const [key, at] of expiries) {
        if (at > now) break;
        expiries.delete(key);
      }
      if (expiries.has(id)) return false;
      if (expiries.size >= maxEntries) expiries.delete(expiries.keys().next().value!);
      expiries.set(id, now + ttlMs);
      return true;
    },
    size: () => expiries.size,
  };
}

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

  it('answers every claim as the plain rule does, through growth, eviction and expiry', async () => {
    const op = fc.record({ id: fc.integer({ min: 0, max: 60 }).map((n) => `ev-${n}`), advance: fc.constantFrom(0, 0, 1, 7, 40, 300) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 40 })), fc.integer({ min: 10, max: 500 }), fc.array(op, { maxLength: 400 }), async (maxEntries, ttlMs, ops) => {
        let now = 0;
        // Half the runs with hashes that share a few home slots: long probe runs that wrap round
        // the table's end, the case removing an entry must get right.
        const crowded = maxEntries % 2 === 0;
        const hash = crowded ? (id: string) => [Number(id.slice(3)) % 3 === 0 ? 0xffffffff : Number(id.slice(3)) % 5, Number(id.slice(3))] as const : undefined;
        const s = createMemoryDedupeStore({ ttlMs, maxEntries, nowMs: () => now, ...(hash ? { hash } : {}) });
        const ref = referenceStore(ttlMs, maxEntries);
        for (const { id, advance } of ops) {
          now += advance;
          expect(await s.claim(id)).toBe(ref.claim(id, now));
          expect(s.size()).toBe(ref.size());
        }
      }),
      // Small tables wrap their probe runs round the end often: the case deletion must get right.
      { numRuns: 400 },
    );
  });

  it('still finds an ID whose probe run wrapped round the table end after the entry before it is dropped', async () => {
    // maxEntries 4 → a table of 8 slots. A sits in slot 0; B's home is slot 7; C's too, so it
    // wraps past A into slot 1. When A expires, C must move back into slot 0 to stay findable.
    const hashes: Record<string, readonly [number, number]> = { A: [0, 1], B: [7, 2], C: [7, 3], D: [3, 4] };
    let now = 0;
    const s = createMemoryDedupeStore({ ttlMs: 100, maxEntries: 4, nowMs: () => now, hash: (id) => hashes[id]! });
    expect(await s.claim('A')).toBe(true);
    now = 50;
    expect(await s.claim('B')).toBe(true);
    expect(await s.claim('C')).toBe(true);
    now = 100;
    expect(await s.claim('D')).toBe(true);
    expect(s.size()).toBe(3);
    expect(await s.claim('C')).toBe(false);
    expect(await s.claim('B')).toBe(false);
  });

  it('holds many IDs: 300,000 distinct IDs each get through once, the newest 100,000 are refused again, the oldest forgotten', async () => {
    const { s } = store({ ttlMs: 86_400_000, maxEntries: 100_000 });
    // Counted, not one expect() per claim: 300,000 expect() calls were most of this test's ~4 s of CPU.
    const refused: number[] = [];
    for (let i = 0; i < 300_000; i++) if (!(await s.claim(`01HBENCH${i}:rt-${i}`))) refused.push(i);
    expect(refused).toEqual([]);
    expect(s.size()).toBe(100_000);
    const accepted: number[] = [];
    for (let i = 200_000; i < 300_000; i += 997) if (await s.claim(`01HBENCH${i}:rt-${i}`)) accepted.push(i);
    expect(accepted).toEqual([]);
    expect(await s.claim('01HBENCH5:rt-5')).toBe(true);
  });

  it('rejects claims after close, naming the store', async () => {
    const { s } = store();
    await s.close();
    await expect(s.claim('x')).rejects.toThrow(/dedupe store \(memory\)/);
  });
});
