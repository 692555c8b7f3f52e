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

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    writeSync(1, `module-loaded ${threadId} ${url}\n`);
    return result;
  },
});
