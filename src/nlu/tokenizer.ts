import kuromoji from 'kuromoji';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** Builds the kuromoji tokenizer (asynchronous; call once). */
export function buildTokenizer(dicPath: string = kuromojiDictPath()): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tk) => {
      if (err) {
        reject(new Error(`cannot build the kuromoji tokenizer from ${dicPath}: ${err.message}`));
        return;
      }
      // Linear instead of quadratic lattice construction (see bounded-viterbi.ts), and only
      // the three features the classifier reads, decoded once per dictionary entry.
      const internals = tk as unknown as KuromojiInternals;
      installBoundedViterbi(internals.viterbi_builder);
      resolve({ tokenize: createMorphemeReader(internals) });
    });
  });
}
