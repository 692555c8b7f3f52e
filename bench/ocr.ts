/**
 * Image-reading benchmark (issue #18): `npm run bench:ocr` [-- --engines tesseract-js,tesseract-cli] [--quick].
 *
 * 1. Renders the project's own set (tests/support/render-screenshots.ts: 9 texts × iPhone/Android
 *    light/dark + LINE chat, a mail, three paper photos) and reads each image on the pool, per
 *    engine: character error rate by layout, time per image (p50/p95), the share of images whose
 *    read text is classified as the typed text is, and the process's peak RSS (the pool's threads included).
 * 2. Webhook to reply with the npm-only engine: each screenshot posted to the real app (signed
 *    webhook, stand-in LINE API serving the bytes), timed until its reply reaches the stand-in.
 * 3. Text replies while images are read (issue #18: text p99 within +20 %): text events at 20 a
 *    second in rounds that take turns, alone and with a screenshot posted every second (the order
 *    swapped each round, so both meet the same machine while other work on it comes and goes),
 *    until each has 4 rounds of 6 s (`--quick`) or 6 of 10 s; p50/p95/p99 of each over all its
 *    rounds. The classifier runs on a worker thread as `npm start` runs it (PIPELINE_WORKERS).
 *    `--text-rounds N`, `--text-seconds S`, `--text-rate R` change the rounds; `--skip-reads`
 *    leaves out part 1 (and the deskew timing). Results go to var/bench-ocr.json (not
 *    committed) and stdout.
 *
 * The OCR pool is made as the server makes it: OCR_HOST and OCR_NICE from the environment;
 * `--hosts thread:0,process:10,process:10:idle` compares ways of running it in one run instead (parts 2 and 3:
 * each screenshot read by each in turn; their rounds taking turns with the rounds alone), so the
 * comparison meets the same machine. Besides the p99 over all rounds, each way's median over the
 * rounds of (its p99 / the p99 alone in the same round), which one stall of the machine sways less.
 * Memory and CPU are of the whole process tree (this process, the pool's reader processes and
 * the programs they start; bench/process-tree.ts), sampled every 100 ms.
 *
 * `--set unseen`: the unseen set instead (scripts/render-unseen-images.ts: other apps, fonts,
 * device sizes, photos of paper and of screens; var/unseen-images/ when generated, else the
 * committed subset in tests/fixtures/images-unseen/): parts 1 and 2 for every image, CER by
 * group and layout, intent agreement with the typed text and with the hand-judged intent, and
 * webhook to reply per group. Results: var/bench-ocr-unseen.json (with each read, for study).
 * `--set unseen2`: the second unseen set, the same way (scripts/render-unseen2-images.ts,
 * var/unseen2-images/ else tests/fixtures/images-unseen2/; var/bench-ocr-unseen2.json).
 * `--set unseen3`, `--set unseen4`, `--set unseen5`: the third to fifth, the same way
 * (scripts/render-unseen<N>-images.ts; var/<set>-images/ else tests/fixtures/images-<set>/). Set 4
 * has been studied since 00:00 UTC on 2026-12-08; set 5 is the yardstick nobody tunes on: please
 * do not study its reads (tests/fixtures/images-unseen5/README.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAll, renderPaperPhoto, type RenderedSample } from '../tests/support/render-screenshots.ts';
import sharp from 'sharp';
import { estimateSkew } from '../src/images/deskew.ts';
import { characterErrorRate } from '../src/images/cer.ts';
import { dropMetadataLines } from '../src/images/drop-metadata-lines.ts';
import { createOcrPool, type OcrPool } from '../src/images/ocr-pool.ts';
import type { OcrEngineName } from '../src/images/ocr-engine.ts';
import { tesseractCliAvailable } from '../src/images/tesseract-cli-engine.ts';
import { testRuntime } from '../tests/support/test-runtime.ts';
import { startFakeLineApi } from '../tests/support/fake-line-api.ts';
import { startTestApp } from '../tests/support/test-app.ts';
import { callbackBody } from '../tests/support/signed-webhook.ts';
import { TEXTS_WHILE_READING, webhookDriver } from './webhook-driver.ts';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';
import { TEST_IMAGE_LIMITS } from '../tests/support/test-ocr-pool.ts';
import { loadavg } from 'node:os';
import { loadConfig } from '../src/config.ts';
import { loadRuntimeData } from '../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../src/runtime/project-paths.ts';
import { startPipelinePool, workerBackedRuntime, type PipelinePool } from '../src/pipeline/pipeline-pool.ts';
import { treeCpuMs, treeRssBytes } from './process-tree.ts';
import { median } from './stats.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
/** Only the reads (part 1): no webhook, no text load. */
const readsOnly = args.includes('--reads-only');
const engines = (arg('--engines') ?? ['tesseract-js', ...(tesseractCliAvailable() ? ['tesseract-cli'] : [])].join(',')).split(',') as OcrEngineName[];
const limits = TEST_IMAGE_LIMITS;
/** `--set unseen` / `--set unseen2` / … / `--set unseen5`: a set the code was not written on (scripts/render-<set>-images.ts); else the project's own set. */
const set = arg('--set') ?? 'own';
const unseen = /^unseen\d*$/.test(set);
/** `--out NAME`: the results file under var/ (so two people measuring at once do not overwrite each other's). */
const outName = arg('--out');
const skipReads = args.includes('--skip-reads');
// The pool as the server makes it (OCR_HOST, OCR_NICE; settings a tree without them ignores).
const serverConfig = loadConfig();
const poolSettings: Record<string, unknown> = serverConfig.images ? { ...serverConfig.images } : {};
const hostOptions = { ...('host' in poolSettings ? { host: poolSettings['host'] } : {}), ...('nice' in poolSettings ? { nice: poolSettings['nice'] } : {}), ...('cpuPolicy' in poolSettings ? { cpuPolicy: poolSettings['cpuPolicy'] } : {}) } as Record<string, never>;
const load1 = () => round(loadavg()[0]!, 2);

