import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs: a single file at a time on a 2-CPU
    // machine. Most test files wait on I/O part of the time (servers, worker threads, Chromium),
    // so use every CPU, and at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    // One note, before the run, on the optional services (OpenAPI spec, Chromium, Redis,
    // PostgreSQL, Tesseract) and what is skipped without them...
    globalSetup: ['tests/support/global-setup.ts'],
    // ...instead of each test file's own "skipped" line.
    onConsoleLog: (log, type) => (type === 'stderr' && /\bskip(ped|ping)\b/i.test(log) ? false : undefined),
  },
});
