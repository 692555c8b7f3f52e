import { readFile, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { installBoundedViterbi } from './bounded-viterbi.ts';
import { createMorphemeReader, type KuromojiInternals } from './morpheme-reader.ts';
import { targetIndexFrom } from './target-index.ts';
import { DICTIONARY_FILES, dictionaryCacheFile, readDictionaryCache, writeDictionaryCache, type DictionaryBuffers, type DictionaryFile } from './dictionary-cache.ts';

export type { Morpheme } from './morpheme.ts';
import type { Morpheme } from './morpheme.ts';

/** Tokenizer interface: built once at start-up and injected (kuromoji's dictionary is ~100 MB). */
export interface Tokenizer {
  tokenize(text: string): Morpheme[];
}

/** The parts of kuromoji's DynamicDictionaries filled here (untyped CommonJS). */
interface KuromojiDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): void;
  token_info_dictionary: { loadDictionary(buffer: Uint8Array): void; loadPosVector(buffer: Uint8Array): void };
  loadConnectionCosts(buffer: Int16Array): void;
  loadUnknownDictionaries(unk: Uint8Array, pos: Uint8Array, map: Uint8Array, chars: Uint8Array, compat: Uint32Array, invoke: Uint8Array): void;
}

/** Path of kuromoji's bundled IPADIC dictionary. */
export function kuromojiDictPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/**
 * Reads one gzipped dictionary file into an ArrayBuffer of its own. kuromoji's loader inflates
 * in 16 kB chunks, joins them (Buffer.concat) and copies the result again (new Uint8Array):
 * two copies of ~100 MB in all. Here the output is one chunk of the size the gzip trailer
 * states, handed over as is. The twelve files inflate at once on libuv's threads.
 */
function loadGzippedArrayBuffer(file: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    readFile(file, (err, compressed) => {
      if (err) return reject(err);
      // ISIZE: the uncompressed length modulo 2^32 (these files are far smaller).
      const size = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
      gunzip(compressed, { chunkSize: Math.max(64 * 1024, size) }, (err2, out) => {
        if (err2) return reject(err2);
        const whole = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
        resolve(whole ? (out.buffer as ArrayBuffer) : new Uint8Array(out).buffer);
      });
    });
  });
}

async function inflateDictionary(dictDir: string): Promise<DictionaryBuffers> {
  const buffers = await Promise.all(DICTIONARY_FILES.map((name) => loadGzippedArrayBuffer(join(dictDir, name))));
  return new Map(DICTIONARY_FILES.map((name, i) => [name, buffers[i]!]));
}

/** kuromoji's version (part of the dictionary cache's name). */
export function kuromojiVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('kuromoji/package.json'), 'utf8')) as { version: string }).version;
}

export interface TokenizerOptions {
  /** The `.gz` dictionary (default: kuromoji's own). */
  dictDir?: string;
  /** Where the inflated dictionary is kept (var/cache, MODEL_CACHE_DIR); null or absent: inflate every time. */
  cacheDir?: string | null;
  /** kuromoji's version as the cache's name carries it (tests give another). */
  version?: string;
}

/** Where the dictionary came from: the cache, or the `.gz` files (then written to the cache or not). */
export type DictionarySource = 'cache' | 'inflated-and-written' | 'inflated-not-written' | 'inflated-no-cache';

/** The dictionary's buffers: from the cache when it holds this version's, else inflated (and cached). */
export async function loadDictionary(options: TokenizerOptions = {}): Promise<{ buffers: DictionaryBuffers; source: DictionarySource }> {
  const dictDir = options.dictDir ?? kuromojiDictPath();
  const file = options.cacheDir ? dictionaryCacheFile(options.cacheDir, dictDir, options.version ?? kuromojiVersion()) : null;
  const cached = file ? readDictionaryCache(file) : null;
  if (cached) return { buffers: cached, source: 'cache' };
  let buffers: DictionaryBuffers;
  try {
    buffers = await inflateDictionary(dictDir);
  } catch (err) {
    throw new Error(`cannot build the kuromoji tokenizer from ${dictDir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!file) return { buffers, source: 'inflated-no-cache' };
  return { buffers, source: writeDictionaryCache(file, buffers) ? 'inflated-and-written' : 'inflated-not-written' };
}

/**
 * A byte view of a dictionary buffer without its zero padding, to the 4-byte boundary after
 * the last non-zero byte. kuromoji reads the unknown-word map and the character classes until
 * the buffer ends, and its reads past the end give 0, as the padding does: over the 1 MB
 * files (152 and 250 bytes of data) it made ~150,000 empty character classes (~50 ms).
 */
function withoutPadding(buffer: ArrayBuffer): Uint8Array {
  const bytes = new Uint8Array(buffer);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, Math.min(bytes.length, Math.ceil(end / 4) * 4));
}

/** kuromoji's tokenizer over the buffers, as DictionaryLoader.load and TokenizerBuilder.build assemble it, but for the word → entries map. */
export function tokenizerFrom(buffers: DictionaryBuffers): Tokenizer {
  const require = createRequire(import.meta.url);
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries.js') as new () => KuromojiDictionaries;
  const KuromojiTokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => unknown;
  const get = (name: DictionaryFile) => buffers.get(name)!;
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(get('base.dat.gz')), new Int32Array(get('check.dat.gz')));
  // The word → entries map is read from tid_map.dat on demand (target-index.ts), not built by kuromoji.
  dic.token_info_dictionary.loadDictionary(new Uint8Array(get('tid.dat.gz')));
  dic.token_info_dictionary.loadPosVector(new Uint8Array(get('tid_pos.dat.gz')));
  const targets = targetIndexFrom(get('tid_map.dat.gz'));
  dic.loadConnectionCosts(new Int16Array(get('cc.dat.gz')));
  dic.loadUnknownDictionaries(
    new Uint8Array(get('unk.dat.gz')),
    new Uint8Array(get('unk_pos.dat.gz')),
    withoutPadding(get('unk_map.dat.gz')),
    new Uint8Array(get('unk_char.dat.gz')),
    new Uint32Array(get('unk_compat.dat.gz')),
    withoutPadding(get('unk_invoke.dat.gz')),
  );
  const tk = new KuromojiTokenizer(dic);
  // Linear instead of quadratic lattice construction (see bounded-viterbi.ts), and only
  // the three features the classifier reads, decoded once per dictionary entry.
  const internals = tk as unknown as KuromojiInternals;
  installBoundedViterbi(internals.viterbi_builder, targets);
  return { tokenize: createMorphemeReader(internals, targets) };
}

/** Builds the kuromoji tokenizer (asynchronous; call once per thread). */
export async function buildTokenizer(options: TokenizerOptions = {}): Promise<Tokenizer> {
  return tokenizerFrom((await loadDictionary(options)).buffers);
}
