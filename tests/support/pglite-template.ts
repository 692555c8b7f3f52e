import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeAtomically } from '../../src/files/write-atomically.ts';
import { join, resolve } from 'node:path';

/**
 * A fresh PGlite data folder, saved once per machine (var/cache, keyed by PGlite's version), that
 * the tests' embedded stores start from instead of running initdb: opening a new embedded store
 * costs ~5.5 s of CPU with initdb and ~0.7 s from this dump. The test global setup makes it
 * (tests/support/global-setup.ts) and passes its path in TEST_PGLITE_TEMPLATE.
 */
const ROOT = resolve(import.meta.dirname, '../..');

export function pgliteTemplatePath(): string {
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  return join(ROOT, 'var', 'cache', `pglite-template-${version}.tar`);
}

/** Makes the template when it is missing; returns its path. */
export async function ensurePgliteTemplate(): Promise<string> {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return path;
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  // Not written (a read-only checkout): the stores run initdb, as without a template.
  writeAtomically(path, (temporary) => writeFileSync(temporary, bytes));
  return path;
}

/** The template for this test run (set by the global setup), or undefined: the store then runs initdb. */
export function testPgliteTemplate(): string | undefined {
  const path = process.env['TEST_PGLITE_TEMPLATE'];
  return path && existsSync(path) ? path : undefined;
}
