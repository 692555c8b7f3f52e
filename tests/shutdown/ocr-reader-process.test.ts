import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { eventually, ocrReaders, running, threadNices } from '../support/descendant-processes.ts';
import { startServer } from './server-process.ts';

const children: ChildProcess[] = [];
const fakes: FakeLineApi[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of fakes.splice(0)) await f.close();
});

/** The real server (image reading on, as by default), once its image reader process has started (the server warms it after start-up). */
async function serverWithReader(env: Record<string, string> = {}) {
  const fake = await startFakeLineApi();
  fakes.push(fake);
  // No pipeline worker thread (PIPELINE_WORKERS=0): these tests are about the reader process, and
  // each worker loads the tokenizer and the model again (~0.4 s of CPU).
  const server = await startServer(fake, { IMAGE_READING: 'true', PIPELINE_WORKERS: '0', ...env });
  children.push(server.proc);
  expect(await eventually(() => ocrReaders(server.proc.pid!).length === 1, 90_000), server.output()).toBe(true);
  return { server, reader: ocrReaders(server.proc.pid!)[0]! };
}

// Linux only: the processes are found through /proc.
describe.runIf(existsSync('/proc/self/task'))('the image reader process and the server’s end', { timeout: 180_000 }, () => {
  it('on SIGTERM the server still exits 0, and its reader (running at nice 10) is gone with it', async () => {
    const { server, reader } = await serverWithReader();
    // Said once the reader has loaded its model.
    expect(await eventually(() => server.output().includes('"msg":"image reading: CPU priority lowered"'), 90_000), server.output()).toBe(true);
    expect(new Set(threadNices(reader))).toEqual(new Set([10]));
    server.proc.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    expect(await eventually(() => !running(reader), 5000)).toBe(true);
  });

  it('when the server is killed (SIGKILL), its reader leaves within seconds', async () => {
    // Nothing is read: the Debian engine's reader starts without loading a model (~1.5 s of CPU less).
    const { server, reader } = await serverWithReader({ OCR_ENGINE: 'tesseract-cli' });
    server.proc.kill('SIGKILL');
    await server.exited;
    expect(await eventually(() => !running(reader), 5000)).toBe(true);
  });
});
