/**
 * Start-up time as an operator meets it: from starting `node <npm start's flags> src/server.ts`
 * (with npm start's compile cache, as scripts/node.sh sets it) to the first 200 from GET
 * /readyz (the tokenizer built and the model loaded or trained), the process start, module
 * loading and data validation included. Besides the wall time, the CPU time the process
 * (every thread) had used by then: on a shared machine the wall time mostly measures the
 * neighbours, the CPU time what start-up costs. `npm run bench` reports both modes against
 * the goal (STARTUP_GOAL_MS, median wall time); run alone for more:
 *
 *   node bench/startup.ts [--runs 5] [--mode line|simulator|both] [--cold]
 *
 * `--cold` points MODEL_CACHE_DIR at an empty directory per run (the first start after an edit
 * of intents/, or without `npm run build:model`), so the dictionary is inflated and the model
 * trained.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serverNodeFlags } from './server-node-flags.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type StartupMode = 'line' | 'simulator';

/** The goal (issue #17): /readyz 200 within 2 s of the start, median of the runs, on the project's 2-CPU machine. */
export const STARTUP_GOAL_MS = 2000;

export interface StartupRun {
  /** From spawn to the first 200 from /readyz. */
  readyMs: number;
  /** CPU (user + system, all threads) the server process had used at that moment; NaN off Linux. */
  cpuMs: number;
  /** From SIGTERM to exit. */
  exitMs: number;
  exitCode: number | null;
}

/** CPU milliseconds (user + system) a process has used, from /proc (Linux; NaN elsewhere). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s
  } catch {
    return NaN;
  }
}

/** A free loopback port (taken by the OS, then released for the server). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts the server once, times it to /readyz 200, stops it with SIGTERM. */
export async function timeStartup(mode: StartupMode, options: { cold?: boolean; timeoutMs?: number } = {}): Promise<StartupRun> {
  const port = await freePort();
  const adminPort = await freePort();
  const cacheDir = options.cold ? mkdtempSync(join(tmpdir(), 'startup-cold-')) : null;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    SIMULATOR_HOST: '127.0.0.1',
    ADMIN_PORT: String(adminPort),
    LOG_LEVEL: 'warn',
    // As `npm start` (scripts/node.sh): compiled modules are reused from var/cache/node-compile.
    NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] ?? join(ROOT, 'var', 'cache', 'node-compile'),
    ...(cacheDir ? { MODEL_CACHE_DIR: cacheDir } : {}),
    ...(mode === 'line'
      ? { LINE_CHANNEL_SECRET: 'startup-bench-secret', LINE_CHANNEL_ACCESS_TOKEN: 'startup-bench-token', LINE_API_BASE_URL: 'http://127.0.0.1:9' }
      : {}),
  };
  const started = performance.now();
  const child = spawn(process.execPath, [...serverNodeFlags(), 'src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));
  const deadline = started + (options.timeoutMs ?? 60_000);
  let readyMs = NaN;
  let cpuMs = NaN;
  try {
    while (alive && performance.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.status === 200) {
          readyMs = performance.now() - started;
          cpuMs = processCpuMs(child.pid!);
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    if (Number.isNaN(readyMs)) throw new Error(`bench/startup.ts: the server (${mode}) was not ready within ${options.timeoutMs ?? 60_000} ms${alive ? '' : ' (it exited)'}`);
  } finally {
    const stopping = performance.now();
    child.kill('SIGTERM');
    const exitCode = await exited;
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    if (!Number.isNaN(readyMs)) return { readyMs, cpuMs, exitMs: performance.now() - stopping, exitCode };
  }
  throw new Error('unreachable');
}

export interface StartupMeasurement {
  mode: StartupMode;
  cold: boolean;
  readyMs: number[];
  medianMs: number;
  cpuMs: number[];
  medianCpuMs: number;
  /** The 1-minute load average before the first start (how busy the machine was). */
  loadAverage: number;
  /** Median wall time within STARTUP_GOAL_MS. */
  goalMet: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Several sequential starts: each run's time to /readyz and CPU used, the medians, and the goal met or not. */
export async function measureStartup(mode: StartupMode, runs: number, options: { cold?: boolean } = {}): Promise<StartupMeasurement> {
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10;
  const readyMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timeStartup(mode, options);
    if (run.exitCode !== 0) throw new Error(`bench/startup.ts: the server (${mode}) exited with ${run.exitCode} on SIGTERM`);
    readyMs.push(Math.round(run.readyMs));
    cpuMs.push(Math.round(run.cpuMs));
  }
  const medianMs = median(readyMs);
  return { mode, cold: options.cold === true, readyMs, medianMs, cpuMs, medianCpuMs: median(cpuMs), loadAverage, goalMet: medianMs <= STARTUP_GOAL_MS };
}

/** One line for a measurement: the runs, the medians, the goal met or missed. */
export function describeStartup(r: StartupMeasurement): string {
  return (
    `start-up, ${r.mode} mode${r.cold ? ' (empty model and dictionary cache)' : ''}: /readyz 200 after ${r.readyMs.join(', ')} ms — median ${r.medianMs} ms, ` +
    `CPU ${r.cpuMs.join(', ')} ms (median ${r.medianCpuMs}); load average ${r.loadAverage} — goal ≤ ${STARTUP_GOAL_MS} ms ${r.goalMet ? 'MET' : 'MISSED'}` +
    (!r.goalMet && r.medianCpuMs <= STARTUP_GOAL_MS ? ' (the CPU needed is within it: the machine was busy)' : '')
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, mode: { type: 'string', default: 'both' }, cold: { type: 'boolean', default: false } },
  });
  const modes: StartupMode[] = values.mode === 'both' ? ['simulator', 'line'] : [values.mode as StartupMode];
  for (const mode of modes) {
    const r = await measureStartup(mode, Number(values.runs), { cold: values.cold });
    process.stdout.write(`${describeStartup(r)}\n`);
  }
}
