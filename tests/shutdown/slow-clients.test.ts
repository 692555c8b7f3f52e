import type { ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { startServer } from './server-process.ts';

/**
 * Issue #17 item 2: a client that never finishes its request kept its socket for good
 * (Fastify's request and connection timeouts are 0), and three of them made SIGTERM end with
 * exit 1 after SHUTDOWN_GRACE_MS + 5 s.
 */
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of cleanups.splice(0)) await f();
});

interface Dripper {
  socket: Socket;
  /** Resolves with the milliseconds from the first byte until the server closed the socket, and what it answered. */
  closed: Promise<{ afterMs: number; answer: string }>;
}

/** A client that sends `head` then `body` one byte every `everyMs`, never reaching the end. */
function drip(url: string, part: 'body' | 'headers', everyMs = 100): Dripper {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  const started = Date.now();
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  socket.on('error', () => undefined);
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) => socket.on('close', () => resolve({ afterMs: Date.now() - started, answer })));
  const head = 'POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-line-signature: c2lnbmF0dXJl\r\nContent-Length: 100000\r\n\r\n';
  let rest = part === 'body' ? `{"destination":"U0","events":[${' '.repeat(99_000)}` : head;
  socket.on('connect', () => {
    if (part === 'body') socket.write(head);
    const timer = setInterval(() => {
      if (socket.destroyed || rest.length === 0) return clearInterval(timer);
      socket.write(rest[0]!);
      rest = rest.slice(1);
    }, everyMs);
    socket.on('close', () => clearInterval(timer));
  });
  return { socket, closed };
}

describe('clients that never finish their request', () => {
  it('do not stop SIGTERM: with three of them dripping one byte at a time, the process exits 0 within SHUTDOWN_GRACE_MS', async () => {
    const fake = await startFakeLineApi();
    cleanups.push(() => fake.close());
    const grace = 3000;
    // The request timeout is far away: here the shutdown itself must close them. No report store
    // and no image reading: on this busy machine, with them the signal was handled up to 2 s late
    // (the main thread busy after "ready") and the exit took up to 2.3 s after "shut down cleanly"
    // (reported to the lead; not the connections tested here).
    const server = await startServer(fake, {
      SHUTDOWN_GRACE_MS: String(grace),
      HTTP_REQUEST_TIMEOUT_MS: '60000',
      HTTP_HEADERS_TIMEOUT_MS: '60000',
      PIPELINE_WORKERS: '0',
      RECORDING: 'false',
      IMAGE_READING: 'false',
    });
    children.push(server.proc);
    const drippers = [drip(server.url, 'body'), drip(server.url, 'body'), drip(server.url, 'headers')];
    await new Promise((r) => setTimeout(r, 500));
    const sent = Date.now();
    server.proc.kill('SIGTERM');
    const { code } = await server.exited;
    const tookMs = Date.now() - sent;
    expect(code, server.output()).toBe(0);
    expect(tookMs).toBeLessThan(grace + 500);
    expect(server.output()).toContain('shut down cleanly');
    for (const d of drippers) expect((await d.closed).afterMs).toBeLessThan(grace + 1500);
  }, 180_000);
});

describe('the request timeouts (HTTP_REQUEST_TIMEOUT_MS, HTTP_HEADERS_TIMEOUT_MS)', () => {
  let bot: RunningApp;
  const start = async () => {
    const fake = await startFakeLineApi();
    bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(), env: { HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '1000' } });
    cleanups.push(async () => {
      await bot.close();
      await fake.close();
    });
  };

  it('cut off a client that drips its body one byte at a time (408, socket closed) within the timeout and one check interval', async () => {
    await start();
    const { closed } = drip(bot.url, 'body');
    const { afterMs, answer } = await closed;
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(3000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cut off a client that drips its headers one byte at a time', async () => {
    await start();
    const { closed } = drip(bot.url, 'headers');
    const { afterMs } = await closed;
    expect(afterMs).toBeLessThan(3000);
  });

  it('still let an ordinary request through and the bot answer', async () => {
    await start();
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
