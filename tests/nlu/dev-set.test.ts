import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateLabelled, readLabelledSet, type LabelledResult } from '../../src/nlu/evaluation.ts';
import { LABELLED_SET_FILES } from '../../src/runtime/project-paths.ts';
import { testClassifier } from '../support/test-runtime.ts';

/**
 * Labelled sets are yardsticks, never training data: the dev set (copied from shared/eval)
 * and the held-out sets written apart from intents/ (realstyle.jsonl in real residents' and
 * scammers' registers). CI fails when dev-set accuracy drops below 0.97, any other set's below
 * 0.95 (issue #16: no labelled set below 0.95), the right answer is not among the three best
 * (the chips a resident can tap) for more than 3 %, 3 % or more of answers are wrong with
 * confidence >= 0.9, or a pasted My Number is missed or falsely raised.
 * The first-sight yardsticks (FIRST_SIGHT_SET_FILES, e.g. published-style.jsonl) are not gated
 * here on purpose: `npm run eval` reports them as measured, not as a bar to pass.
 */
const sets = LABELLED_SET_FILES.map((file) => ({ name: basename(file), file, minAccuracy: basename(file) === 'dev.jsonl' ? 0.97 : 0.95 }));

describe.each(sets)('$name', ({ file, minAccuracy }) => {
  const set = readLabelledSet(file);
  let result: LabelledResult;

  beforeAll(async () => {
    result = evaluateLabelled(await testClassifier(), set);
  });

  it(`is classified with accuracy of at least ${minAccuracy}`, () => {
    const report = result.errors.map((e) => `${e.id}: expected ${e.expected.join('|')}, got ${e.predicted}`).join('\n');
    expect(result.accuracy, report).toBeGreaterThanOrEqual(minAccuracy);
  });

  it('has the right answer among the three best for at least 97 % (the runner-up chips)', () => {
    expect(result.top3Accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('is wrong with confidence >= 0.9 on fewer than 3 % of messages', () => {
    const confident = result.errors.filter((e) => e.confidence >= 0.9).map((e) => `${e.id}: ${e.predicted} (${e.confidence.toFixed(2)})`);
    expect(result.confidentErrorRate, confident.join('\n')).toBeLessThan(0.03);
  });

  it('raises contains_my_number on every pasted My Number and on nothing else', () => {
    expect(result.myNumberMissed).toEqual([]);
    expect(result.myNumberFalseAlarms).toEqual([]);
  });

  it('misses no urgent case', () => {
    expect(result.urgentMissed).toEqual([]);
  });
});
