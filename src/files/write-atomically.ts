import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `file` whole or not at all, for the caches in var/cache (model, dictionary, parsed data
 * files): `write` fills a temporary file beside it (unique to this process), which then replaces
 * `file` in one rename, so a reader never sees half a file and two starts writing at once cannot
 * mix. False when anything fails (the temporary file is removed); it never throws.
 */
export function writeAtomically(file: string, write: (temporary: string) => void): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    write(temporary);
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return false;
  }
}
