import { join, resolve } from 'node:path';
import type { DataFileError } from '../data/data-file-error.ts';
import { collectDataFileErrors } from '../data/collect-errors.ts';
import { loadLexicon } from './lexicon.ts';
import { loadSignals } from './signals.ts';
import { loadIntents } from './intents-loader.ts';

/**
 * Validates the classifier's files: `data/lexicon.yaml`, `data/signals.yaml` and every
 * `intents/*.yaml` (the `intents/` folder beside the data folder). One error per broken file.
 */
export function checkNluData(dataDir: string, intentsDir = resolve(dataDir, '..', 'intents')): DataFileError[] {
  const errors: DataFileError[] = [];
  const attempt = collectDataFileErrors(errors);
  attempt(() => loadLexicon(join(dataDir, 'lexicon.yaml')));
  attempt(() => loadSignals(join(dataDir, 'signals.yaml')));
  attempt(() => loadIntents(intentsDir));
  return errors;
}
