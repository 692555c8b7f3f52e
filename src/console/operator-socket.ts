import { chmodSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { SqlStore } from '../store/sql-store.ts';
import { parseOperatorCommand, runOperatorCommand, type OperatorCommand, type OperatorOutcome } from './operator-commands.ts';

/**
 * `npm run operator` while the server runs with the embedded store.
 *
 * PGlite can be open in one process only, so the command cannot open the folder the server holds.
 * Instead the server, as soon as it holds the folder (before its PostgreSQL has started), listens on a Unix socket inside it
 * (`OPERATOR_SOCKET`, mode 0600: only the server's own user, who can read the database files
 * anyway, can connect) and runs the same commands for the CLI: one JSON line in, one JSON line
 * out. Nothing else is served on it; it is not a network port. The password crosses it once, to
 * be hashed by the server exactly as the CLI would; it is never logged.
 */
export const OPERATOR_SOCKET = 'operator.sock';

const MAX_REQUEST_BYTES = 8 * 1024;

export function operatorSocketPath(embeddedDbDir: string): string {
  return join(embeddedDbDir, OPERATOR_SOCKET);
}

export interface OperatorSocket {
  close(): Promise<void>;
}

/**
 * How long a command waits for the server's store to open: the server listens as soon as it holds
 * the folder, and its PostgreSQL then takes a few seconds to start (initdb on the very first
 * start: ~5–10 s on a small server). Under the 30 s either side waits for an answer.
 */
const STORE_WAIT_MS = 25_000;

/** Listens for operator commands on `path` (removed first: only the process holding the folder's lock calls this). */
export function startOperatorSocket(path: string, store: () => SqlStore | null, onError: (message: string) => void): Promise<OperatorSocket> {
  const server: Server = createServer((socket) => {
    let buffered = '';
    let handled = false;
    socket.setEncoding('utf8');
    socket.setTimeout(30_000, () => socket.destroy());
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      if (handled) return;
      buffered += chunk;
      if (buffered.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      handled = true;
      void answer(buffered.slice(0, end)).then((outcome) => socket.end(`${JSON.stringify(outcome)}\n`));
    });
  });
  const answer = async (line: string): Promise<OperatorOutcome | { code: 2; out: ''; err: string }> => {
    let cmd: OperatorCommand | null = null;
    try {
      cmd = parseOperatorCommand(JSON.parse(line));
    } catch {
      cmd = null;
    }
    if (!cmd) return { code: 2, out: '', err: 'コマンドの形が正しくありません。\n' };
    let open = store();
    for (const until = Date.now() + STORE_WAIT_MS; !open && Date.now() < until; open = store()) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!open) return { code: 2, out: '', err: 'サーバーのデータベースがまだ開いていません。数秒後にもう一度実行してください。\n' };
    try {
      return await runOperatorCommand(open, cmd);
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
      return { code: 2, out: '', err: 'サーバーでの処理に失敗しました。サーバーのログを確かめてください。\n' };
    }
  };
  try {
    unlinkSync(path);
  } catch {
    /* none left over */
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      server.on('error', (err) => onError(err.message));
      chmodSync(path, 0o600);
      server.unref();
      resolve({
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            try {
              unlinkSync(path);
            } catch {
              /* already gone */
            }
          }),
      });
    });
  });
}

/** Sends a command to the running server; null when no server listens there (no socket, or a stale one). */
export function askOperatorSocket(path: string, cmd: OperatorCommand, timeoutMs = 30_000): Promise<{ code: number; out: string; err: string } | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let buffered = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error('サーバーから返事がありませんでした。'));
    });
    socket.on('connect', () => socket.write(`${JSON.stringify(cmd)}\n`));
    socket.on('data', (chunk: string) => (buffered += chunk));
    socket.on('end', () => {
      try {
        const v = JSON.parse(buffered) as { code: number; out: string; err: string };
        resolve({ code: Number(v.code), out: String(v.out ?? ''), err: String(v.err ?? '') });
      } catch {
        reject(new Error('サーバーからの返事が読めませんでした。'));
      }
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') resolve(null);
      else reject(err);
    });
  });
}