/** One image of a set: its bytes and known texts; `group` and `intent` (judged by hand) for the unseen set. */
interface BenchSample extends Omit<RenderedSample, 'layout'> {
  layout: string;
  group: 'screenshot' | 'screen-photo' | 'paper-photo';
  intent?: string;
}

function unseenSamples(): BenchSample[] {
  const generated = join(PROJECT_ROOT, 'var', `${set}-images`);
  const dir = existsSync(join(generated, 'manifest.json')) ? generated : join(PROJECT_ROOT, 'tests', 'fixtures', `images-${set}`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; group: BenchSample['group']; layout: string; intent: string; expected: string; message: string; typed: string }[];
  console.log(`${set} set from ${dir}`);
  return manifest.map((m) => ({ id: m.file, layout: m.layout, group: m.group, intent: m.intent, bytes: readFileSync(join(dir, m.file)), expected: m.expected, message: m.message, typed: m.typed }));
}

const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

console.log('rendering the set…');
let samples: BenchSample[] = unseen ? unseenSamples() : (await renderAll()).map((s) => ({ ...s, group: s.layout === 'paper-photo' ? ('paper-photo' as const) : ('screenshot' as const) }));
if (quick) samples = samples.filter((_, i) => i % 3 === 0);
/** `--deadline-s N`: each read's deadline (default 30 s); on a machine shared with other measurements, a longer one keeps reads from being cut off by the neighbours' load. */
const deadlineMs = Number(arg('--deadline-s') ?? 30) * 1000;
/** `--only TEXT`: the images whose name holds TEXT (for studying one kind). */
const only = arg('--only');
if (only) samples = samples.filter((s) => s.id.includes(only));
/** `--groups paper-photo,screen-photo`: the images of these groups only (a photo study without the screenshots). */
const groups = arg('--groups')?.split(',');
if (groups) samples = samples.filter((s) => groups.includes(s.group));
console.log(`${samples.length} images`);
const runtime = await testRuntime();
const intentOf = (text: string) => runtime.classifier.classify(text).intent;

let peakRss = treeRssBytes();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRssBytes())), 100);

