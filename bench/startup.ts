/**
 * Start-up time as an operator meets it: from starting `node <npm start's flags> src/server.ts`
 * to the first 200 from GET /readyz (the tokenizer built and the model loaded or trained), the
 * process start, module loading and data validation included. `npm run bench` reports it with
 * LINE credentials (pipeline worker); run alone for more:
 *
 *   node bench/startup.ts [--runs 5] [--mode line|simulator|both] [--cold]
 *
 * `--cold` points MODEL_CACHE_DIR at an empty directory per run (the first start after an edit
 * of intents/, or without `npm run build:model`), so the model is trained.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serverNodeFlags } from './server-node-flags.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type StartupMode = 'line' | 'simulator';

export interface StartupRun {
  /** From spawn to the first 200 from /readyz. */
  readyMs: number;
  /** From SIGTERM to exit. */
  exitMs: number;
  exitCode: number | null;
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
  try {
    while (alive && performance.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        if (res.status === 200) {
          readyMs = performance.now() - started;
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
    if (!Number.isNaN(readyMs)) return { readyMs, exitMs: performance.now() - stopping, exitCode };
  }
  throw new Error('unreachable');
}

/** Several sequential starts: each run's time to /readyz, and the median. */
export async function measureStartup(mode: StartupMode, runs: number, options: { cold?: boolean } = {}): Promise<{ mode: StartupMode; cold: boolean; readyMs: number[]; medianMs: number }> {
  const readyMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timeStartup(mode, options);
    if (run.exitCode !== 0) throw new Error(`bench/startup.ts: the server (${mode}) exited with ${run.exitCode} on SIGTERM`);
    readyMs.push(Math.round(run.readyMs));
  }
  const sorted = [...readyMs].sort((a, b) => a - b);
  return { mode, cold: options.cold === true, readyMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, mode: { type: 'string', default: 'both' }, cold: { type: 'boolean', default: false } },
  });
  const modes: StartupMode[] = values.mode === 'both' ? ['simulator', 'line'] : [values.mode as StartupMode];
  for (const mode of modes) {
    const r = await measureStartup(mode, Number(values.runs), { cold: values.cold });
    process.stdout.write(`${mode}${r.cold ? ' (cold model cache)' : ''}: /readyz 200 after ${r.readyMs.join(', ')} ms — median ${r.medianMs} ms\n`);
  }
}
