/**
 * `npm run phishlist -- import FILE [FILE …] [--replace]`: reads CSV files in the format of
 * JPCERT/CC's public phishing URL list (`date,URL,description`) into the store in PHISHLIST_DIR
 * (default var/phishlist), added to what is there (`--replace` starts afresh), and records when.
 * `npm run phishlist -- status`: how many URLs, the newest entry, the last import.
 * The bot reads the store at start-up; nothing is fetched from the internet.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { parsePhishListCsv } from '../phishlist/phishlist-csv.ts';
import { readKeys, readMeta, writePhishList } from '../phishlist/phishlist-store.ts';

const USAGE = 'usage: phishlist import FILE [FILE ...] [--replace] | phishlist status';

/** Imports `files` into `dir`; returns what to print. */
export function importFiles(dir: string, files: readonly string[], replace: boolean, now: Date = new Date()): string {
  const keys = replace ? [] : readKeys(dir);
  const before = replace ? null : readMeta(dir);
  let newest = before?.newestEntry ?? null;
  let added = 0;
  let skipped = 0;
  for (const file of files) {
    const parsed = parsePhishListCsv(readFileSync(file, 'utf8'));
    for (const k of parsed.keys) keys.push(k);
    added += parsed.keys.length;
    skipped += parsed.skipped;
    if (parsed.newestEntry && (newest === null || parsed.newestEntry > newest)) newest = parsed.newestEntry;
  }
  const meta = writePhishList(dir, keys, { importedAt: now.toISOString(), newestEntry: newest });
  return `imported ${added} URL line(s) from ${files.length} file(s), ${skipped} line(s) skipped; the list now holds ${meta.count} URL(s), newest entry ${meta.newestEntry ?? '(none)'}\n`;
}

function main(argv: readonly string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { replace: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`phishlist: ${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const [command, ...files] = parsed.positionals;
  const dir = loadConfig(process.env).phishlistDir;
  if (command === 'import' && files.length > 0) {
    try {
      process.stdout.write(importFiles(dir, files, parsed.values.replace === true));
    } catch (err) {
      process.stderr.write(`phishlist: ${(err as Error).message}\n`);
      process.exit(1);
    }
    return;
  }
  if (command === 'status') {
    const meta = readMeta(dir);
    process.stdout.write(meta ? `${JSON.stringify(meta)}\n` : `no list imported in ${dir}\n`);
    return;
  }
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

if (import.meta.main) main(process.argv.slice(2));
