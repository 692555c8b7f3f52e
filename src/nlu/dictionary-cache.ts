/**
 * kuromoji's IPADIC dictionary, inflated once and kept in the cache directory (var/cache, as the
 * trained model), so a start reads ~57 MB of plain bytes (~30 ms) instead of inflating 17 MB
 * of gzip into 100 MB (~0.5 s of CPU).
 *
 * The file is named by kuromoji's version, this format's version and the size of each `.gz`
 * file: a new kuromoji (or another dictionary) gives a new name, and the old file is removed
 * when the new one is written. Each file's trailing zero bytes (kuromoji pads its buffers to
 * powers of two: 10 MB for the 398 bytes of unk.dat) are not stored; reading gives each buffer
 * its full length again, zero-filled, so kuromoji sees the same bytes as from the `.gz` files
 * (tests/nlu/dictionary-cache.test.ts).
 *
 * Writing is atomic (a temporary file renamed into place) and best-effort, like the model
 * cache: a read-only or missing directory, or a damaged or short file, only means inflating
 * the `.gz` files as before, never a failed start.
 *
 * Format: "MNSGDIC1", uint32 LE header length, the header (JSON: per file its name, full
 * length, stored length and offset), then the stored bytes, each at an 8-byte-aligned offset.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, statSync, unlinkSync, writeSync, fstatSync } from 'node:fs';
import { writeAtomically } from '../files/write-atomically.ts';
import { dirname, join } from 'node:path';

const MAGIC = 'MNSGDIC1';
const FORMAT = 1;
const PREFIX = 'kuromoji-dict-';

/** The dictionary files kuromoji's DictionaryLoader reads. */
export const DICTIONARY_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;

export type DictionaryFile = (typeof DICTIONARY_FILES)[number];
export type DictionaryBuffers = Map<DictionaryFile, ArrayBuffer>;

interface Entry {
  name: DictionaryFile;
  length: number;
  stored: number;
  offset: number;
}

/**
 * The cache file for the dictionary in `dictDir` of kuromoji `version`, or null when the
 * dictionary's files cannot be listed (then there is nothing to key a cache on).
 */
export function dictionaryCacheFile(cacheDir: string, dictDir: string, version: string): string | null {
  const hash = createHash('sha256').update(`${FORMAT}\0${version}\0`);
  try {
    for (const name of DICTIONARY_FILES) hash.update(`${name}:${statSync(join(dictDir, name)).size}\0`);
  } catch {
    return null;
  }
  return join(cacheDir, `${PREFIX}${version.replace(/[^\w.-]/g, '_')}-${hash.digest('hex').slice(0, 16)}.bin`);
}

function readFully(fd: number, target: Uint8Array, position: number): void {
  let done = 0;
  while (done < target.length) {
    const n = readSync(fd, target, done, target.length - done, position + done);
    if (n <= 0) throw new Error('dictionary cache: file ends early');
    done += n;
  }
}

/** The buffers from a cache file, or null (no file, unreadable, damaged, incomplete). */
export function readDictionaryCache(file: string): DictionaryBuffers | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const head = new Uint8Array(MAGIC.length + 4);
    readFully(fd, head, 0);
    const headBuffer = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    if (headBuffer.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const headerLength = headBuffer.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + headerLength > size) return null;
    const headerBytes = Buffer.alloc(headerLength);
    readFully(fd, headerBytes, MAGIC.length + 4);
    const header = JSON.parse(headerBytes.toString('utf8')) as { format: number; files: Entry[] };
    if (header.format !== FORMAT) return null;
    const names = header.files.map((f) => f.name);
    if (names.length !== DICTIONARY_FILES.length || DICTIONARY_FILES.some((n) => !names.includes(n))) return null;
    const out: DictionaryBuffers = new Map();
    for (const { name, length, stored, offset } of header.files) {
      if (!(stored >= 0 && stored <= length && offset + stored <= size)) return null;
      // Zero-filled to the full length; only the stored bytes are read into it.
      const buffer = new ArrayBuffer(length);
      readFully(fd, new Uint8Array(buffer, 0, stored), offset);
      out.set(name, buffer);
    }
    return out;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Writes the buffers atomically and removes other dictionary cache files; false when it cannot (never throws). */
export function writeDictionaryCache(file: string, buffers: DictionaryBuffers): boolean {
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  for (const name of DICTIONARY_FILES) {
    const buffer = buffers.get(name);
    if (!buffer) return false;
    const bytes = new Uint8Array(buffer);
    let stored = bytes.length;
    while (stored > 0 && bytes[stored - 1] === 0) stored--;
    entries.push({ name, length: bytes.length, stored, offset: 0 });
    parts.push(bytes.subarray(0, stored));
  }
  // Offsets depend on the header's length and the header's length on the offsets' digits: fix both by iterating.
  let headerBytes = Buffer.alloc(0);
  for (let start = 0, pass = 0; pass < 4; pass++) {
    let at = align(start);
    for (const [i, e] of entries.entries()) {
      e.offset = at;
      at = align(at + parts[i]!.length);
    }
    headerBytes = Buffer.from(JSON.stringify({ format: FORMAT, files: entries }));
    const next = MAGIC.length + 4 + headerBytes.length;
    if (next === start) break;
    start = next;
  }
  if (entries[0]!.offset < MAGIC.length + 4 + headerBytes.length) return false;
  const written = writeAtomically(file, (temporary) => {
    const fd = openSync(temporary, 'w');
    try {
      const head = Buffer.alloc(MAGIC.length + 4);
      head.write(MAGIC, 0, 'latin1');
      head.writeUInt32LE(headerBytes.length, MAGIC.length);
      writeSync(fd, head, 0, head.length, 0);
      writeSync(fd, headerBytes, 0, headerBytes.length, head.length);
      for (const [i, e] of entries.entries()) {
        const part = parts[i]!;
        for (let done = 0; done < part.length; ) done += writeSync(fd, part, done, part.length - done, e.offset + done);
      }
    } finally {
      closeSync(fd);
    }
  });
  if (!written) return false;
  removeOthers(dirname(file), file);
  return true;
}

/** Older dictionaries (another kuromoji version) are of no use once the new one is written. */
function removeOthers(dir: string, keep: string): void {
  try {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (f.startsWith(PREFIX) && f.endsWith('.bin') && path !== keep) unlinkSync(path);
    }
  } catch {
    // another process removed them at the same time, or the directory is read-only: harmless
  }
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
