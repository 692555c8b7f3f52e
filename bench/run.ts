/**
 * `npm run bench`: the bot against the echo-bot baseline, measured the same way.
 *
 *   1. a stand-in LINE API on loopback (a process of its own) records when each reply arrives;
 *   2. the bot (child process: buildApp + the real data, tokenizer and model) recording every
 *      event for the console, as `npm start` does (the embedded store; BENCH_DATABASE_URL=
 *      postgres://… records into that PostgreSQL instead — use a throwaway database), the same
 *      bot without recording, and then the echo bot (bench/echo-bot.ts) each get signed webhook
 *      events at concurrency 10 from autocannon, one distinct event per request; an event is
 *      done when its reply arrives. The two bots take turns (ROUNDS rounds, the order swapped
 *      each round) so that the machine's drift falls on both: the median over the rounds of
 *      their throughput ratio is what recording costs, reported beside the same for CPU per event;
 *   3. plus classification latency (30 and 1,000 characters), start-up time and memory.
 *
 * Writes bench/results.json and prints a table. Exits 1 on any error or lost event; the
 * throughput, latency and recording-cost goals are reported as met or missed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startReplySink } from './reply-sink.ts';
import { describeStartup, measureStartup, STARTUP_GOAL_MS } from './startup.ts';
import { driveLoad, poolRuns, type LoadResult } from './load.ts';
import { messageMix } from './messages.ts';
import { median, round2 } from './stats.ts';

const round3 = (x: number) => Math.round(x * 1000) / 1000;
import { cpuBetween, cpuSnapshot } from './cpu.ts';
import { serverNodeFlags } from './server-node-flags.ts';
import { EVALUATION_SET_FILES } from '../src/runtime/project-paths.ts';

const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
/** The echo bot's run. */
const SECONDS = 12;
/**
 * The bot with and without recording take turns: ROUNDS runs of ROUND_SECONDS each, the order
 * swapped every round. Recording's cost is the median over the rounds of each round's pair, so
 * one round disturbed by a neighbour on the machine cannot decide it (with 3 rounds of 5 s the
 * per-round figure swung from −2 to +13 %, and the pooled one followed the worst round).
 */
const ROUNDS = 8;
const ROUND_SECONDS = 3;
/** Where the bot records: the embedded store (as `npm start` without DATABASE_URL), or BENCH_DATABASE_URL. */
const RECORDING = process.env['BENCH_DATABASE_URL'] || 'embedded';
const SECRET = 'bench-channel-secret-0123456789ab';
const TOKEN = 'bench-access-token-0123456789abcdefghij';
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Listening {
  kind: 'listening';
  port: number;
  memory: NodeJS.MemoryUsage;
  startup?: Record<string, number>;
  classify?: Record<string, unknown>;
}

const started = performance.now();
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageAtStart: loadavg().map(round2) };
const messages = messageMix();
assertNotEvaluationSentences(messages);
// Start-up as an operator meets it: `node <npm start's flags> src/server.ts` to /readyz 200, three
// starts in each mode, wall and CPU time (bench/startup.ts), against the goal of STARTUP_GOAL_MS.
const startupRuns = { simulator: await measureStartup('simulator', 3), line: await measureStartup('line', 3) };
const readyz = startupRuns.line;
const sink = await startReplySink();

