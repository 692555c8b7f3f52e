import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the longest test files first, so that the two workers end together instead of one
 * running a long file alone at the end. Vitest does this by itself from its record of the last
 * run on the machine; on a fresh clone (CI) it has none and falls back to the largest files
 * first, and a short file can be long to run (store-slot.test.ts: 2 KB, 6 s, last and alone).
 * Without Vitest's record, the figures in file-durations.json are used (updated with
 * scripts/test-durations.ts); a file in neither comes after the known ones. Failed files of the
 * last run still come first, as with Vitest's own order.
 */
const SAVED = JSON.parse(readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8')) as { seconds: Record<string, number> };

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const last = new Map(files.map((spec) => [spec, cache.getTestSpecificationResult(spec)]));
    if (files.every((spec) => last.get(spec))) return super.sort(files);
    const seconds = (spec: TestSpecification) => SAVED.seconds[relative(spec.project.config.root, spec.moduleId).split('\\').join('/')] ?? -1;
    const failed = (spec: TestSpecification) => (last.get(spec)?.failed ? 1 : 0);
    return [...files].sort((a, b) => failed(b) - failed(a) || seconds(b) - seconds(a));
  }
}
