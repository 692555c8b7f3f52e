/**
 * Writes tests/support/file-durations.json: how long each test file took, from Vitest's own
 * record of the last run on this machine (node_modules/.vite/vitest/…/results.json), or from a
 * saved `npm test` output given as the argument (e.g. the log of .ci/run on a fresh clone).
 * The test sequencer (tests/support/slow-first-sequencer.ts) starts the longest files first
 * with these figures when Vitest has no record of its own (a fresh clone, as in CI).
 *
 *   sh scripts/node.sh scripts/test-durations.ts [ci-log]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';

const OUT = join(PROJECT_ROOT, 'tests', 'support', 'file-durations.json');

function fromLog(path: string): Record<string, number> {
  const seconds: Record<string, number> = {};
  // A reporter line: " ✓ tests/x/y.test.ts (12 tests) 3456ms", colours stripped.
  for (const line of readFileSync(path, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = /^ [✓❯×] (tests\/\S+\.test\.ts) .* (\d+)ms$/.exec(line);
    if (m) seconds[m[1]!] = Math.round(Number(m[2]) / 100) / 10;
  }
  return seconds;
}

function fromVitestCache(): Record<string, number> {
  const root = join(PROJECT_ROOT, 'node_modules', '.vite', 'vitest');
  const seconds: Record<string, number> = {};
  if (!existsSync(root)) return seconds;
  for (const dir of readdirSync(root)) {
    const file = join(root, dir, 'results.json');
    if (!existsSync(file)) continue;
    const results = JSON.parse(readFileSync(file, 'utf8')) as { projects?: Record<string, { files?: Record<string, { duration?: number }> }> };
    for (const project of Object.values(results.projects ?? {})) {
      for (const [name, r] of Object.entries(project.files ?? {})) {
        const rel = name.startsWith('/') ? relative(PROJECT_ROOT, name) : name;
        if (typeof r.duration === 'number' && existsSync(join(PROJECT_ROOT, rel))) seconds[rel] = Math.round(r.duration / 100) / 10;
      }
    }
  }
  return seconds;
}

const source = process.argv[2];
const seconds = source ? fromLog(source) : fromVitestCache();
if (Object.keys(seconds).length === 0) {
  process.stderr.write(source ? `no test file lines in ${source}\n` : 'Vitest has no record of a run yet: run npm test first\n');
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(OUT, `${JSON.stringify({ measuredOn: new Date().toISOString().slice(0, 10), from: source ? 'a saved npm test log' : "Vitest's record of the last run", seconds: sorted }, null, 2)}\n`);
process.stdout.write(`${Object.keys(sorted).length} files → ${relative(PROJECT_ROOT, OUT)}\n`);