const botEnv = {
  LINE_CHANNEL_SECRET: SECRET,
  LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
  LINE_API_BASE_URL: sink.baseUrl,
  LOG_LEVEL: 'info',
  USER_ID_HASH_KEY: 'bench-hash-key',
  ...(process.env['MAX_QUEUED_EVENTS'] ? { MAX_QUEUED_EVENTS: process.env['MAX_QUEUED_EVENTS'] } : {}),
  ...(process.env['PIPELINE_WORKERS'] ? { PIPELINE_WORKERS: process.env['PIPELINE_WORKERS'] } : {}),
};
// The bot runs with the server's own Node flags (npm start's); the echo bot as a typical echo bot runs, with none.
const botNodeFlags = serverNodeFlags();
const bot = await startChild(here('./bot-process.ts'), { ...botEnv, BENCH_RECORDING: RECORDING }, botNodeFlags);
const bare = await startChild(here('./bot-process.ts'), botEnv, botNodeFlags);
const targets = { bot, bare };
const runs: Record<keyof typeof targets, Measured[]> = { bot: [], bare: [] };
for (const name of ['bare', 'bot'] as const) await warmUp(name, targets[name].info.port);
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 === 0 ? (['bare', 'bot'] as const) : (['bot', 'bare'] as const)) {
    runs[name].push(await measure(`${name}${r}`, targets[name].info.port, targets[name].child.pid!, ROUND_SECONDS));
  }
}
const costPerRound = runs.bot.map((b, i) => 1 - b.eventsPerSecond / runs.bare[i]!.eventsPerSecond);
const cpuCostPerRound = runs.bot.map((b, i) => (b.cpuMsPerEvent.target['total'] ?? 0) / Math.max(1e-9, runs.bare[i]!.cpuMsPerEvent.target['total'] ?? 0) - 1);
const botRun = pool('bot', runs.bot);
const bareRun = pool('bare', runs.bare);
const recorded = await recordingOf(bot.child);
const botMemoryAfterRun = await memoryOf(bot.child);
await Promise.all([stop(bot.child), stop(bare.child)]);

const echo = await startChild(here('./echo-bot.ts'), { BENCH_CHANNEL_SECRET: SECRET, BENCH_ACCESS_TOKEN: TOKEN, BENCH_LINE_API: sink.baseUrl }, []);
await warmUp('echo', echo.info.port);
const echoRun = await measure('echo', echo.info.port, echo.child.pid!, SECONDS);
delete echoRun.samples; // only the bots' rounds are pooled
await stop(echo.child);
await sink.close();

const mb = (bytes: number) => round2(bytes / 1024 / 1024);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  botNodeFlags,
  machine,
  concurrency: CONNECTIONS,
  seconds: SECONDS,
  rounds: { rounds: ROUNDS, seconds: ROUND_SECONDS },
  messageMix: { count: messages.length, forwardedSms1000: messages.filter((m) => m.length >= 1000).length },
  bot: botRun,
  botWithoutRecording: bareRun,
  echo: echoRun,
  ratio: round2(botRun.eventsPerSecond / echoRun.eventsPerSecond),
  recording: {
    store: RECORDING === 'embedded' ? 'embedded' : 'postgres',
    /** The goal's figure: the median over the rounds of 1 − (events/s recording) / (events/s not recording), each round's two runs side by side. */
    throughputCost: round3(median(costPerRound)),
    /** Each round's figure, in order. */
    costPerRound: costPerRound.map(round3),
    /** 1 − (events/s recording) / (events/s not recording) with all rounds pooled (the goal's figure until 2026-12-07, 14:30 UTC: one round disturbed by a neighbour sways it). */
    pooledThroughputCost: round3(1 - botRun.eventsPerSecond / bareRun.eventsPerSecond),
    /** The median over the rounds of (CPU ms per event recording) / (not recording) − 1, all threads of the bot: far steadier than throughput on a shared machine. */
    cpuCost: round3(median(cpuCostPerRound)),
    cpuCostPerRound: cpuCostPerRound.map(round3),
    /** CPU ms per event recording minus not recording, pooled over the rounds, per thread. */
    cpuMsPerEventDifference: Object.fromEntries(
      [...new Set([...Object.keys(botRun.cpuMsPerEvent.target), ...Object.keys(bareRun.cpuMsPerEvent.target)])].map((name) => [
        name,
        round3((botRun.cpuMsPerEvent.target[name] ?? 0) - (bareRun.cpuMsPerEvent.target[name] ?? 0)),
      ]),
    ),
    /** What the recorder wrote and lost in the whole run (warm-up included); lost > 0 means the writes could not keep up. */
    recorder: recorded,
  },
  classificationMs: bot.info.classify,
  startupMs: Object.fromEntries(Object.entries(bot.info.startup ?? {}).map(([k, v]) => [k, Math.round(v)])),
  /** src/server.ts from spawn to GET /readyz 200 (bench/startup.ts), three starts with LINE credentials, with the caches as they are. */
  readyzMs: { runs: readyz.readyMs, median: readyz.medianMs },
  /** Both modes: wall and CPU time to /readyz 200 per start, medians, the load average before, and the goal (median ≤ STARTUP_GOAL_MS) met or not. */
  startup: startupRuns,
  memoryMB: {
    afterLoad: { rss: mb(bot.info.memory.rss), heapUsed: mb(bot.info.memory.heapUsed), heapTotal: mb(bot.info.memory.heapTotal) },
    afterRun: { rss: mb(botMemoryAfterRun.rss), heapUsed: mb(botMemoryAfterRun.heapUsed) },
    echoAfterStart: { rss: mb(echo.info.memory.rss), heapUsed: mb(echo.info.memory.heapUsed) },
  },
  goals: {
    ratioAtLeast: 0.5,
    /**
     * The bot's p99 event-to-reply at most this many times the echo bot's, in the same run. Until
     * 2026-12-07 the goal was an absolute 20 ms, set when the echo bot's own p99 was about 13 ms
     * (so ~1.5×); on this shared 2-CPU machine the echo bot itself then measured 21.7–99 ms in
     * every run of the day, so the absolute figure measured the machine. Timing goals are ratios
     * against a baseline measured in the same run; the absolute p99 is still printed and kept.
     */
    p99AtMostTimesEcho: 1.5,
    recordingCostBelow: 0.05,
  },
  wallSeconds: 0,
};
results.wallSeconds = Math.round((performance.now() - started) / 1000);
writeFileSync(here('./results.json'), JSON.stringify(results, null, 2) + '\n');
printTable(results);

