/**
 * `npm run check-data [-- --data-dir <dir>]`: validates the operator-editable data files
 * (data/ and the intents/ folder beside it).
 * Prints "data OK" (exit 0) or every error with file, field and problem (exit 1).
 * Add a validator by appending to VALIDATORS: a function (dataDir) → DataFileError[].
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContactData } from '../contacts/check-contact-data.ts';
import { checkNluData } from '../nlu/check-nlu-data.ts';
import { checkCheckData } from '../checks/load-check-data.ts';
import { checkReplyData } from './check-reply-data.ts';
import { checkScreenChromeData } from '../images/screen-chrome.ts';
import type { DataFileError } from '../data/data-file-error.ts';

/** One data validator: returns the broken files' errors, empty when fine. */
export type DataValidator = (dataDir: string) => DataFileError[];

/** The validators run by `check-data`, in order. */
export const VALIDATORS: readonly DataValidator[] = [checkContactData, (dataDir) => checkNluData(dataDir), checkReplyData, checkCheckData, checkScreenChromeData];

/** Runs every validator on `dataDir` and collects their errors. */
export function checkAllData(dataDir: string, validators: readonly DataValidator[] = VALIDATORS): DataFileError[] {
  return validators.flatMap((validate) => validate(dataDir));
}

function main(argv: readonly string[]): void {
  let dataDir = fileURLToPath(new URL('../../data', import.meta.url));
  try {
    const { values } = parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' } }, strict: true });
    dataDir = values['data-dir'] ?? dataDir;
  } catch (err) {
    process.stderr.write(`check-data: ${(err as Error).message}\nusage: check-data [--data-dir <dir>]\n`);
    process.exit(2);
  }
  const errors = checkAllData(dataDir);
  if (errors.length === 0) {
    process.stdout.write('data OK\n');
    return;
  }
  for (const e of errors) process.stderr.write(`${e.message}\n`);
  process.stderr.write(`誤りのあるデータファイル: ${errors.length}\n`);
  process.exit(1);
}

if (import.meta.main) main(process.argv.slice(2));
