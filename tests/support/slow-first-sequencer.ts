import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the longest test files first, so that the two workers end together instead of one
 * running a long file alone at the end. Vitest does this by itself from its record of the last
 * run on the machine; on a fresh clone (CI) it has none and falls back to the largest files
 * first, and a short file can be long to run (store-slot.test.ts: 2 KB, 6 s, last and alone).
 * Without Vitest's record, the figures in file-durations.json are used (updated with
 * scripts/test-durations.ts). A file in neither (a new one) starts first: its length is not
 * known, and started early it cannot end last and alone (in one run three new files, 30 s in all,
 * ran at the end). Failed files of the last run still come first, as with Vitest's own order.
 */
const SAVED = JSON.parse(readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8')) as { seconds: Record<string, number> };

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const last = new Map(files.map((spec) => [spec, cache.getTestSpecificationResult(spec)]));
    if (files.every((spec) => last.get(spec))) return super.sort(files);
    const seconds = (spec: TestSpecification) => SAVED.seconds[relative(spec.project.config.root, spec.moduleId).split('\\').join('/')] ?? Number.POSITIVE_INFINITY;
    const failed = (spec: TestSpecification) => (last.get(spec)?.failed ? 1 : 0);
    const longer = (a: TestSpecification, b: TestSpecification) => (seconds(a) === seconds(b) ? 0 : seconds(a) > seconds(b) ? -1 : 1);
    return [...files].sort((a, b) => failed(b) - failed(a) || longer(a, b));
  }
}
