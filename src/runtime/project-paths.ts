import { resolve } from 'node:path';

/** Where the operator-editable files live, relative to this checkout. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = resolve(PROJECT_ROOT, 'data');
export const INTENTS_DIR = resolve(PROJECT_ROOT, 'intents');
