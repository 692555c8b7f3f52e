import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, type OcrPool } from '../../src/images/ocr-pool.ts';
import { idleLauncher, lowerProcessPriority, lowerThreadPriority, schedulingPolicy } from '../../src/images/lower-priority.ts';
import { testTempDir } from '../support/temp-dir.ts';
import { TEST_IMAGE_LIMITS } from '../support/test-ocr-pool.ts';
import { eventually, ocrReaders, running, threadNices } from '../support/descendant-processes.ts';

/**
 * The image reader pool as the server runs it: each reader a child process at a lower CPU
 * priority (so text replies take the CPU first), which never outlives the server. The pool's
 * queue, back-pressure and priorities are tested through the webhook (tests/webhook/images*,
 * group-images), on this same default host.
 */
const SCREENSHOT = readFileSync(fileURLToPath(new URL('../fixtures/images/iphone-light-police.jpg', import.meta.url)));
const linux = existsSync('/proc/self/task');
/** util-linux's chrt can start a program under SCHED_IDLE here. */
const idleWorks = linux && idleLauncher().chrt !== null;
/** Linux's scheduling policy of each thread of `pid`. */
const threadPolicies = (pid: number) => readdirSync(`/proc/${pid}/task`).map((tid) => schedulingPolicy(`/proc/${pid}/task/${tid}/stat`));
const pools: OcrPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

/** A pool as the tests make it, with what it logs; closed after the test unless `keep` (then the caller closes it). */
function pool(options: Partial<Parameters<typeof createOcrPool>[0]> = {}, keep = false) {
  const logs: { msg: string; obj: Record<string, unknown> }[] = [];
  const logger = { info: (obj: Record<string, unknown>, msg: string) => logs.push({ obj, msg }), warn: (obj: Record<string, unknown>, msg: string) => logs.push({ obj, msg }) };
  const p = createOcrPool({ engine: 'tesseract-js', workers: 1, maxQueued: 2, limits: TEST_IMAGE_LIMITS, logger: logger as never, ...options });
  if (!keep) pools.push(p);
  return { pool: p, logs };
}

const readText = async (p: OcrPool, deadlineMs = 60_000) => {
  const result = await p.read([SCREENSHOT], Date.now() + deadlineMs);
  return result.kind === 'read' && result.reads[0]?.outcome === 'read' ? result.reads[0].text : `(${JSON.stringify(result)})`;
};

