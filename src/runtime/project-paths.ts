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