const results: Record<string, unknown> = { at: new Date().toISOString(), images: samples.length, ocrHost: hostOptions, loadAverageAtStart: loadavg().map((x) => round(x, 2)), engines: {} };
console.log(`OCR pool ${JSON.stringify(hostOptions)}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

for (const engine of skipReads ? [] : engines) {
  const pool = createOcrPool({ engine, workers: 1, maxQueued: 100, limits, ...hostOptions });
  await pool.warm();
  const rssBefore = treeRssBytes();
  peakRss = rssBefore;
  const rows: { id: string; layout: string; group: string; cer: number; cerMessage: number; cerTyped: number; ms: number; cpuMs: number; sameIntent: boolean; sameAsScreen: boolean; typedAsJudged?: boolean; readAsJudged?: boolean; read?: string; candidate?: string }[] = [];
  for (const s of samples) {
    const started = performance.now();
    // CPU of the whole process tree (the pool's readers included) while this one image is read: on a shared machine wall time also measures the neighbours.
    const cpuStarted = treeCpuMs();
    const result = await pool.read([s.bytes], Date.now() + deadlineMs);
    const ms = performance.now() - started;
    const cpuMs = treeCpuMs() - cpuStarted;
    const read = result.kind === 'read' ? result.reads[0] : undefined;
    const text = read?.outcome === 'read' ? read.text : '';
    // Classified as the app classifies it (reads-to-incoming.ts): without the screen's date, time and 既読 lines.
    const intent = intentOf(dropMetadataLines(text));
    rows.push({
      id: s.id,
      layout: s.layout,
      group: s.group,
      cer: characterErrorRate(text, s.expected),
      cerMessage: characterErrorRate(text, s.message),
      // Against what a resident would type: the message asked about alone (a chat's older message and the replies under it left out).
      cerTyped: characterErrorRate(text, s.typed),
      ms,
      cpuMs,
      sameIntent: intent === intentOf(s.typed),
      sameAsScreen: intent === intentOf(s.expected),
      ...(s.intent ? { typedAsJudged: intentOf(s.typed) === s.intent, readAsJudged: intent === s.intent } : {}),
      read: text,
      candidate: read?.outcome === 'read' ? read.candidate : read?.outcome,
    });
  }
  await pool.close();
  const byLayout: Record<string, { cer: number; cerMessage: number; cerTyped: number; p50ms: number; p95ms: number; cpuP50ms: number; n: number }> = {};
  for (const layout of [...new Set(rows.map((r) => r.layout))]) {
    const of = rows.filter((r) => r.layout === layout);
    byLayout[layout] = { cer: round(100 * mean(of.map((r) => r.cer)), 2), cerMessage: round(100 * mean(of.map((r) => r.cerMessage)), 2), cerTyped: round(100 * mean(of.map((r) => r.cerTyped)), 2), p50ms: Math.round(pct(of.map((r) => r.ms), 50)), p95ms: Math.round(pct(of.map((r) => r.ms), 95)), cpuP50ms: Math.round(pct(of.map((r) => r.cpuMs), 50)), n: of.length };
  }
  const screenshots = rows.filter((r) => r.group === 'screenshot');
  const photos = rows.filter((r) => r.group === 'paper-photo');
  const summary = {
    cerScreenshotsPct: round(100 * mean(screenshots.map((r) => r.cer)), 2),
    // Against the message area only (the bubbles; mail and paper: everything): what the bubble crop aims to read.
    cerScreenshotsMessagePct: round(100 * mean(screenshots.map((r) => r.cerMessage)), 2),
    cerScreenshotsTypedPct: round(100 * mean(screenshots.map((r) => r.cerTyped)), 2),
    cerPaperPhotosPct: round(100 * mean(photos.map((r) => r.cer)), 2),
    // Intent of the read text = intent of the message body typed alone / of everything on the screen typed (sender, date, message).
    sameIntentPct: round((100 * rows.filter((r) => r.sameIntent).length) / rows.length, 1),
    sameIntentAsScreenTextPct: round((100 * rows.filter((r) => r.sameAsScreen).length) / rows.length, 1),
    perfectReadSameIntentPct: round((100 * samples.filter((s) => intentOf(s.expected) === intentOf(s.typed)).length) / samples.length, 1),
    readP50ms: Math.round(pct(rows.map((r) => r.ms), 50)),
    readP95ms: Math.round(pct(rows.map((r) => r.ms), 95)),
    readCpuP50ms: Math.round(pct(rows.map((r) => r.cpuMs), 50)),
    readCpuP95ms: Math.round(pct(rows.map((r) => r.cpuMs), 95)),
    screenshotCpuP50ms: Math.round(pct(screenshots.map((r) => r.cpuMs), 50)),
    screenshotCpuP95ms: Math.round(pct(screenshots.map((r) => r.cpuMs), 95)),
    rssBeforeMB: Math.round(rssBefore / 1e6),
    peakRssMB: Math.round(peakRss / 1e6),
    byLayout,
  };
  if (unseen) {
    const byGroup: Record<string, { cerPct: number; cerMessagePct: number; sameIntentPct: number; p50ms: number; p95ms: number; cpuP50ms: number; cpuP95ms: number; n: number }> = {};
    for (const group of ['screenshot', 'screen-photo', 'paper-photo']) {
      const of = rows.filter((r) => r.group === group);
      if (of.length === 0) continue;
      byGroup[group] = { cerPct: round(100 * mean(of.map((r) => r.cer)), 2), cerMessagePct: round(100 * mean(of.map((r) => r.cerMessage)), 2), sameIntentPct: round((100 * of.filter((r) => r.sameIntent).length) / of.length, 1), p50ms: Math.round(pct(of.map((r) => r.ms), 50)), p95ms: Math.round(pct(of.map((r) => r.ms), 95)), cpuP50ms: Math.round(pct(of.map((r) => r.cpuMs), 50)), cpuP95ms: Math.round(pct(of.map((r) => r.cpuMs), 95)), n: of.length };
    }
    Object.assign(summary, {
      byGroup,
      // The classifier on the typed text / on the read text against the intent judged by hand (not an aim of this issue; context for the agreement figure).
      typedAsJudgedPct: round((100 * rows.filter((r) => r.typedAsJudged).length) / rows.length, 1),
      readAsJudgedPct: round((100 * rows.filter((r) => r.readAsJudged).length) / rows.length, 1),
    });
  }
  // Each image's read, for study (the set's own texts; var/ is not committed).
  Object.assign(summary, { rows: rows.map((r) => ({ ...r, cer: round(100 * r.cer, 1), cerMessage: round(100 * r.cerMessage, 1), cerTyped: round(100 * r.cerTyped, 1), ms: Math.round(r.ms), cpuMs: Math.round(r.cpuMs) })) });
  (results['engines'] as Record<string, unknown>)[engine] = summary;
  console.log(`\n== ${engine}`);
  const { rows: _rows, ...shown } = summary as typeof summary & { rows?: unknown };
  console.log(JSON.stringify(shown, null, 1));
}

// Straightening a photo (deskew.ts) against reading it: its angle estimate on an 1,100-px-wide
// paper photo, median of 7, must stay under a tenth of a paper photo's whole read (p50, above).
// (A timing check, so here and not in npm test: it failed there on a loaded machine.)
if (!unseen && !skipReads) {
  const { data, info } = await sharp((await renderPaperPhoto(2.5)).bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
  await estimateSkew(data, info.width, info.height);
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await estimateSkew(data, info.width, info.height);
    runs.push(performance.now() - t0);
  }
  const engineSummaries = Object.values(results['engines'] as Record<string, { readP50ms: number; byLayout: Record<string, { p50ms: number }> }>);
  const paperP50s = engineSummaries.flatMap((e) => Object.entries(e.byLayout).filter(([layout]) => layout.startsWith('paper')).map(([, l]) => l.p50ms));
  // (--quick may leave no paper photo among its images: then against all reads.)
  const readP50 = Math.round(pct(paperP50s.length > 0 ? paperP50s : engineSummaries.map((e) => e.readP50ms), 50));
  const deskewMs = round(pct(runs, 50), 1);
  const share = readP50 > 0 ? round(deskewMs / readP50, 3) : null;
  results['deskew'] = { widthPx: info.width, medianMs: deskewMs, paperReadP50Ms: readP50, share, goal: 'share < 0.1', met: share !== null && share < 0.1 };
  console.log(`\ndeskew: ${deskewMs} ms on a ${info.width}-px photo = ${share} of a ${paperP50s.length > 0 ? 'paper photo' : 'image'}'s read (${readP50} ms) — goal < 0.1 ${share !== null && share < 0.1 ? 'MET' : 'MISSED'}`);
}

