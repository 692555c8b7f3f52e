import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateLabelled, readLabelledSet, type LabelledResult } from '../../src/nlu/evaluation.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { testClassifier } from '../support/test-runtime.ts';

/**
 * The dev set (copied from shared/eval) is a yardstick, never training data. CI fails when
 * accuracy drops below 0.97 or a pasted My Number is missed or falsely raised.
 */
const devSet = readLabelledSet(join(PROJECT_ROOT, 'tests', 'fixtures', 'dev.jsonl'));
let result: LabelledResult;

beforeAll(async () => {
  result = evaluateLabelled(await testClassifier(), devSet);
});

describe('dev set', () => {
  it('is classified with accuracy of at least 0.97', () => {
    const report = result.errors.map((e) => `${e.id}: expected ${e.expected.join('|')}, got ${e.predicted}`).join('\n');
    expect(result.accuracy, report).toBeGreaterThanOrEqual(0.97);
  });

  it('raises contains_my_number on every pasted My Number and on nothing else', () => {
    expect(result.myNumberMissed).toEqual([]);
    expect(result.myNumberFalseAlarms).toEqual([]);
  });

  it('misses no urgent case', () => {
    expect(result.urgentMissed).toEqual([]);
  });
});
