import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away folder for a test. Under `npm test` it lies in the run's own folder
 * (TEST_TMP_ROOT, made by the global setup and removed with everything in it when the run
 * ends), so a run leaves nothing behind in /tmp however its tests end, and two runs at once
 * never touch each other's folders.
 */
export function testTempDir(prefix: string): string {
  return mkdtempSync(join(process.env['TEST_TMP_ROOT'] ?? tmpdir(), `${prefix}-`));
}
