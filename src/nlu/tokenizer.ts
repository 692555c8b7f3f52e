import { readFile } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { installBoundedViterbi } from './bounded-viterbi.ts';
import { createMorphemeReader, type KuromojiInternals } from './morpheme-reader.ts';

export type { Morpheme } from './morpheme.ts';
import type { Morpheme } from './morpheme.ts';

/** Tokenizer interface: built once at start-up and injected (kuromoji costs ~0.6 s and ~330 MB). */
export interface Tokenizer {
  tokenize(text: string): Morpheme[];
}

/** Path of kuromoji's bundled IPADIC dictionary. */
export function kuromojiDictPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

type LoadCallback = (err: Error | null, buffer?: ArrayBuffer) => void;

interface KuromojiLoader {
  loadArrayBuffer(file: string, callback: LoadCallback): void;
  load(callback: (err: Error | null, dictionaries: unknown) => void): void;
}

/**
 * Reads one gzipped dictionary file into an ArrayBuffer of its own. kuromoji's loader inflates
 * in 16 kB chunks, joins them (Buffer.concat) and copies the result again (new Uint8Array):
 * two copies of ~100 MB in all. Here the output is one chunk of the size the gzip trailer
 * states, handed over as is: about half of kuromoji's start-up (README "Quick start").
 */
function loadGzippedArrayBuffer(file: string, callback: LoadCallback): void {
  readFile(file, (err, compressed) => {
    if (err) return callback(err);
    // ISIZE: the uncompressed length modulo 2^32 (these files are far smaller).
    const size = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
    gunzip(compressed, { chunkSize: Math.max(64 * 1024, size) }, (err2, out) => {
      if (err2) return callback(err2);
      const whole = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
      callback(null, whole ? (out.buffer as ArrayBuffer) : new Uint8Array(out).buffer);
    });
  });
}

/** Builds the kuromoji tokenizer (asynchronous; call once). */
export function buildTokenizer(dicPath: string = kuromojiDictPath()): Promise<Tokenizer> {
  const require = createRequire(import.meta.url);
  const NodeDictionaryLoader = require('kuromoji/src/loader/NodeDictionaryLoader.js') as new (dicPath: string) => KuromojiLoader;
  const KuromojiTokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => unknown;
  return new Promise((resolve, reject) => {
    // As kuromoji.builder({ dicPath }).build() does, with a quicker file loader.
    const loader = new NodeDictionaryLoader(dicPath);
    loader.loadArrayBuffer = loadGzippedArrayBuffer;
    loader.load((err, dictionaries) => {
      if (err) {
        reject(new Error(`cannot build the kuromoji tokenizer from ${dicPath}: ${err.message}`));
        return;
      }
      const tk = new KuromojiTokenizer(dictionaries);
      // Linear instead of quadratic lattice construction (see bounded-viterbi.ts), and only
      // the three features the classifier reads, decoded once per dictionary entry.
      const internals = tk as unknown as KuromojiInternals;
      installBoundedViterbi(internals.viterbi_builder);
      resolve({ tokenize: createMorphemeReader(internals) });
    });
  });
}
