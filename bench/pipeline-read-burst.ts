/**
 * Typed texts beside bursts of long reads, on the pipeline pool alone (issue #18; no HTTP, no
 * OCR): `sh scripts/node.sh bench/pipeline-read-burst.ts [--seconds 12]`. One worker (as
 * PIPELINE_WORKERS=auto on 2 CPUs); typed texts at 20 a second, and every second three texts read
 * from images of ~600 characters (a letter's read) arrive at once. Prints the typed texts' time
 * through the pool (p50/p95/p99/max, ms). Texts read from images are classified after the typed
 * ones (src/pipeline/pipeline-pool.ts); before that, a typed text arriving behind a burst waited
 * for all three reads.
 */
import { loadavg } from 'node:os';
import { startPipelinePool } from '../src/pipeline/pipeline-pool.ts';
import { loadRuntimeData } from '../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../src/runtime/project-paths.ts';
import type { IncomingText } from '../src/incoming/incoming.ts';
import { forwardedSms } from './messages.ts';

const i = process.argv.indexOf('--seconds');
const SECONDS = i >= 0 ? Number(process.argv[i + 1]) : 12;
const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: null, modelCacheDir: MODEL_CACHE_DIR };
const pool = await startPipelinePool(1, sources, loadRuntimeData(sources).knowledge);
const at = new Date('2026-11-24T12:00:00+09:00');
const text = (body: string, id: string, read: boolean): IncomingText => ({
  kind: 'text',
  text: body,
  eventId: id,
  replyToken: `r${id}`,
  userKey: `u${id}`,
  at,
  isRedelivery: false,
  chat: 'user',
  mentionsBot: false,
  quoteToken: null,
  ...(read ? { image: { confidence: 0.9, lowConfidence: false, images: 1 } } : {}),
});
const TYPED = ['市役所の職員を名乗る人から電話でマイナンバーを聞かれました', 'マイナポイントの申請期限が今日までとSMSが来ました', 'マイナンバーカードをなくしました', '還付金があるのでATMに行くよう言われた'];
const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;

// Warm-up, not counted.
for (let w = 0; w < 20; w++) {
  await pool.respond(text(TYPED[w % TYPED.length]!, `w${w}`, false), at);
  await pool.respond(text(forwardedSms(600), `wr${w}`, true), at);
}
const ms: number[] = [];
const pending: Promise<unknown>[] = [];
const start = performance.now();
let n = 0;
let reads = 0;
while (performance.now() < start + SECONDS * 1000) {
  if (n % 20 === 0) for (let b = 0; b < 3; b++) pending.push(pool.respond(text(forwardedSms(600 - b), `r${reads++}`, true), at));
  const sent = performance.now();
  pending.push(pool.respond(text(TYPED[n % TYPED.length]!, `t${n}`, false), at).then(() => ms.push(performance.now() - sent)));
  n++;
  await new Promise((r) => setTimeout(r, Math.max(0, start + (n * 1000) / 20 - performance.now())));
}
await Promise.all(pending);
const f = (x: number) => Math.round(x * 100) / 100;
console.log(JSON.stringify({ typed: ms.length, reads, p50ms: f(pct(ms, 50)), p95ms: f(pct(ms, 95)), p99ms: f(pct(ms, 99)), maxMs: f(pct(ms, 100)), loadAverage: f(loadavg()[0]!) }));
await pool.close();
process.exit(0);
