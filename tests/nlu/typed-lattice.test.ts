import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { installBoundedViterbi, type ViterbiBuilderLike } from '../../src/nlu/bounded-viterbi.ts';
import { createTypedLattice, type ConnectionCostsLike, type PathNode } from '../../src/nlu/typed-lattice.ts';
import { createMorphemeReader, type KuromojiInternals } from '../../src/nlu/morpheme-reader.ts';
import { kuromojiDictPath } from '../../src/nlu/tokenizer.ts';
import { normaliseText } from '../../src/nlu/normalise-text.ts';
import { LABELLED_SET_FILES } from '../../src/runtime/project-paths.ts';

interface Kuromoji {
  tokenize(text: string): { surface_form: string; pos: string; basic_form: string; reading?: string }[];
  viterbi_builder: ViterbiBuilderLike;
  viterbi_searcher: { search(lattice: unknown): PathNode[]; connection_costs: ConnectionCostsLike };
}

let tk: Kuromoji;
let typed: (sentence: string) => PathNode[] | null;
beforeAll(async () => {
  tk = await new Promise<Kuromoji>((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictPath() }).build((err, t) => (err ? reject(err) : resolve(t as unknown as Kuromoji))),
  );
  installBoundedViterbi(tk.viterbi_builder);
  typed = createTypedLattice(tk.viterbi_builder, tk.viterbi_searcher.connection_costs);
}, 60_000);

/** kuromoji's own objects: the reference the typed lattice must match node for node. */
const reference = (sentence: string) =>
  tk.viterbi_searcher.search(tk.viterbi_builder.build(sentence)).map((n) => ({ name: n.name, type: n.type, surface_form: n.surface_form }));

const FIXTURE_TEXTS = LABELLED_SET_FILES.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

describe('typed lattice', () => {
  it('finds kuromoji’s best path for every sentence of the labelled sets, raw and normalised', () => {
    let compared = 0;
    for (const text of FIXTURE_TEXTS) {
      for (const variant of [text, normaliseText(text)]) {
        for (const sentence of variant.split(/(?<=[、。])/)) {
          const path = typed(sentence);
          if (path === null) continue;
          expect(path, sentence).toEqual(reference(sentence));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('matches on arbitrary mixes of kana, kanji, Latin, digits, symbols and long same-class runs', () => {
    const piece = fc.constantFrom('マイナンバー', 'カード', '警察', 'から', 'でんわ', 'ATM', '0120', '１２３', 'ｱｲｳ', '!?', ' ', '・', 'ー', '〜', 'abc', '還付金', '手数料', 'ａ', '\t', 'ゔ', 'ㇰ', '㈱');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(60), (pieces, run) => {
        const sentence = pieces.join('') + 'カ'.repeat(run) + 'x'.repeat(run % 7);
        expect(typed(sentence)).toEqual(reference(sentence));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a sentence with a surrogate pair to kuromoji, and the reader still tokenises it', () => {
    expect(typed('詐欺😀です')).toBeNull();
    const read = createMorphemeReader(tk as unknown as KuromojiInternals);
    const text = 'これは詐欺😀ですか。警察に電話、しました';
    expect(read(text)).toEqual(
      tk.tokenize(text).map((t) => ({
        surface: t.surface_form,
        pos: t.pos,
        base: t.basic_form !== '*' ? t.basic_form : t.surface_form,
        reading: t.reading && t.reading !== '*' ? t.reading : t.surface_form,
      })),
    );
  });

  it('answers an empty sentence with an empty path', () => {
    expect(typed('')).toEqual([]);
  });
});