const goals = {
  ratio: results.ratio >= results.goals.ratioAtLeast,
  p99: botRun.eventToReplyMs.p99 <= results.goals.p99AtMostTimesEcho * echoRun.eventToReplyMs.p99,
  recording: results.recording.throughputCost < results.goals.recordingCostBelow,
};
process.stdout.write(
  `goals (bot recording into the ${results.recording.store} store): throughput ratio ≥ ${results.goals.ratioAtLeast} ${goals.ratio ? 'MET' : 'MISSED'}; ` +
    `bot p99 event-to-reply ≤ ${results.goals.p99AtMostTimesEcho}× the echo bot's (${botRun.eventToReplyMs.p99} against ${echoRun.eventToReplyMs.p99} ms) ${goals.p99 ? 'MET' : 'MISSED'}; ` +
    `recording costs < ${100 * results.goals.recordingCostBelow} % of throughput ${goals.recording ? 'MET' : 'MISSED'}\n`,
);
process.stdout.write(
  `goals (start-up, median to /readyz 200 ≤ ${STARTUP_GOAL_MS} ms): ` +
    Object.values(startupRuns)
      .map((r) => `${r.mode} ${r.medianMs} ms (CPU ${r.medianCpuMs} ms) ${r.goalMet ? 'MET' : 'MISSED'}`)
      .join('; ') +
    '\n',
);
// The former absolute goal, for comparison with older runs (see goals.p99AtMostTimesEcho).
process.stdout.write(`p99 event-to-reply: bot ${botRun.eventToReplyMs.p99} ms, echo bot ${echoRun.eventToReplyMs.p99} ms (the former absolute goal: < 20 ms)\n`);
if (recorded && recorded.lost > 0) {
  process.stdout.write(`note: the recorder lost ${recorded.lost} record(s) (its writes did not keep up, or the store failed: ${recorded.lastError ?? 'no error'})\n`);
}
const failures = [...problems(botRun), ...problems(bareRun), ...problems(echoRun)];
if (failures.length) {
  process.stderr.write(`\nbench: ${failures.join('; ')}\n`);
  process.exit(1);
}

type Measured = LoadResult & { cpuMs: { target: Record<string, number>; loadAndSink: number }; cpuMsPerEvent: { target: Record<string, number>; loadAndSink: number } };

async function warmUp(label: string, port: number): Promise<void> {
  await driveLoad({ url: `http://127.0.0.1:${port}`, channelSecret: SECRET, sink, messages, connections: CONNECTIONS, label: `${label}warm`, seconds: WARMUP_SECONDS });
}

