/**
 * Where text replies lose time while images are read (issue #18: text p99 with images at most
 * +20 % over alone; `npm run bench:ocr` part 3 measures the aim, this says why it is missed):
 * `sh scripts/node.sh bench/text-while-reading.ts [--rounds 6] [--seconds 6] [--nice 10] [--pin]`.
 *
 * The same bot, load and stand-in LINE API as bench/ocr.ts part 3 (text at 20 a second; a
 * screenshot of the own set posted every second), in rounds that take turns between:
 * - `alone`: text only;
 * - `reader`: with images read by a reader process as the server runs it (OCR_NICE `--nice`);
 * - `stub`: with images that take the same path on the server's threads (content fetch, copies,
 *   serialised as for the reader, the read text classified, decided, rendered and sent), but the
 *   read comes from a stand-in that uses no CPU: it answers each image with its real read after
 *   the real reads' median time. `stub` against `alone` is the server's own work per image;
 *   `reader` against `stub` is the reader's CPU use competing with the server's threads;
 * - `pinned` (with `--pin`): as `reader`, the reader process bound to the last CPU (taskset);
 * - `idle` (with `--idle`): as `reader`, the reader also under SCHED_IDLE (OCR_CPU_POLICY=idle).
 * `--no-stub` leaves the stand-in out (shorter rounds when only the readers are compared).
 *
 * Besides each round's text p50/p95/p99 and its p99 against the same round's `alone`, per round
 * (over its texts' stretch only, not the wait for the last images' replies):
 * the main thread's and the pipeline worker's CPU time and time spent waiting for a CPU (Linux
 * schedstat: run delay, which counts the neighbours on a shared machine too), the event loop's
 * delay (p99, max), its garbage collections (count, total and longest pause), and how many texts were being classified on the pipeline worker while an
 * image's read was. The medians over rounds go to stdout and var/bench-text-while-reading.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { renderAll } from '../tests/support/render-screenshots.ts';
import { createOcrPool, type OcrPool, type OcrPoolResult } from '../src/images/ocr-pool.ts';
import { startFakeLineApi } from '../tests/support/fake-line-api.ts';
import { startTestApp } from '../tests/support/test-app.ts';
import { callbackBody } from '../tests/support/signed-webhook.ts';
import { TEXTS_WHILE_READING, webhookDriver } from './webhook-driver.ts';
import { TEST_IMAGE_LIMITS } from '../tests/support/test-ocr-pool.ts';
import { descendants } from '../tests/support/descendant-processes.ts';
import { loadRuntimeData } from '../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR, PROJECT_ROOT } from '../src/runtime/project-paths.ts';
import { startPipelinePool, workerBackedRuntime, type PipelinePool } from '../src/pipeline/pipeline-pool.ts';
import { median } from './stats.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(arg('--rounds') ?? 6);
const SECONDS = Number(arg('--seconds') ?? 6);
const RATE = 20;
const NICE = Number(arg('--nice') ?? 10);
const PIN = args.includes('--pin');
const IDLE = args.includes('--idle');
const STUB = !args.includes('--no-stub');
const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const LOAD_AT_START = loadavg().map((x) => round(x, 2));
const screenshots = (await renderAll()).filter((_, i) => i % 3 === 0).filter((s) => s.layout !== 'paper-photo');
const fake = await startFakeLineApi();
const makePool = (cpuPolicy: 'nice' | 'idle' = 'nice') => createOcrPool({ engine: 'tesseract-js', workers: 1, maxQueued: 4, limits: TEST_IMAGE_LIMITS, host: 'process', nice: NICE, cpuPolicy });
const reader = makePool();
await reader.warm();

// The stand-in reader: each screenshot's real read, given after the real reads' median time.
const realReads = new Map<Buffer, OcrPoolResult>();
const readMs: number[] = [];
for (const s of screenshots) {
  const started = performance.now();
  realReads.set(s.bytes, await reader.read([s.bytes], Date.now() + 60_000));
  readMs.push(performance.now() - started);
}
const stubMs = median(readMs);
let stubRunning = 0;
const stub: OcrPool = {
  async read(images) {
    stubRunning++;
    // What the pool does with the bytes before they go to a reader (a copy, serialised for the channel).
    serialize({ images: images.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) });
    await new Promise((r) => setTimeout(r, stubMs));
    stubRunning--;
    const known = screenshots.find((s) => s.bytes.equals(images[0]!));
    return known ? realReads.get(known.bytes)! : { kind: 'failed', error: 'not a benchmark screenshot' };
  },
  warm: async () => undefined,
  load: () => ({ running: stubRunning, queued: 0 }),
  close: async () => undefined,
};
let pinned: OcrPool | null = null;
if (PIN) {
  const before = new Set(descendants());
  pinned = makePool();
  await pinned.warm();
  const last = readdirSync('/sys/devices/system/cpu').filter((d) => /^cpu\d+$/.test(d)).length - 1;
  for (const pid of descendants().filter((d) => !before.has(d))) execFileSync('taskset', ['-a', '-c', '-p', String(last), String(pid)], { stdio: 'ignore' });
  await pinned.read([screenshots[0]!.bytes], Date.now() + 60_000);
}
let idle: OcrPool | null = null;
if (IDLE) {
  idle = makePool('idle');
  await idle.warm();
}
const pools: Record<string, OcrPool> = { reader, ...(STUB ? { stub } : {}), ...(pinned ? { pinned } : {}), ...(idle ? { idle } : {}) };
let current: OcrPool = reader;
const pool: OcrPool = { read: (...a) => current.read(...a), warm: async () => undefined, load: () => current.load(), close: async () => undefined };

// The pipeline as `npm start` runs it on 2 CPUs (one worker), its respond calls timed.
const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: null, modelCacheDir: MODEL_CACHE_DIR };
const workerPool = await startPipelinePool(1, sources, loadRuntimeData(sources).knowledge);
const spans: { read: boolean; start: number; end: number }[] = [];
const pipeline: PipelinePool = {
  async respond(incoming, now) {
    const start = performance.now();
    const reply = await workerPool.respond(incoming, now);
    spans.push({ read: incoming.kind === 'text' && incoming.image !== undefined, start, end: performance.now() });
    return reply;
  },
  close: () => workerPool.close(),
};
const app = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: workerBackedRuntime(loadRuntimeData(sources).knowledge), env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' }, ocrPool: pool, pipeline });

/** CPU time and run delay (ms) of this process's threads by name (the main thread as `main`), from /proc schedstat. */
function threadTimes(): Record<string, { cpu: number; waited: number }> {
  const out: Record<string, { cpu: number; waited: number }> = {};
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = tid === String(process.pid) ? 'main' : readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const [cpu, waited] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number);
      const t = (out[name] ??= { cpu: 0, waited: 0 });
      t.cpu += cpu! / 1e6;
      t.waited += waited! / 1e6;
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return out;
}