describe('the OCR pool on reader processes', { timeout: 120_000 }, () => {
  it('reads in a child process whose every thread runs at nice 10, says so once, and leaves no process after close', async () => {
    const { pool: p, logs } = pool();
    await p.warm();
    const readers = ocrReaders();
    expect(readers).toHaveLength(1);
    expect(await readText(p)).toContain('マイナンバー');
    if (linux) expect(new Set(threadNices(readers[0]!))).toEqual(new Set([10]));
    expect(logs.filter((l) => l.msg.includes('CPU priority'))).toEqual([{ msg: 'image reading: CPU priority lowered', obj: { host: 'process', nice: 10, lowered: linux ? 'threads' : 'process', policy: linux ? 'normal' : 'unknown' } }]);
    await p.close();
    expect(await eventually(() => !running(readers[0]!), 3000)).toBe(true);
  });

  it('OCR_NICE=0 leaves the reader at the server’s priority', async () => {
    // Nothing is read: the Debian engine's reader starts without loading a model (it is never called).
    const { pool: p } = pool({ nice: 0, engine: 'tesseract-cli' });
    await p.warm();
    if (linux) expect(new Set(threadNices(ocrReaders()[0]!))).toEqual(new Set([0]));
  });

  // Nothing is read in these: the Debian engine's reader starts without loading a model, and a
  // reader under SCHED_IDLE gets next to no CPU while the other test worker keeps both busy.
  it.runIf(idleWorks)('OCR_CPU_POLICY=idle: every thread of the reader runs under SCHED_IDLE (and at nice 10), and the log says so', async () => {
    const { pool: p, logs } = pool({ cpuPolicy: 'idle', engine: 'tesseract-cli' });
    await p.warm();
    const readers = ocrReaders();
    expect(readers).toHaveLength(1);
    // Node's own threads, libuv's and libvips's: each started under it, none left ordinary.
    expect(threadPolicies(readers[0]!).length).toBeGreaterThan(3);
    expect(new Set(threadPolicies(readers[0]!))).toEqual(new Set(['idle']));
    expect(new Set(threadNices(readers[0]!))).toEqual(new Set([10]));
    expect(logs.filter((l) => l.msg.includes('CPU priority') || l.msg.includes('SCHED_IDLE'))).toEqual([{ msg: 'image reading: CPU priority lowered', obj: { host: 'process', nice: 10, lowered: 'threads', policy: 'idle' } }]);
  });

  it.runIf(idleWorks)('OCR_CPU_POLICY=idle with OCR_HOST=thread: the reader’s thread alone goes under SCHED_IDLE, this process’s other threads stay ordinary', async () => {
    const before = threadPolicies(process.pid).filter((p) => p === 'idle').length;
    const { pool: p, logs } = pool({ cpuPolicy: 'idle', engine: 'tesseract-cli', host: 'thread' });
    await p.warm();
    const policies = threadPolicies(process.pid);
    expect(policies.filter((x) => x === 'idle').length).toBeGreaterThan(before);
    expect(policies).toContain('normal');
    expect(schedulingPolicy('/proc/thread-self/stat')).toBe('normal');
    expect(logs.find((l) => l.msg.includes('CPU priority'))?.obj).toEqual({ host: 'thread', nice: 10, lowered: 'thread', policy: 'idle' });
  });

  it.runIf(linux)('OCR_CPU_POLICY=idle where chrt is missing or refused: the reader runs at nice 10 under the ordinary policy, said once', async () => {
    const refusing = testTempDir('no-sched-idle');
    writeFileSync(join(refusing, 'chrt'), '#!/bin/sh\necho "chrt: failed to set pid 0\'s policy: Operation not permitted" >&2\nexit 1\n');
    chmodSync(join(refusing, 'chrt'), 0o755);
    expect(idleLauncher(refusing)).toEqual({ chrt: null, note: `${join(refusing, 'chrt')} --idle failed: chrt: failed to set pid 0's policy: Operation not permitted` });
    expect(idleLauncher('/nonexistent')).toEqual({ chrt: null, note: 'chrt (util-linux) not found on PATH' });
    const path = process.env['PATH'];
    process.env['PATH'] = refusing;
    let made: ReturnType<typeof pool>;
    try {
      made = pool({ cpuPolicy: 'idle', engine: 'tesseract-cli' });
    } finally {
      process.env['PATH'] = path;
    }
    await made.pool.warm();
    const [reader] = ocrReaders();
    expect(new Set(threadPolicies(reader!))).toEqual(new Set(['normal']));
    expect(new Set(threadNices(reader!))).toEqual(new Set([10]));
    expect(made.logs.map((l) => l.msg)).toEqual(['image reading: SCHED_IDLE is not available here; readers run at their nice value only', 'image reading: CPU priority lowered']);
    expect(made.logs[0]!.obj['reason']).toContain('Operation not permitted');
  });

  // One pool for the two ways a reader is lost (each start loads the model: ~1.5 s of CPU): the reader that replaced the stuck one is the one killed next.
  describe('a lost reader', () => {
    let shared: ReturnType<typeof pool>['pool'];
    /** This pool's readers (a reader of an earlier test may still be leaving). */
    let earlier = new Set<number>();
    const mine = () => ocrReaders().filter((pid) => !earlier.has(pid));
    beforeAll(async () => {
      earlier = new Set(ocrReaders());
      // At the server's priority: these cases are about replacing readers, and a reader at nice 10
      // gets next to no CPU while the other test worker is busy (its reads then took many seconds).
      shared = pool({ graceMs: 200, nice: 0 }, true).pool;
      await shared.warm();
    });
    afterAll(() => shared.close());

    it('a reader that stops answering is killed at the deadline (plus grace), the job answered `timeout`, and the next image read by a new one', async () => {
      const [stuck] = mine();
      process.kill(stuck!, 'SIGSTOP');
      const started = Date.now();
      const result = await shared.read([SCREENSHOT], Date.now() + 300);
      expect(result).toEqual({ kind: 'read', reads: [{ outcome: 'timeout', passes: 0 }] });
      expect(Date.now() - started).toBeLessThan(5000);
      // SIGTERM does nothing to a stopped process: the pool kills it a second later.
      expect(await eventually(() => !running(stuck!), 5000)).toBe(true);
      expect(await readText(shared)).toContain('マイナンバー');
      expect(ocrReaders()).not.toContain(stuck);
    });

    it('a reader killed while idle is replaced at the next image, which is still read', async () => {
      const [first] = mine();
      expect(first).toBeDefined();
      process.kill(first!, 'SIGKILL');
      expect(await eventually(() => !running(first!), 3000)).toBe(true);
      expect(await readText(shared)).toContain('マイナンバー');
      expect(ocrReaders()).not.toContain(first);
    });
  });

  it.runIf(linux)('with OCR_HOST=thread it reads on a worker thread of this process, that thread lowered alone', async () => {
    const { pool: p, logs } = pool({ host: 'thread' });
    await p.warm();
    expect(ocrReaders()).toEqual([]);
    expect(await readText(p)).toContain('マイナンバー');
    // The reader's thread and tesseract.js's thread it started; this process's own threads untouched.
    const nices = threadNices(process.pid);
    expect(nices.filter((n) => n === 10).length).toBeGreaterThanOrEqual(2);
    expect(nices).toContain(0);
    expect(logs.find((l) => l.msg.includes('CPU priority'))?.obj).toEqual({ host: 'thread', nice: 10, lowered: 'thread', policy: 'normal' });
  });
});

