/**
 * The data files as the YAML parser read them, kept as JSON beside the model (var/cache,
 * MODEL_CACHE_DIR): parsing the ~80 YAML files of data/ and intents/ took ~0.3 s of CPU at every
 * start, JSON.parse of the same values takes a few milliseconds. An entry is keyed by a hash of
 * the file's exact text (and the parser's version), so any edit is parsed again; validation
 * (zod) runs on every start as before, on the same values. Only a parse without errors whose
 * value JSON carries exactly (no NaN or infinity, dates, sets or maps) is kept, so every
 * error is still found and worded by the parser.
 *
 * The server opens it before it reads the data and saves it once after (read-yaml-file.ts
 * consults it); `npm run check-data` and the tests parse every file. Writing is atomic and
 * best-effort: a read-only or missing directory, or a damaged file, only means parsing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeAtomically } from '../files/write-atomically.ts';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const FILE_NAME = 'parsed-yaml.json';
const FORMAT = 1;
/** Entries kept at most (each edit of a file adds one); those used by the last start stay. */
const MAX_ENTRIES = 400;

export interface ParsedYamlCache {
  /** The parsed value of a file with this text, a fresh copy, or undefined. */
  get(text: string): unknown;
  /** Keeps the parsed value of a file with this text (ignored when JSON would not carry it exactly). */
  set(text: string, value: unknown): void;
  /** Writes the file when an entry was added; false when it could not be written (never throws). */
  save(): boolean;
}

interface CacheFile {
  format: number;
  parser: string;
  /** Key → the value as JSON text. */
  entries: Record<string, string>;
}

/** The value as JSON text, or null when JSON.parse would not give back the same value. */
function exactJson(value: unknown): string | null {
  let exact = true;
  let json: string | undefined;
  try {
    json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = key === '' ? value : this[key];
      if (
        raw === undefined ||
        typeof raw === 'function' ||
        typeof raw === 'symbol' ||
        (typeof raw === 'number' && !Number.isFinite(raw)) ||
        (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) !== Object.prototype && Object.getPrototypeOf(raw) !== null)
      ) {
        exact = false;
      }
      return v;
    });
  } catch {
    return null; // a BigInt, a cycle
  }
  return exact && json !== undefined ? json : null;
}

/** The YAML parser's version (part of every key: another parser may read a file otherwise). */
export function yamlParserVersion(): string {
  const file = createRequire(import.meta.url).resolve('yaml/package.json');
  return `yaml ${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
}

/** Opens the cache in `dir` for values made by the YAML parser of version `parser`. */
export function openParsedYamlCache(dir: string, parser: string): ParsedYamlCache {
  const file = join(dir, FILE_NAME);
  let stored: Record<string, string> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (read.format === FORMAT && read.parser === parser && read.entries && typeof read.entries === 'object') stored = read.entries;
  } catch {
    // none yet, or damaged: parse everything
  }
  const used = new Map<string, string>();
  let added = false;
  const keyOf = (text: string) => createHash('sha256').update(parser).update('\0').update(text).digest('hex').slice(0, 40);
  return {
    get(text) {
      const key = keyOf(text);
      const json = used.get(key) ?? stored[key];
      if (typeof json !== 'string') return undefined;
      try {
        const value: unknown = JSON.parse(json);
        used.set(key, json);
        return value;
      } catch {
        return undefined;
      }
    },
    set(text, value) {
      const json = exactJson(value);
      if (json === null) return;
      used.set(keyOf(text), json);
      added = true;
    },
    save() {
      if (!added) return true;
      // The entries this start used first, then older ones, up to MAX_ENTRIES.
      const entries: Record<string, string> = Object.fromEntries(used);
      let count = used.size;
      for (const [key, json] of Object.entries(stored)) {
        if (count >= MAX_ENTRIES) break;
        if (key in entries) continue;
        entries[key] = json;
        count++;
      }
      const written = writeAtomically(file, (temporary) => writeFileSync(temporary, JSON.stringify({ format: FORMAT, parser, entries } satisfies CacheFile)));
      if (!written) return false;
      stored = entries;
      added = false;
      return true;
    },
  };
}
