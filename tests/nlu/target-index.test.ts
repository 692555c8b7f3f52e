import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import kuromoji from 'kuromoji';
import { describe, expect, it } from 'vitest';
import { targetIndexFrom } from '../../src/nlu/target-index.ts';
import { kuromojiDictPath } from '../../src/nlu/tokenizer.ts';
import { testTokenizer } from '../support/test-runtime.ts';
import { installBoundedViterbi } from '../../src/nlu/bounded-viterbi.ts';
import { createMorphemeReader, type KuromojiInternals } from '../../src/nlu/morpheme-reader.ts';
import { LABELLED_SET_FILES } from '../../src/runtime/project-paths.ts';

/**
 * The tokenizer reads the word → entries map from tid_map.dat on demand instead of letting
 * kuromoji build ~326,000 arrays at every start, and hands kuromoji the unknown-word files
 * without their zero padding. Both must leave kuromoji's answers exactly as they were.
 */

const require = createRequire(import.meta.url);
const TokenInfoDictionary = require('kuromoji/src/dict/TokenInfoDictionary.js') as new () => {
  loadTargetMap(buffer: Uint8Array): void;
  target_map: Record<number, number[]>;
};

const inflate = (name: string) => {
  const bytes = gunzipSync(readFileSync(join(kuromojiDictPath(), name)));
  return new Uint8Array(bytes).buffer;
};

describe('the word → entries index (target-index.ts)', () => {
  it('gives, for every record of IPADIC, the list kuromoji’s loadTargetMap builds', () => {
    const buffer = inflate('tid_map.dat.gz');
    const reference = new TokenInfoDictionary();
    reference.loadTargetMap(new Uint8Array(buffer));
    const index = targetIndexFrom(buffer);
    const records = Object.keys(reference.target_map).map(Number);
    expect(records.length).toBeGreaterThan(300_000);
    const differ = records.filter((r) => {
      const a = index.get(r);
      const b = reference.target_map[r]!;
      return !a || a.length !== b.length || a.some((v, i) => v !== b[i]);
    });
    expect(differ).toEqual([]);
    // Records kuromoji has no list for have none here either.
    const max = records.reduce((a, b) => Math.max(a, b), 0);
    for (const r of [-1, max + 1, max + 1000]) expect(index.get(r)).toBeUndefined();
    let missing = 0;
    for (let r = 0; r <= max && missing < 50; r++) {
      if (reference.target_map[r] === undefined) {
        missing++;
        expect(index.get(r)).toBeUndefined();
      }
    }
  });

  it('joins the lists of a record listed twice and ignores the padding, as kuromoji does', () => {
    const ints = new Int32Array([3, 7, 2, 10, 11, 2, 1, 20, 7, 1, 12, 0, 0, 0, 0]);
    const reference = new TokenInfoDictionary();
    reference.loadTargetMap(new Uint8Array(ints.buffer));
    const index = targetIndexFrom(ints.buffer);
    expect(reference.target_map[7]).toEqual([10, 11, 12]);
    expect(index.get(7)).toEqual([10, 11, 12]);
    expect(index.get(2)).toEqual([20]);
    expect(index.get(0)).toBeUndefined();
  });
});

describe('the tokenizer built on it', () => {
  it('splits every labelled sentence exactly as over kuromoji’s own loading (its target_map, the padded files)', async () => {
    // The worker's shared tokenizer (its dictionary read from var/cache, which dictionary-cache.test.ts
    // checks is byte for byte the inflated .gz files): inflating them once more cost ~1.5 s of CPU.
    const tk = await testTokenizer();
    // The same reader over a tokenizer kuromoji loaded itself: what buildTokenizer gave before.
    const loaded = await new Promise<unknown>((resolve, reject) =>
      kuromoji.builder({ dicPath: kuromojiDictPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
    );
    const internals = loaded as KuromojiInternals;
    installBoundedViterbi(internals.viterbi_builder);
    const reference = createMorphemeReader(internals);
    const texts = LABELLED_SET_FILES.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.some((t) => /[\uD800-\uDFFF]/.test(t))).toBe(true); // kuromoji's own lattice path too
    for (const text of texts) expect(tk.tokenize(text)).toEqual(reference(text));
  }, 120_000);
});
