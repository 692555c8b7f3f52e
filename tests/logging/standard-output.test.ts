import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOG_FLUSH_MS } from '../../src/logger.ts';

const LOGGER = fileURLToPath(new URL('../../src/logger.ts', import.meta.url));

/** Runs `script` (with `createLogger` in scope) in a Node process of its own; each stdout chunk with the time it arrived. */
function run(script: string): Promise<{ chunks: { at: number; text: string }[]; code: number | null; started: number }> {
  const program = `import { createLogger } from ${JSON.stringify(LOGGER)};\n${script}`;
  // stderr is read and dropped: the crash case prints its stack there.
  const child = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.resume();
  const started = performance.now();
  const chunks: { at: number; text: string }[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push({ at: performance.now(), text: c.toString('utf8') }));
  return new Promise((resolve) => child.on('close', (code) => resolve({ chunks, code, started })));
}

const lines = (chunks: { text: string }[]) =>
  chunks
    .map((c) => c.text)
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { msg: string; n?: number });

describe("the server's log on standard output (written in batches)", () => {
  it('keeps every line, in order, when the process exits at once after logging (process.exit and a crash)', async () => {
    for (const ending of ['process.exit(3)', "throw new Error('boom')"]) {
      const { chunks, code } = await run(`const log = createLogger('info'); for (let n = 0; n < 500; n++) log.info({ n }, 'line'); ${ending};`);
      expect(code).not.toBe(0);
      const got = lines(chunks);
      expect(got.map((l) => l.n)).toEqual(Array.from({ length: 500 }, (_, n) => n));
    }
  });

  it('keeps a batch written just before exit when the thread pool is busy (the server exits right after its last line)', async () => {
    // Four slow hashes hold all four of libuv's pool threads, where an asynchronous write would wait.
    const { chunks, code } = await run(
      `import { pbkdf2 } from 'node:crypto';
       const log = createLogger('info');
       for (let i = 0; i < 4; i++) pbkdf2('x', 'y', 1_000_000, 32, 'sha256', () => {});
       log.info('reply sent');
       setTimeout(() => { log.info('shut down cleanly'); process.exit(0); }, ${LOG_FLUSH_MS} + 100);`,
    );
    expect(code).toBe(0);
    expect(lines(chunks).map((l) => l.msg)).toEqual(['reply sent', 'shut down cleanly']);
  });

  it('writes a lone line on an idle server within about LOG_FLUSH_MS, without waiting for more lines or for exit', async () => {
    const { chunks } = await run(`const log = createLogger('info'); setTimeout(() => log.info('alone'), 300); setTimeout(() => log.info('last'), 1800);`);
    const alone = chunks.find((c) => c.text.includes('"msg":"alone"'));
    const last = chunks.find((c) => c.text.includes('"msg":"last"'));
    expect(alone).toBeDefined();
    // It arrived long before the next line was even written (1.5 s later), i.e. not held until exit.
    expect(last!.at - alone!.at).toBeGreaterThan(1500 - 10 * LOG_FLUSH_MS);
    expect(lines(chunks).map((l) => l.msg)).toEqual(['alone', 'last']);
  });
});
