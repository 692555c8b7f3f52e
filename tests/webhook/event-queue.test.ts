import { describe, expect, it } from 'vitest';
import { createEventQueue } from '../../src/webhook/event-queue.ts';
import { createInflight } from '../../src/webhook/inflight.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A work that runs until released; `responded` is called when `respond()` is. */
function controllable() {
  let finish: () => void = () => undefined;
  let respond: () => void = () => undefined;
  let started = false;
  const work = (responded: () => void) => {
    started = true;
    respond = responded;
    return new Promise<void>((resolve) => {
      finish = resolve;
    });
  };
  return { work, finish: () => finish(), respond: () => respond(), started: () => started };
}

/** Resolves to true if `p` settled within `ms`. */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void p.then(() => (settled = true));
  await pause(ms);
  return settled;
}

describe('event queue (bounded in-flight work)', () => {
  it('answers at once while fewer than the limit are in flight, and starts the work', async () => {
    const queue = createEventQueue(createInflight());
    const a = controllable();
    await queue.accept([a.work], 2);
    await pause(5);
    expect(a.started()).toBe(true);
    expect(queue.inFlight()).toBe(1);
    a.finish();
    await pause(5);
    expect(queue.inFlight()).toBe(0);
  });

  it('holds the next answer at the limit and lets it go when an earlier event is done; the held event is already being worked on', async () => {
    const queue = createEventQueue(createInflight(), { maxHoldMs: 10_000 });
    const a = controllable();
    const b = controllable();
    await queue.accept([a.work], 1);
    const second = queue.accept([b.work], 1);
    expect(await settlesWithin(second, 30)).toBe(false);
    expect(b.started()).toBe(true);
    a.finish();
    expect(await settlesWithin(second, 10)).toBe(true);
    b.finish();
  });

  it('lets a held answer go when its own events are done', async () => {
    const queue = createEventQueue(createInflight(), { maxHoldMs: 10_000 });
    const a = controllable();
    const b = controllable();
    await queue.accept([a.work], 1);
    const second = queue.accept([b.work], 1);
    await pause(5);
    b.finish();
    expect(await settlesWithin(second, 10)).toBe(true);
    expect(queue.inFlight()).toBe(1);
    a.finish();
  });

  it('never holds an answer longer than maxHoldMs', async () => {
    const queue = createEventQueue(createInflight(), { maxHoldMs: 40 });
    const a = controllable();
    const b = controllable();
    await queue.accept([a.work], 1);
    const second = queue.accept([b.work], 1);
    expect(await settlesWithin(second, 10)).toBe(false);
    expect(await settlesWithin(second, 60)).toBe(true);
    expect(queue.inFlight()).toBe(2);
    a.finish();
    b.finish();
  });

  it('stops counting an event sendGraceMs after its reply started (waiting on LINE is not work)', async () => {
    const queue = createEventQueue(createInflight(), { maxHoldMs: 10_000, sendGraceMs: 20 });
    const a = controllable();
    const b = controllable();
    await queue.accept([a.work], 1);
    await pause(5);
    a.respond();
    const second = queue.accept([b.work], 1);
    expect(await settlesWithin(second, 5)).toBe(false);
    expect(await settlesWithin(second, 40)).toBe(true);
    expect(queue.inFlight()).toBe(1);
    a.finish();
    b.finish();
  });

  it('releases held answers oldest first', async () => {
    const queue = createEventQueue(createInflight(), { maxHoldMs: 10_000 });
    const a = controllable();
    await queue.accept([a.work], 1);
    const order: string[] = [];
    const b = controllable();
    const c = controllable();
    const second = queue.accept([b.work], 1).then(() => order.push('b'));
    const third = queue.accept([c.work], 1).then(() => order.push('c'));
    await pause(5);
    a.finish();
    await second;
    expect(order).toEqual(['b']);
    b.finish();
    await third;
    expect(order).toEqual(['b', 'c']);
    c.finish();
  });

  it('tracks every event for shutdown until it settles, including the counted-out ones', async () => {
    const inflight = createInflight();
    const queue = createEventQueue(inflight, { sendGraceMs: 1 });
    const a = controllable();
    await queue.accept([a.work], 5);
    await pause(5);
    a.respond();
    await pause(10);
    expect(queue.inFlight()).toBe(0);
    expect(inflight.size()).toBe(1);
    a.finish();
    expect(await inflight.drain(1000)).toBe(0);
  });
});
