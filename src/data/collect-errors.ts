import { DataFileError } from './data-file-error.ts';

/**
 * For validators that check several files and report every broken one: returns `attempt`,
 * which runs a loader, pushes a {@link DataFileError} onto `errors` (returning undefined)
 * and rethrows anything else.
 */
export function collectDataFileErrors(errors: DataFileError[]): <T>(load: () => T) => T | undefined {
  return (load) => {
    try {
      return load();
    } catch (err) {
      if (err instanceof DataFileError) {
        errors.push(err);
        return undefined;
      }
      throw err;
    }
  };
}
