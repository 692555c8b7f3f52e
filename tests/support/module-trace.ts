/**
 * Preload for start-up tests (`node --import ./tests/support/module-trace.ts src/server.ts`):
 * writes one line `module-loaded <thread id> <url>` to stdout for every module any thread of
 * the process loads (worker threads run the preload too). The writes are synchronous on fd 1,
 * as the server's log lines are, so the lines before the log's "ready" line are exactly the
 * modules loaded before the server was ready.
 */
import { registerHooks } from 'node:module';
import { writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** All of `line` to fd 1, waiting while the pipe is full (fd 1 may be non-blocking: EAGAIN under load). */
function writeLine(line: string): void {
  const bytes = Buffer.from(line);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    writeLine(`module-loaded ${threadId} ${url}\n`);
    return result;
  },
});