/** One measured run; with the CPU each thread of the target (and this process) spent per event. */
async function measure(label: string, port: number, pid: number, seconds: number): Promise<Measured> {
  const common = { url: `http://127.0.0.1:${port}`, channelSecret: SECRET, sink, messages, connections: CONNECTIONS };
  const [target0, self0, sink0] = [cpuSnapshot(pid), cpuSnapshot(process.pid), cpuSnapshot(sink.pid)];
  const run = await driveLoad({ ...common, label, seconds, keepSamples: true });
  const [target, self, stub] = [cpuBetween(target0, cpuSnapshot(pid)), cpuBetween(self0, cpuSnapshot(process.pid)), cpuBetween(sink0, cpuSnapshot(sink.pid))];
  const cpuMs = { target, loadAndSink: (self['total'] ?? 0) + (stub['total'] ?? 0) };
  const { samples, ...rest } = run;
  return { ...rest, samples, cpuMs, cpuMsPerEvent: perEvent(cpuMs, run.replied) } as Measured;
}

function perEvent(cpuMs: Measured['cpuMs'], replied: number): Measured['cpuMsPerEvent'] {
  const per = (ms: number) => Math.round((1000 * ms) / Math.max(1, replied)) / 1000;
  return { target: Object.fromEntries(Object.entries(cpuMs.target).map(([name, ms]) => [name, per(ms)])), loadAndSink: per(cpuMs.loadAndSink) };
}

/** The rounds of one bot as one run (pooled events, CPU summed); the raw samples are not kept in results.json. */
function pool(label: string, measured: readonly Measured[]): Measured {
  const target: Record<string, number> = {};
  for (const m of measured) for (const [name, ms] of Object.entries(m.cpuMs.target)) target[name] = (target[name] ?? 0) + ms;
  const cpuMs = { target, loadAndSink: measured.reduce((a, m) => a + m.cpuMs.loadAndSink, 0) };
  const pooled = poolRuns(label, measured);
  for (const m of measured) delete m.samples;
  return { ...pooled, cpuMs, cpuMsPerEvent: perEvent(cpuMs, pooled.replied) };
}

function problems(r: LoadResult): string[] {
  const out: string[] = [];
  const errors = r.errors.connection + r.errors.timeouts + r.errors.non2xx + r.errors.sinkRejected;
  if (errors > 0) out.push(`${r.label}: ${errors} error(s) ${JSON.stringify(r.errors)}`);
  if (r.lost > 0) out.push(`${r.label}: ${r.lost} event(s) lost (answered 200, no reply)`);
  if (r.replied === 0) out.push(`${r.label}: no events completed`);
  return out;
}

async function startChild(path: string, env: Record<string, string>, nodeFlags: readonly string[]): Promise<{ child: ChildProcess; info: Listening }> {
  const child = fork(path, [], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    // BENCH_CPU_PROF=dir writes a V8 CPU profile of each child there (for finding the hot path).
    execArgv: ['--expose-gc', ...nodeFlags, ...(process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [])],
    // stdout (the bot's JSON log lines) is written for real, to /dev/null; stderr shows problems.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const info = await new Promise<Listening>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Listening));
    child.once('exit', (code) => reject(new Error(`bench: ${path} exited with ${code} before listening`)));
  });
  return { child, info };
}

function recordingOf(child: ChildProcess): Promise<{ recorded: number; lost: number; lastError: string | null } | null> {
  return new Promise((resolve) => {
    child.once('message', (m) => {
      const stats = (m as { stats: { recorded: number; lost: number; lastError: string | null } | null }).stats;
      resolve(stats && { recorded: stats.recorded, lost: stats.lost, lastError: stats.lastError });
    });
    child.send({ kind: 'recording' });
  });
}

function memoryOf(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { memory: NodeJS.MemoryUsage }).memory));
    child.send({ kind: 'memory' });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send({ kind: 'stop' });
  });
}

/** The benchmark must not measure on the sentences the classifier is evaluated on. */
function assertNotEvaluationSentences(mix: readonly string[]): void {
  for (const file of EVALUATION_SET_FILES) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    } catch {
      continue;
    }
    const texts = new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text));
    const reused = mix.filter((m) => texts.has(m));
    if (reused.length) throw new Error(`bench/messages.ts: ${reused.length} message(s) come from ${file}: ${reused[0]}`);
  }
}

