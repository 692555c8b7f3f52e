import { join, resolve } from 'node:path';
import { DataFileError } from '../data/data-file-error.ts';
import { loadLexicon } from './lexicon.ts';
import { loadSignals } from './signals.ts';
import { loadIntents } from './intents-loader.ts';

/**
 * Validates the classifier's files: `data/lexicon.yaml`, `data/signals.yaml` and every
 * `intents/*.yaml` (the `intents/` folder beside the data folder). One error per broken file.
 */
export function checkNluData(dataDir: string, intentsDir = resolve(dataDir, '..', 'intents')): DataFileError[] {
  const errors: DataFileError[] = [];
  for (const load of [
    () => loadLexicon(join(dataDir, 'lexicon.yaml')),
    () => loadSignals(join(dataDir, 'signals.yaml')),
    () => loadIntents(intentsDir),
  ]) {
    try {
      load();
    } catch (err) {
      if (!(err instanceof DataFileError)) throw err;
      errors.push(err);
    }
  }
  return errors;
}
