import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeLineApi } from '../support/fake-line-api.ts';
import { TEST_ACCESS_TOKEN, TEST_CHANNEL_SECRET } from '../support/signed-webhook.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Child {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node src/server.ts` as production runs it, pointed at the fake LINE API; resolves once it logged "ready". */
export async function startServer(fake: FakeLineApi, env: Record<string, string> = {}): Promise<Child> {
  const proc = spawn(process.execPath, ['src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '', ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
      LINE_CHANNEL_SECRET: TEST_CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: TEST_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.baseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'debug',
      // No report store or console: these tests are about the webhook's sockets and shutdown, and
      // the store (var/db in the checkout) and the console's port 3001 are one per machine.
      RECORDING: 'false',
      OPERATOR_CONSOLE: 'false',
      // Nor the image reader, which the server starts at ready (a process of its own loading the
      // OCR model: ~2 s of CPU per server here); ocr-reader-process.test.ts turns it on.
      IMAGE_READING: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 120_000;
  while (!/"msg":"ready/.test(out)) {
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`server did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
  if (!port) throw new Error(`no listening address in the log:\n${out}`);
  return { proc, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

