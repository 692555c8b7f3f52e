import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataFileError } from '../data/data-file-error.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import { LOCAL_CONTACT_IDS } from './contact-ids.ts';
import { contactsFileSchema, deploymentFileSchema, type Contact, type Deployment } from './contact-schema.ts';

/** File of the national contacts inside the data directory. */
export const CONTACTS_FILE = 'contacts.yaml';
/** Folder of the deployment files inside the data directory. */
export const DEPLOYMENTS_DIR = 'deployments';

type ParsedContact = { id?: string | undefined; numbers?: Contact['numbers'] | undefined; notes?: Contact['notes'] | undefined } & Omit<
  Contact,
  'id' | 'numbers' | 'notes'
>;

function toContact(id: string, c: ParsedContact): Contact {
  return { ...c, id, numbers: c.numbers ?? [], notes: c.notes ?? [] };
}

/** Reads `<dataDir>/contacts.yaml`: the national contacts, in file order. Throws DataFileError. */
export function loadContacts(dataDir: string): Contact[] {
  const file = readYamlFile(join(dataDir, CONTACTS_FILE), contactsFileSchema);
  return file.contacts.map((c) => toContact(c.id, c));
}

/** IDs of the deployments in `<dataDir>/deployments/` (file names without `.yaml`), sorted. */
export function listDeployments(dataDir: string): string[] {
  const dir = join(dataDir, DEPLOYMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => basename(f, '.yaml'))
    .sort();
}

/**
 * Reads `<dataDir>/deployments/<id>.yaml`. Throws DataFileError naming the file when it does not
 * exist (listing the available deployments), when a field is wrong, or when its `id` differs
 * from the file name.
 */
export function loadDeployment(dataDir: string, id: string): Deployment {
  const path = join(dataDir, DEPLOYMENTS_DIR, `${id}.yaml`);
  if (!/^[a-z][a-z0-9_-]*$/.test(id) || !existsSync(path)) {
    const available = listDeployments(dataDir);
    throw new DataFileError(displayPath(path), [
      { path: '', message: `導入先「${id}」のファイルがありません。あるもの: ${available.length > 0 ? available.join(', ') : '（なし）'}` },
    ]);
  }
  const file = readYamlFile(path, deploymentFileSchema);
  if (file.id !== id) {
    throw new DataFileError(displayPath(path), [{ path: 'id', message: `ファイル名と同じ「${id}」にしてください（値: "${file.id}"）` }]);
  }
  const contacts: Contact[] = [];
  for (const key of LOCAL_CONTACT_IDS) {
    const c = file[key];
    if (c) contacts.push(toContact(key, c));
  }
  return { id: file.id, name: file.name, prefecture: file.prefecture, contacts };
}