function cpuLine(x: Measured): string {
  const { total, ...threads } = x.cpuMsPerEvent.target;
  const parts = Object.entries(threads).filter(([, ms]) => ms >= 0.01).map(([name, ms]) => `${name} ${ms}`);
  return `${total ?? '?'} (${parts.join(', ')}), load+sink ${x.cpuMsPerEvent.loadAndSink}`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

function tailLine(x: Measured): string {
  return `${x.tail.events} events in ${x.tail.windows} window(s) of 100 ms, ${Math.round(100 * x.tail.busiestWindowShare)}% in the busiest`;
}

function printTable(r: typeof results): void {
  const row = (name: string, x: Measured) =>
    `${name.padEnd(10)} ${String(x.eventsPerSecond).padStart(8)} ${String(x.eventToReplyMs.p50).padStart(9)} ${String(x.eventToReplyMs.p99).padStart(9)} ${String(x.replied).padStart(8)} ${String(x.lost).padStart(5)} ${String(x.errors.connection + x.errors.timeouts + x.errors.non2xx + x.errors.sinkRejected).padStart(6)}`;
  const c = r.classificationMs as Record<string, { p50: number; p99: number }>;
  const lines = [
    '',
    `Webhook → reply, concurrency ${r.concurrency} (event done when its reply reaches the LINE API stand-in); the bot with and without`,
    `recording in turns, ${r.rounds.rounds} × ${r.rounds.seconds} s each; the echo bot ${r.seconds} s`,
    `${'target'.padEnd(10)} ${'events/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'replied'.padStart(8)} ${'lost'.padStart(5)} ${'errors'.padStart(6)}`,
    row('bot', r.bot),
    row('(no rec.)', r.botWithoutRecording),
    row('echo bot', r.echo),
    `ratio bot/echo: ${r.ratio}`,
    `recording (${r.recording.store} store): costs ${pct(r.recording.throughputCost)} of throughput (median of ${r.rounds.rounds} rounds: ${r.recording.costPerRound.map(pct).join(', ')}; pooled ${pct(r.recording.pooledThroughputCost)}); ` +
      `recorded ${r.recording.recorder?.recorded ?? '?'}, lost ${r.recording.recorder?.lost ?? '?'}`,
    `recording's CPU per event: ${r.recording.cpuCost >= 0 ? '+' : ''}${pct(r.recording.cpuCost)} (median of rounds: ${r.recording.cpuCostPerRound.map(pct).join(', ')}); ms per event by thread: ` +
      Object.entries(r.recording.cpuMsPerEventDifference)
        .filter(([, ms]) => Math.abs(ms) >= 0.005)
        .map(([name, ms]) => `${name} ${ms >= 0 ? '+' : ''}${ms}`)
        .join(', '),
    `CPU ms per event: bot ${cpuLine(r.bot)}`,
    `                  without recording ${cpuLine(r.botWithoutRecording)}`,
    `                  echo ${cpuLine(r.echo)}`,
    '',
    `classify 30 chars:    p50 ${c['chars30']?.p50} ms, p99 ${c['chars30']?.p99} ms`,
    `classify 1,000 chars: p50 ${c['chars1000']?.p50} ms, p99 ${c['chars1000']?.p99} ms`,
    ...Object.values(r.startup).map(describeStartup),
    `start-up inside the bot process: ${Object.entries(r.startupMs).map(([k, v]) => `${k} ${v}`).join(', ')} ms`,
    `memory after load: RSS ${r.memoryMB.afterLoad.rss} MB, heap ${r.memoryMB.afterLoad.heapUsed} MB (after the run: RSS ${r.memoryMB.afterRun.rss} MB)`,
    `p99 tail: bot ${tailLine(r.bot)}; echo ${tailLine(r.echo)}`,
    `${r.machine.cpus} CPU(s), load average at start ${r.machine.loadAverageAtStart.join(' ')}; Node ${r.node}, bot flags ${r.botNodeFlags.join(' ') || '(none)'}; wall time ${r.wallSeconds} s — bench/results.json`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