if (readsOnly) {
  clearInterval(sampler);
  mkdirSync(join(PROJECT_ROOT, 'var'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'var', outName ?? (unseen ? `bench-ocr-${set}-reads.json` : 'bench-ocr-reads.json')), `${JSON.stringify(results, null, 2)}\n`);
  process.exit(0);
}

// 2 + 3: the real app, the npm-only engine, the classifier on worker threads as `npm start` has it.
const webhookEngine: OcrEngineName = 'tesseract-js';
const fake = await startFakeLineApi();
/**
 * `--hosts thread:0,process:10`: several ways to run the pool, compared in one run (an image
 * read by each in turn in part 2; their rounds taking turns in part 3); the app reads on
 * whichever is current. Default: the one from OCR_HOST and OCR_NICE.
 */
const variants = (arg('--hosts')?.split(',') ?? [null]).map((v) => {
  // `process:10`, `process:10:idle` (OCR_CPU_POLICY=idle), `process:idle` (nice 10 and idle).
  const [host, ...rest] = v?.split(':') ?? [];
  const nice = rest.find((x) => /^\d+$/.test(x));
  // `…:gc1`: the reader's V8 without its helper threads for garbage collection (--single-threaded-gc).
  const options = v ? ({ host, nice: Number(nice ?? 10), cpuPolicy: rest.includes('idle') ? 'idle' : 'nice', ...(rest.includes('gc1') ? { nodeFlags: ['--single-threaded-gc'] } : {}) } as unknown as Record<string, never>) : hostOptions;
  return { label: v ?? (JSON.stringify(hostOptions) === '{}' ? 'thread (no OCR_HOST)' : Object.values(hostOptions).join(':')), pool: createOcrPool({ engine: webhookEngine, workers: 1, maxQueued: 4, limits, ...options }) };
});
for (const v of variants) await v.pool.warm();
let current = variants[0]!.pool;
const pool: OcrPool = { read: (...a) => current.read(...a), warm: () => current.warm(), load: () => current.load(), close: async () => undefined };
const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: null, modelCacheDir: MODEL_CACHE_DIR };
const pipelineWorkers = serverConfig.pipelineWorkers;
const pipeline: PipelinePool | undefined = pipelineWorkers > 0 ? await startPipelinePool(pipelineWorkers, sources, loadRuntimeData(sources).knowledge) : undefined;
const app = await startTestApp({
  lineApiBaseUrl: fake.baseUrl,
  runtime: pipeline ? workerBackedRuntime(loadRuntimeData(sources).knowledge) : runtime,
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' },
  ocrPool: pool,
  ...(pipeline ? { pipeline } : {}),
});
results['pipelineWorkers'] = pipelineWorkers;
peakRss = treeRssBytes();
const { event, post, replyAt, waitReply, stop: stopWatching } = webhookDriver(app.url, fake);