const { event, post, replyAt, waitReply, stop: stopWatching } = webhookDriver(app.url, fake);
let k = 0;
async function postImage(): Promise<number> {
  const s = screenshots[k % screenshots.length]!;
  const token = `img-${k++}`;
  fake.contents.set(token, s.bytes);
  const started = performance.now();
  await post(callbackBody([event({ id: token, type: 'image', quoteToken: 'q', contentProvider: { type: 'line' } }, token)]));
  await waitReply(token);
  fake.contents.delete(token);
  return replyAt.get(token)! - started;
}
const TEXTS = TEXTS_WHILE_READING;
/**
 * The last text period's thread times, event-loop delay and collections: measured over the texts
 * alone (not a round's lead-in or its wait for the last images' replies, which lasts longer when
 * reads are slow), so the conditions' figures cover the same stretch of texts.
 */
let period: { before: ReturnType<typeof threadTimes>; after: ReturnType<typeof threadTimes>; loopP99: number; loopMax: number; gc: number[] } | null = null;
async function texts(seconds: number): Promise<number[]> {
  const out: number[] = [];
  const pending: Promise<void>[] = [];
  loop.reset();
  gcMs = [];
  const before = threadTimes();
  const started0 = performance.now();
  let i = 0;
  while (performance.now() < started0 + seconds * 1000) {
    const token = `txt-${++i}-${Math.random().toString(36).slice(2, 8)}`;
    const started = performance.now();
    pending.push(
      post(callbackBody([event({ id: `t${i}`, type: 'text', quoteToken: 'q', text: TEXTS[i % TEXTS.length] }, token)]))
        .then(() => waitReply(token))
        .then(() => void out.push(replyAt.get(token)! - started)),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, started0 + (i * 1000) / RATE - performance.now())));
  }
  await Promise.all(pending);
  period = { before, after: threadTimes(), loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6, gc: [...gcMs] };
  return out;
}
async function withImages(imageMs: number[]): Promise<number[]> {
  let stop = false;
  const posted: Promise<void>[] = [];
  const loop = (async () => {
    while (!stop) {
      posted.push(postImage().then((ms) => void imageMs.push(ms)));
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  await new Promise((r) => setTimeout(r, 1000));
  const out = await texts(SECONDS);
  stop = true;
  await loop;
  await Promise.all(posted);
  while (Object.values(pools).some((p) => p.load().running + p.load().queued > 0)) await new Promise((r) => setTimeout(r, 50));
  return out;
}

const conditions = ['alone', ...Object.keys(pools)];
const loop = monitorEventLoopDelay({ resolution: 1 });
// The main thread's garbage collections (a pause holds every text in flight): their durations this round.
let gcMs: number[] = [];
new PerformanceObserver((list) => void gcMs.push(...list.getEntries().map((e) => e.duration))).observe({ entryTypes: ['gc'] });
loop.enable();
await texts(2);
for (const c of conditions.slice(1)) {
  current = pools[c]!;
  await withImages([]);
}
type Row = { round: number; condition: string; load1: number; n: number; p50: number; p95: number; p99: number; loopDelayP99: number; loopDelayMax: number; gcCount: number; gcTotalMs: number; gcMaxMs: number; textsBesideARead: number; images: number; imageReplyP50: number; mainCpu: number; mainWaited: number; workerCpu: number; workerWaited: number };
const rows: Row[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = conditions.map((_, i) => conditions[(i + r) % conditions.length]!);
  if (Math.floor(r / conditions.length) % 2 === 1) order.reverse();
  for (const condition of order) {
    spans.length = 0;
    const imageMs: number[] = [];
    let ms: number[];
    if (condition === 'alone') ms = await texts(SECONDS);
    else {
      current = pools[condition]!;
      ms = await withImages(imageMs);
    }
    const { before, after, loopP99, loopMax, gc } = period!;
    const reads = spans.filter((s) => s.read);
    const row: Row = {
      round: r + 1,
      condition,
      load1: round(loadavg()[0]!, 2),
      n: ms.length,
      p50: round(pct(ms, 50)),
      p95: round(pct(ms, 95)),
      p99: round(pct(ms, 99)),
      loopDelayP99: round(loopP99),
      loopDelayMax: round(loopMax),
      gcCount: gc.length,
      gcTotalMs: round(gc.reduce((a, b) => a + b, 0)),
      gcMaxMs: round(Math.max(0, ...gc)),
      textsBesideARead: spans.filter((t) => !t.read && reads.some((i) => t.start < i.end && t.end > i.start)).length,
      images: imageMs.length,
      imageReplyP50: Math.round(pct(imageMs, 50)),
      mainCpu: round(after['main']!.cpu - before['main']!.cpu),
      mainWaited: round(after['main']!.waited - before['main']!.waited),
      workerCpu: round((after['pipeline']?.cpu ?? 0) - (before['pipeline']?.cpu ?? 0)),
      workerWaited: round((after['pipeline']?.waited ?? 0) - (before['pipeline']?.waited ?? 0)),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
const summary = Object.fromEntries(
  conditions.map((c) => {
    const of = rows.filter((x) => x.condition === c);
    const alone = (x: Row) => rows.find((y) => y.round === x.round && y.condition === 'alone')!;
    const m = (f: (x: Row) => number) => round(median(of.map(f)), 2);
    return [c, { p99RatioMedianOfRounds: m((x) => x.p99 / alone(x).p99), p95RatioMedianOfRounds: m((x) => x.p95 / alone(x).p95), p99: m((x) => x.p99), mainCpuMs: m((x) => x.mainCpu), mainWaitedMs: m((x) => x.mainWaited), mainWaitedRatio: m((x) => x.mainWaited / Math.max(1, alone(x).mainWaited)), workerWaitedMs: m((x) => x.workerWaited), loopDelayMaxMs: m((x) => x.loopDelayMax), gcCount: m((x) => x.gcCount), gcTotalMs: m((x) => x.gcTotalMs), gcMaxMs: m((x) => x.gcMaxMs), textsBesideARead: m((x) => x.textsBesideARead), imageReplyP50Ms: m((x) => x.imageReplyP50) }];
  }),
);
const results = { at: new Date().toISOString(), loadAverageAtStart: LOAD_AT_START, rounds: ROUNDS, seconds: SECONDS, ratePerSecond: RATE, nice: NICE, stubReadMs: Math.round(stubMs), loadAverageAtEnd: loadavg().map((x) => round(x, 2)), summary, rows };
console.log('\n== text while reading, medians over rounds', JSON.stringify(summary, null, 1));
stopWatching();
await app.close();
await workerPool.close();
for (const p of Object.values(pools)) await p.close();
await fake.close();
mkdirSync(join(PROJECT_ROOT, 'var'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'var', arg('--out') ?? 'bench-text-while-reading.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exit(0);
