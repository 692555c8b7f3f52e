import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openParsedYamlCache, yamlParserVersion } from '../../src/data/parsed-yaml-cache.ts';
import { useParsedYamlCache } from '../../src/data/read-yaml-file.ts';
import { loadRuntimeData } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../../src/runtime/project-paths.ts';

/**
 * What the server loads before it is ready (issue #17, item 17): `/readyz` waits for every
 * module loaded on the way, so a library the first answer does not need belongs after ready
 * (or to the moment it is used). The server runs as `npm start` runs it, with a preload that
 * lists every module each thread loads (tests/support/module-trace.ts); the modules listed
 * before the log's "ready" line are the ones start-up paid for. Not a timing test: these
 * fail on what is loaded, however fast the machine.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRACE = fileURLToPath(new URL('../support/module-trace.ts', import.meta.url));

/** Packages no start may load before ready: the first answer to a text needs none of them. */
const NEVER_BEFORE_READY = [
  'sharp',
  'tesseract.js',
  '@tesseract.js-data/jpn',
  'chart.js',
  '@electric-sql/pglite',
  'pg',
  '@resvg/resvg-js',
  'playwright-core',
  // ~380 modules for the signature check, which is a few lines of node:crypto (webhook/line-signature.ts).
  '@line/bot-sdk',
  // Only with REDIS_URL.
  'ioredis',
];

interface Trace {
  /** Per thread id: the packages (or src/ files) it loaded before ready. */
  threads: Map<number, { packages: Set<string>; files: Set<string> }>;
  log: string;
}

function packageOf(url: string): string | null {
  const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return m ? m[1]! : null;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts the server with the module trace, reads its stdout until "ready", stops it. */
async function modulesBeforeReady(env: Record<string, string>): Promise<Trace> {
  const db = mkdtempSync(join(tmpdir(), 'startup-modules-'));
  dirs.push(db);
  const child = spawn(process.execPath, ['--import', TRACE, 'src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOST: '127.0.0.1',
      SIMULATOR_HOST: '127.0.0.1',
      PORT: '0',
      ADMIN_PORT: '0',
      LOG_LEVEL: 'info',
      EMBEDDED_DB_DIR: db,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // A fresh checkout trains the model on its first start (var/cache is empty).
    const deadline = Date.now() + 170_000;
    while (!/"msg":"ready/.test(out)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not become ready:\n${err}\n${out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    // Killed outright: what it loaded up to "ready" is already read, and a graceful stop would
    // wait (up to 3 s, with initdb's CPU) for the report store it starts opening once ready.
    child.kill('SIGKILL');
    await exited;
  }
  const before = out.slice(0, out.search(/\{[^\n]*"msg":"ready/));
  const threads: Trace['threads'] = new Map();
  for (const m of before.matchAll(/^module-loaded (\d+) (\S+)$/gm)) {
    const id = Number(m[1]);
    const t = threads.get(id) ?? { packages: new Set<string>(), files: new Set<string>() };
    threads.set(id, t);
    const pkg = packageOf(m[2]!);
    if (pkg) t.packages.add(pkg);
    else if (m[2]!.startsWith('file://')) t.files.add(fileURLToPath(m[2]!).slice(ROOT.length));
  }
  return { threads, log: before };
}

const loadedAnywhere = (trace: Trace) => new Set([...trace.threads.values()].flatMap((t) => [...t.packages]));

describe('start-up loads only what the first answer needs (module trace up to the "ready" log line)', () => {
  it('simulator mode: none of the heavy libraries, and not undici (the simulator never calls LINE)', async () => {
    const trace = await modulesBeforeReady({});
    const loaded = loadedAnywhere(trace);
    // The trace works: the server, the tokenizer and the web framework are in it.
    expect(trace.threads.get(0)?.files).toContain('src/server.ts');
    expect(loaded).toContain('kuromoji');
    expect(loaded).toContain('fastify');
    expect([...loaded].filter((p) => NEVER_BEFORE_READY.includes(p) || p === 'undici')).toEqual([]);
  }, 180_000);

  it('LINE mode: none of the heavy libraries; the dictionary is built once, on the pipeline worker, which builds no reply data', async () => {
    // The data files as parsed are in the cache (as after any earlier start): the YAML parser is not loaded either.
    const parsed = openParsedYamlCache(MODEL_CACHE_DIR, yamlParserVersion());
    useParsedYamlCache(parsed);
    loadRuntimeData({ dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: null });
    parsed.save();
    useParsedYamlCache(null);
    const trace = await modulesBeforeReady({
      LINE_CHANNEL_SECRET: 'startup-test-secret',
      LINE_CHANNEL_ACCESS_TOKEN: 'startup-test-token',
      LINE_API_BASE_URL: 'http://127.0.0.1:9',
      PIPELINE_WORKERS: '1',
    });
    expect([...loadedAnywhere(trace)].filter((p) => NEVER_BEFORE_READY.includes(p) || p === 'yaml')).toEqual([]);
    const main = trace.threads.get(0)!;
    const workers = [...trace.threads].filter(([, t]) => t.files.has('src/pipeline/pipeline-worker.ts'));
    expect(workers).toHaveLength(1);
    const [workerId, worker] = workers[0]!;
    // kuromoji's dictionary classes are loaded where a dictionary is built: once, on the worker.
    const dictionaryLoads = [...trace.log.matchAll(/^module-loaded (\d+) \S*kuromoji\/src\/dict\/DynamicDictionaries\.js$/gm)].map((m) => Number(m[1]));
    expect(dictionaryLoads).toEqual([workerId]);
    // The main thread validated the data; the worker gets it and builds no reply data.
    expect(main.files).toContain('src/runtime/knowledge.ts');
    expect(main.files).toContain('src/nlu/intents-loader.ts');
    expect([...worker.files].filter((f) => f.startsWith('src/runtime/knowledge.ts') || f.startsWith('src/content/') || f.startsWith('src/contacts/'))).toEqual([]);
  }, 180_000);
});