async function postImage(s: BenchSample, token: string): Promise<number> {
  const id = `bench-${token}`;
  fake.contents.set(id, s.bytes);
  const started = performance.now();
  await post(callbackBody([event({ id, type: 'image', quoteToken: 'q', contentProvider: { type: 'line' } }, token)]));
  await waitReply(token);
  fake.contents.delete(id);
  return replyAt.get(token)! - started;
}

/** Stops the samplers, the bot, the OCR pool and the stand-in API, writes the results to var/`name` and exits. */
async function finish(name: string): Promise<never> {
  stopWatching();
  clearInterval(sampler);
  await app.close();
  await pipeline?.close();
  for (const v of variants) await v.pool.close();
  await fake.close();
  mkdirSync(join(PROJECT_ROOT, 'var'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'var', outName ?? name), `${JSON.stringify(results, null, 2)}\n`);
  process.exit(0);
}

const screenshots = samples.filter((s) => s.group === 'screenshot');
if (unseen) {
  // Every image of the unseen set, one after another; p50/p95 per group.
  const byGroup: Record<string, number[]> = {};
  for (const [i, s] of samples.entries()) (byGroup[s.group] ??= []).push(await postImage(s, `img-${i}`));
  results['webhookToReply'] = { engine: webhookEngine, ...Object.fromEntries(Object.entries(byGroup).map(([g, ms]) => [g, { n: ms.length, p50ms: Math.round(pct(ms, 50)), p95ms: Math.round(pct(ms, 95)) }])) };
  console.log('\n== webhook to reply, per group', JSON.stringify(results['webhookToReply']));
  await finish(`bench-ocr-${set}.json`);
}
// Each screenshot once per variant, the variants' order swapped from one screenshot to the next.
const webhookMs = variants.map(() => [] as number[]);
for (const [i, s] of screenshots.entries()) {
  for (let j = 0; j < variants.length; j++) {
    const v = (i + j) % variants.length;
    current = variants[v]!.pool;
    webhookMs[v]!.push(await postImage(s, `img-${i}-${v}`));
  }
}
const webhookOf = (ms: number[]) => ({ engine: webhookEngine, screenshots: ms.length, p50ms: Math.round(pct(ms, 50)), p95ms: Math.round(pct(ms, 95)), loadAverage: load1() });
results['webhookToReply'] = variants.length === 1 ? webhookOf(webhookMs[0]!) : Object.fromEntries(variants.map((v, i) => [v.label, webhookOf(webhookMs[i]!)]));
console.log('\n== webhook to reply, screenshots', JSON.stringify(results['webhookToReply']));