describe.runIf(linux)('a reader process never outlives the server', { timeout: 120_000 }, () => {
  const host = fileURLToPath(new URL('../support/ocr-pool-host.ts', import.meta.url));
  async function startHost() {
    const child = spawn(process.execPath, [host], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    expect(await eventually(() => out.includes('warm'), 90_000)).toBe(true);
    const readers = ocrReaders(child.pid!);
    expect(readers).toHaveLength(1);
    return { child, reader: readers[0]! };
  }

  it('killed (SIGKILL, no chance to close the pool): its reader leaves within seconds', async () => {
    const { child, reader } = await startHost();
    child.kill('SIGKILL');
    expect(await eventually(() => !running(reader), 5000)).toBe(true);
  });

  it('exiting without closing the pool (process.exit): its reader leaves too', async () => {
    const { child, reader } = await startHost();
    child.kill('SIGUSR2'); // the host exits at once on it, the pool not closed
    expect(await eventually(() => !running(reader), 5000)).toBe(true);
  });
});

describe('lowering the priority falls back quietly', () => {
  const refusing = { getPriority: () => 0, setPriority: () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); } };
  it('without /proc, the process as a whole is lowered', () => {
    const calls: [number, number][] = [];
    const outcome = lowerProcessPriority(10, '/nonexistent/task', { getPriority: () => 0, setPriority: (id, nice) => void calls.push([id, nice]) });
    expect(outcome).toEqual({ how: 'process', nice: 10 });
    expect(calls).toEqual([[process.pid, 10]]);
  });
  it('where the system refuses, nothing changes and the outcome says why', () => {
    expect(lowerProcessPriority(10, '/nonexistent/task', refusing)).toEqual({ how: 'none', nice: 0, note: 'EACCES: permission denied' });
    expect(lowerThreadPriority(10, '/nonexistent/thread-self', refusing)).toEqual({ how: 'none', nice: 0, note: 'no /proc/thread-self: a thread cannot be lowered alone here' });
  });
  it('a thread already lower is left alone (raising a priority needs privileges)', () => {
    const calls: number[] = [];
    expect(lowerProcessPriority(10, '/nonexistent/task', { getPriority: () => 15, setPriority: (id) => void calls.push(id) })).toEqual({ how: 'process', nice: 10 });
    expect(calls).toEqual([]);
  });
});
