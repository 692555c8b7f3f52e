import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhishList } from '../checks/check-data.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { displayPath } from '../data/read-yaml-file.ts';
import { EMPTY_PHISH_LIST } from '../checks/check-data.ts';

/**
 * The imported phishing list on disk, in PHISHLIST_DIR (default var/phishlist):
 * `urls.txt` — one `host/path` key a line, sorted, each once; `meta.json` — when it was
 * imported, the newest entry's date and the count. Written through a temporary file and a
 * rename, so the bot never reads half a list. Nothing here goes to the internet.
 */

export const KEYS_FILE = 'urls.txt';
export const META_FILE = 'meta.json';

export interface PhishListMeta {
  /** ISO instant of the last import. */
  importedAt: string;
  /** `YYYY-MM-DD` of the newest entry, or null. */
  newestEntry: string | null;
  count: number;
}

/** Reads the stored list; an empty list when nothing was imported. Throws on a damaged store. */
export function loadPhishList(dir: string): PhishList {
  const keysPath = join(dir, KEYS_FILE);
  if (!existsSync(keysPath)) return EMPTY_PHISH_LIST;
  const keys = new Set<string>();
  const hosts = new Set<string>();
  for (const line of readFileSync(keysPath, 'utf8').split('\n')) {
    if (line === '') continue;
    keys.add(line);
    const slash = line.indexOf('/');
    hosts.add(slash < 0 ? line : line.slice(0, slash));
  }
  const meta = readMeta(dir);
  return { keys, hosts, newestEntry: meta?.newestEntry ?? null, importedAt: meta?.importedAt ?? null };
}

export function readMeta(dir: string): PhishListMeta | null {
  const path = join(dir, META_FILE);
  if (!existsSync(path)) return null;
  try {
    const meta = JSON.parse(readFileSync(path, 'utf8')) as Partial<PhishListMeta>;
    if (typeof meta.importedAt !== 'string' || typeof meta.count !== 'number') throw new Error('importedAt or count missing');
    return { importedAt: meta.importedAt, newestEntry: typeof meta.newestEntry === 'string' ? meta.newestEntry : null, count: meta.count };
  } catch (err) {
    throw new DataFileError(displayPath(path), [
      { path: '', message: `フィッシングURLリストの記録が壊れています（${(err as Error).message}）。npm run phishlist -- import FILE --replace で作り直してください` },
    ]);
  }
}

/** Stored keys, or an empty list. */
export function readKeys(dir: string): string[] {
  const path = join(dir, KEYS_FILE);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '') : [];
}

/** Writes the keys (sorted, each once) and the meta file. */
export function writePhishList(dir: string, keys: Iterable<string>, meta: Omit<PhishListMeta, 'count'>): PhishListMeta {
  mkdirSync(dir, { recursive: true });
  const sorted = [...new Set(keys)].sort();
  const full: PhishListMeta = { ...meta, count: sorted.length };
  const tmpKeys = join(dir, `${KEYS_FILE}.tmp`);
  writeFileSync(tmpKeys, sorted.length > 0 ? `${sorted.join('\n')}\n` : '');
  renameSync(tmpKeys, join(dir, KEYS_FILE));
  const tmpMeta = join(dir, `${META_FILE}.tmp`);
  writeFileSync(tmpMeta, `${JSON.stringify(full, null, 2)}\n`);
  renameSync(tmpMeta, join(dir, META_FILE));
  return full;
}