const TEXTS = TEXTS_WHILE_READING;
async function textLatencies(seconds: number, rate: number): Promise<number[]> {
  const out: number[] = [];
  const pending: Promise<void>[] = [];
  const started0 = performance.now();
  const end = started0 + seconds * 1000;
  let i = 0;
  // Sent on a fixed schedule (the i-th at i/rate s), not a sleep after each: a stalled loop does not lower the rate.
  while (performance.now() < end) {
    const token = `txt-${++i}-${Math.random().toString(36).slice(2, 8)}`;
    const started = performance.now();
    pending.push(
      post(callbackBody([event({ id: `t${i}`, type: 'text', quoteToken: 'q', text: TEXTS[i % TEXTS.length] }, token)]))
        .then(() => waitReply(token))
        .then(() => void out.push(replyAt.get(token)! - started)),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, started0 + (i * 1000) / rate - performance.now())));
  }
  await Promise.all(pending);
  return out;
}
const ROUNDS = Number(arg('--text-rounds') ?? (quick ? 4 : 6));
// A condition's p99 rests on its ROUNDS × ROUND_SECONDS × RATE / 100 slowest texts: --quick's 4 × 6 s × 20/s = 480 texts, its 5 slowest.
const ROUND_SECONDS = Number(arg('--text-seconds') ?? (quick ? 6 : 10));
const RATE = Number(arg('--text-rate') ?? 20);
const summary = (ms: number[]) => ({ n: ms.length, p50ms: round(pct(ms, 50)), p95ms: round(pct(ms, 95)), p99ms: round(pct(ms, 99)) });
const idle = async () => {
  while (variants.some((v) => v.pool.load().running + v.pool.load().queued > 0)) await new Promise((r) => setTimeout(r, 50));
};
let k = 0;
/** Text for ROUND_SECONDS while a screenshot is posted every second (the first a second before the text starts); then waits for every image's reply. */
async function roundWithImages(imageMs: number[]): Promise<number[]> {
  let stop = false;
  const posted: Promise<void>[] = [];
  const loop = (async () => {
    while (!stop) {
      const s = screenshots[k % screenshots.length]!;
      posted.push(postImage(s, `load-${k++}`).then((ms) => void imageMs.push(ms)));
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  await new Promise((r) => setTimeout(r, 1000));
  const out = await textLatencies(ROUND_SECONDS, RATE);
  stop = true;
  await loop;
  await Promise.all(posted);
  await idle();
  return out;
}
// The conditions: text alone, and text with images read by each variant.
const conditions = [{ label: 'alone', variant: -1 }, ...variants.map((v, i) => ({ label: variants.length === 1 ? 'withImages' : `withImages ${v.label}`, variant: i }))];
const runCondition = async (c: (typeof conditions)[number], imageMs: number[]) => {
  if (c.variant < 0) return textLatencies(ROUND_SECONDS, RATE);
  current = variants[c.variant]!.pool;
  return roundWithImages(imageMs);
};
// A short warm-up of each, not counted (the first events after start-up are slower).
await textLatencies(2, RATE);
for (const c of conditions.slice(1)) await runCondition(c, []);
const latencies = conditions.map(() => [] as number[]);
/** Each round's latencies per condition (for the interval below). */
const perRound: number[][][] = [];
const imageMsOf = conditions.map(() => [] as number[]);
const byRound: Record<string, number>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const row: Record<string, number> = { loadAverage: load1() };
  perRound.push(conditions.map(() => []));
  // Each condition first in turn, and the order reversed every other round: none always follows another.
  const order = conditions.map((_, i) => (i + r) % conditions.length);
  if (Math.floor(r / conditions.length) % 2 === 1) order.reverse();
  for (const i of order) {
    const ms = await runCondition(conditions[i]!, imageMsOf[i]!);
    latencies[i]!.push(...ms);
    perRound[r]![i] = ms;
    row[conditions[i]!.label] = round(pct(ms, 99));
  }
  byRound.push(row);
  console.log(`round ${r + 1}/${ROUNDS}: text p99 ${JSON.stringify(row)}`);
}
const p99Alone = pct(latencies[0]!, 99);
/**
 * How sure the p99 ratio is: a 95 % interval of (p99 of condition `i` / p99 of condition `base`)
 * over all rounds, from 2,000 resamplings of whole rounds with replacement (a round's conditions
 * kept together: they met the same machine within a minute). A p99 of ~1,000 events rests on its
 * ten slowest, and on a shared machine a round's stall moves it: this says whether one run
 * decides the goal (the whole interval at or under 1.2) or not.
 */
function p99RatioInterval(i: number, base = 0): [number, number] {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const ratios: number[] = [];
  for (let b = 0; b < 2000; b++) {
    const a: number[] = [];
    const w: number[] = [];
    for (let j = 0; j < perRound.length; j++) {
      const r = perRound[Math.floor(random() * perRound.length)]!;
      a.push(...r[base]!);
      w.push(...r[i]!);
    }
    ratios.push(pct(w, 99) / pct(a, 99));
  }
  return [round(pct(ratios, 2.5), 2), round(pct(ratios, 97.5), 2)];
}
const withImagesOf = (i: number) => {
  const p99 = pct(latencies[i]!, 99);
  const interval = p99RatioInterval(i);
  return {
    ...summary(latencies[i]!),
    imagesAnswered: imageMsOf[i]!.length,
    imageReplyP50ms: Math.round(pct(imageMsOf[i]!, 50)),
    imageReplyP95ms: Math.round(pct(imageMsOf[i]!, 95)),
    p99ChangePct: round((100 * (p99 - p99Alone)) / p99Alone, 1),
    met: p99 <= 1.2 * p99Alone,
    // Less swayed by one stall of the machine than the p99 over all rounds: each round's p99 against the same round's alone.
    p99RatioMedianOfRounds: round(median(byRound.map((row) => row[conditions[i]!.label]! / row['alone']!)), 2),
    p99RatioInterval95: interval,
    // The goal decided by this run only when the whole interval is on one side of 1.2.
    goalInThisRun: interval[1] <= 1.2 ? 'shown to hold' : interval[0] > 1.2 ? 'shown missed' : 'undecided (the interval spans 1.2)',
    // Against the first way of reading, in the same rounds (`--hosts a,b`: b's p99 / a's).
    ...(i > 1 ? { p99VersusFirstInterval95: p99RatioInterval(i, 1), p99VersusFirst: round(p99 / pct(latencies[1]!, 99), 2) } : {}),
  };
};
results['textWhileReading'] = {
  ratePerSecond: RATE,
  rounds: ROUNDS,
  roundSeconds: ROUND_SECONDS,
  goal: 'text p99 with images at most +20 % over alone',
  alone: summary(latencies[0]!),
  ...Object.fromEntries(conditions.slice(1).map((c, j) => [c.label, withImagesOf(j + 1)])),
  p99ByRound: byRound,
  loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
  peakTreeRssMB: Math.round(peakRss / 1e6),
};
console.log('\n== text replies alone / while an image is posted every second', JSON.stringify(results['textWhileReading']));
await new Promise((r) => setTimeout(r, 3000));
await finish('bench-ocr.json');
