import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testTempDir } from '../support/temp-dir.ts';

/** The project's real data directory. */
export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** A throw-away copy of data/ that a test may break. */
export function copyOfData(): string {
  const dir = testTempDir('contacts-data');
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a data copy with `edit`; fails the test if the edit changed nothing. */
export function editFile(dataDir: string, relPath: string, edit: (text: string) => string): void {
  const path = join(dataDir, relPath);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`test setup: edit of ${relPath} changed nothing`);
  writeFileSync(path, after);
}
