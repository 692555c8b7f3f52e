import { join } from 'node:path';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import { isLocalContactId } from './contact-ids.ts';
import type { Contact } from './contact-schema.ts';
import { alternativesFileSchema, type Alternatives } from './alternatives-schema.ts';
import { loadContacts } from './load-contacts.ts';

/** File of the stand-in rules inside the data directory. */
export const ALTERNATIVES_FILE = 'alternatives.yaml';

/**
 * Reads `<dataDir>/alternatives.yaml` and checks that every contact it names exists
 * (a national contact of `contacts`, or a `local_*` ID a deployment may provide).
 * Throws DataFileError naming the file and the rule.
 */
export function loadAlternatives(dataDir: string, contacts: readonly Contact[] = loadContacts(dataDir)): Alternatives {
  const path = join(dataDir, ALTERNATIVES_FILE);
  const file = readYamlFile(path, alternativesFileSchema);
  const known = new Set(contacts.map((c) => c.id));
  const issues: DataFileIssue[] = [];
  const check = (id: string, where: string): void => {
    if (!known.has(id) && !isLocalContactId(id)) issues.push({ path: where, message: `contacts.yaml に連絡先「${id}」がありません` });
  };
  file.alternatives.forEach((rule, i) => {
    check(rule.contact, `alternatives[${i}].contact`);
    rule.fallbacks.forEach((f, j) => check(f, `alternatives[${i}].fallbacks[${j}]`));
  });
  if (issues.length > 0) throw new DataFileError(displayPath(path), issues);
  return { rules: file.alternatives };
}
