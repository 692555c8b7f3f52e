import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/support/slow-first-sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Reading quality on the committed yardstick images (tests/yardstick/): slow (a few seconds
    // of OCR per image) and a measurement rather than a behaviour, so `npm run eval:images` runs
    // them (as .ci/run does, after npm test), not `npm test`.
    exclude: [...configDefaults.exclude, 'tests/yardstick/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs: a single file at a time on a 2-CPU
    // machine. Most test files wait on I/O part of the time (servers, worker threads, Chromium),
    // so use every CPU, and at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share their worker's modules instead of each starting afresh: the kuromoji
    // tokenizer (~0.5 s of CPU, ~330 MB), the model and the app's module graph are loaded once
    // per worker, not once per file. This halved the suite's CPU time (on tests/replies,
    // decide and webhook: 74 → 37 s). So a test must leave no global state behind: restore
    // process.env (e.g. TZ), close servers, stores and browsers in afterAll.
    isolate: false,
    // One note, before the run, on the optional services (OpenAPI spec, Chromium, Redis,
    // PostgreSQL, Tesseract) and what is skipped without them...
    globalSetup: ['tests/support/global-setup.ts'],
    // The longest files first, also on a fresh clone (see the sequencer).
    sequence: { sequencer: SlowFirstSequencer },
    // ...instead of each test file's own "skipped" line.
    onConsoleLog: (log, type) => (type === 'stderr' && /\bskip(ped|ping)\b/i.test(log) ? false : undefined),
  },
});
