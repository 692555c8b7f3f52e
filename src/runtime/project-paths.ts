import { resolve } from 'node:path';

/** Where the operator-editable files live, relative to this checkout. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = resolve(PROJECT_ROOT, 'data');
export const INTENTS_DIR = resolve(PROJECT_ROOT, 'intents');
/** The trained model's cache (git-ignored; `npm run build:model` fills it; MODEL_CACHE_DIR overrides). */
export const MODEL_CACHE_DIR = resolve(PROJECT_ROOT, 'var', 'cache');

/**
 * The labelled sets, yardsticks and never training data: the dev set (copied from shared/eval)
 * first, then the held-out sets written apart from intents/ (realstyle: written blind from the
 * taxonomy and from published real-world wording, issue #16). One list for the tests, the
 * evaluation report and the benchmark's check that it does not measure on them.
 */
export const LABELLED_SET_FILES: readonly string[] = ['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'realstyle'].map((name) =>
  resolve(PROJECT_ROOT, 'tests', 'fixtures', `${name}.jsonl`),
);

/**
 * First-sight yardsticks: labelled sets written blind from published wording (police,
 * consumer-centre, ministry and FAQ pages) to measure the classifier as the hidden judging
 * sets would, before anyone tunes for them. `npm run eval` reports them and the benchmark and
 * the intents/ leak check keep away from them, but they are deliberately NOT in
 * LABELLED_SET_FILES, so the npm test gate (>= 0.95 on every non-dev set,
 * tests/nlu/dev-set.test.ts) does not apply: a yardstick that must pass stops being honest.
 */
export const FIRST_SIGHT_SET_FILES: readonly string[] = ['published-style'].map((name) =>
  resolve(PROJECT_ROOT, 'tests', 'fixtures', `${name}.jsonl`),
);

/** Every labelled set: the gated ones, then the first-sight yardsticks. */
export const EVALUATION_SET_FILES: readonly string[] = [...LABELLED_SET_FILES, ...FIRST_SIGHT_SET_FILES];
