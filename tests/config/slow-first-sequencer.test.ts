import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import SlowFirstSequencer from '../support/slow-first-sequencer.ts';

const ROOT = '/repo';
const spec = (path: string) => ({ moduleId: `${ROOT}/${path}`, project: { config: { root: ROOT } } }) as unknown as TestSpecification;
const sequencer = (record: Record<string, { failed: boolean; duration: number }>) =>
  new SlowFirstSequencer({ cache: { getTestSpecificationResult: (s: TestSpecification) => record[s.moduleId.slice(ROOT.length + 1)] } } as unknown as Vitest);

describe('test files run longest first, also on a fresh clone', () => {
  it('without a record of a last run, orders by the saved durations: store-slot (short file, long run) before a quick file; a new file, of unknown length, first', async () => {
    const files = ['tests/architecture/layers.test.ts', 'tests/new-file.test.ts', 'tests/store/store-slot.test.ts', 'tests/cli/operator-cli.test.ts'].map(spec);
    const order = (await sequencer({}).sort(files)).map((s) => s.moduleId.slice(ROOT.length + 1));
    expect(order).toEqual(['tests/new-file.test.ts', 'tests/cli/operator-cli.test.ts', 'tests/store/store-slot.test.ts', 'tests/architecture/layers.test.ts']);
  });

  it('a file that failed in the last run comes first', async () => {
    const files = ['tests/cli/operator-cli.test.ts', 'tests/architecture/layers.test.ts', 'tests/new-file.test.ts'].map(spec);
    const order = (await sequencer({ 'tests/architecture/layers.test.ts': { failed: true, duration: 50 } }).sort(files)).map((s) => s.moduleId.slice(ROOT.length + 1));
    expect(order[0]).toBe('tests/architecture/layers.test.ts');
  });
});
