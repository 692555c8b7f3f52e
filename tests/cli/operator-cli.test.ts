import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCK_FILE, openEmbeddedStore } from '../../src/store/embedded-store.ts';
import { testPgliteTemplate } from '../support/pglite-template.ts';
import { migrate } from '../../src/store/migrations.ts';
import { listOperators } from '../../src/console/operators.ts';
import { operatorSocketPath, startOperatorSocket, type OperatorSocket } from '../../src/console/operator-socket.ts';
import type { SqlStore } from '../../src/store/sql-store.ts';
import { createTestStore, STORE_KINDS } from '../support/test-store.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli/operator.ts');

function run(args: string[], env: Record<string, string>, input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, env: { PATH: process.env['PATH'] ?? '', ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}), ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.each(STORE_KINDS)('npm run operator (%s)', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'operator-cli-'));
  let env: Record<string, string> = { EMBEDDED_DB_DIR: dir };
  let drop = async () => undefined as void;
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds (password from standard input), lists and removes accounts', async () => {
    // The folder starts as a saved fresh database (no initdb in the command's first run: ~5 s).
    if (kind === 'embedded') await (await openEmbeddedStore(dir, { template: testPgliteTemplate() })).close();
    if (kind === 'postgres') {
      const t = await createTestStore('postgres', { migrate: false });
      await t.store.close();
      env = { DATABASE_URL: t.url! };
      drop = t.drop;
    }
    expect(run(['add', 'tanaka', '--role', 'editor'], env, 'correct horse battery staple\n')).toMatchObject({ code: 0, out: 'アカウント「tanaka」（editor）を追加しました。\n' });
    // (A name taken twice is refused with exit 1 by the same runOperatorCommand: the socket test below runs it through the command.)
    // Refused before any store is opened: checked once, not once per kind of store.
    if (kind === STORE_KINDS[0]) {
      expect(run(['add', 'sato', '--role', 'viewer'], env, 'short\n')).toMatchObject({ code: 1, err: 'パスワードは12文字以上にしてください。\n' });
      expect(run(['add', 'sato', '--role', 'owner'], env, 'another long password\n').code).toBe(2);
    }
    expect(run(['list'], env)).toMatchObject({ code: 0, out: 'tanaka\teditor\n' });
    // Each run that opens the embedded store boots its PostgreSQL (~2-4 s): remove runs through the
    // command on PostgreSQL here and, for the embedded store, through the server's socket below.
    if (kind === 'postgres') expect(run(['remove', 'tanaka'], env)).toMatchObject({ code: 0, out: 'アカウント「tanaka」を削除しました。\n' });
  }, 180_000); // each run of the command opens the store (the embedded one takes a few seconds)
});

describe('npm run operator while the server holds the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operator-cli-busy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says so in Japanese, changes nothing and exits 2', () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE), String(holder.pid));
      const r = run(['list'], { EMBEDDED_DB_DIR: dir });
      expect(r.code).toBe(2);
      expect(r.err).toContain('使用中');
      expect(r.err).toContain('サーバーを止めてから');
    } finally {
      holder.kill();
    }
  });
});

describe('npm run operator while the server holds the embedded store and listens on its operator socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operator-cli-socket-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the server runs add, list and remove for the command, with the same answers; the socket is for its own user only', async () => {
    // This test process plays the server, as src/server.ts does: it holds the folder (lock with
    // its PID) and listens at once, before its PostgreSQL has started; a command sent meanwhile
    // waits for the store.
    let store: SqlStore | null = null;
    let socket: OperatorSocket | null = null;
    const path = operatorSocketPath(dir);
    const opening = openEmbeddedStore(dir, {
      template: testPgliteTemplate(),
      onLocked: () => void startOperatorSocket(path, () => store, () => undefined).then((s) => (socket = s)),
    });
    const env = { EMBEDDED_DB_DIR: dir };
    // spawnSync would block this process's event loop, which serves the socket: run the command asynchronously.
    const runAsync = (args: string[], input = '') =>
      new Promise<{ code: number | null; out: string; err: string }>((done) => {
        const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}), ...env } });
        let out = '';
        let err = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
        child.on('close', (code) => done({ code, out, err }));
        child.stdin.end(input);
      });
    try {
      while (!socket) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      // Sent while the store is still starting: answered once it is open.
      const first = runAsync(['add', 'yamada', '--role', 'admin'], 'correct horse battery staple\n');
      const opened = await opening;
      await migrate(opened);
      store = opened;
      expect(await first).toMatchObject({ code: 0, out: 'アカウント「yamada」（admin）を追加しました。\n' });
      expect((await listOperators(store)).map((o) => `${o.name}:${o.role}`)).toEqual(['yamada:admin']);
      expect(await runAsync(['add', 'yamada', '--role', 'viewer'], 'another long password\n')).toMatchObject({ code: 1, err: 'アカウント「yamada」はもうあります。\n' });
      expect(await runAsync(['list'])).toMatchObject({ code: 0, out: 'yamada\tadmin\n' });
      expect(await runAsync(['remove', 'yamada'])).toMatchObject({ code: 0, out: 'アカウント「yamada」を削除しました。\n' });
      expect(await listOperators(store)).toEqual([]);
    } finally {
      await (socket as OperatorSocket | null)?.close();
      await (await opening).close();
    }
  }, 120_000);
});
