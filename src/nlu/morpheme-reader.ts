import type { Morpheme } from './morpheme.ts';
import type { ViterbiBuilderLike } from './bounded-viterbi.ts';
import { createTypedLattice, type ConnectionCostsLike } from './typed-lattice.ts';
import type { TargetIndex } from './target-index.ts';

/**
 * kuromoji's `tokenize` decodes all ten feature strings of every token from the dictionary's
 * byte buffer and builds an object with them, for every token of every message. The classifier
 * needs three (part of speech, base form, reading), so this reads the best path itself
 * (kuromoji's own split, lattice and Viterbi search) and decodes each dictionary entry once,
 * keeping {pos, base, reading} per entry ID. The result equals `tokenize` mapped to
 * {@link Morpheme}.
 */

interface FeatureSource {
  getFeatures(id: number): string | null | undefined;
}

/** The parts of kuromoji's Tokenizer this reads (untyped CommonJS internals). */
export interface KuromojiInternals {
  viterbi_builder: ViterbiBuilderLike;
  viterbi_searcher: { search(lattice: unknown): { name: number; type: string; surface_form: string }[]; connection_costs: ConnectionCostsLike };
  token_info_dictionary: FeatureSource;
  unknown_dictionary: FeatureSource;
}

const PUNCTUATION = /、|。/;

/** kuromoji's Tokenizer.splitByPunctuation: sentences end after 、 or 。. */
function splitByPunctuation(input: string): string[] {
  const sentences: string[] = [];
  let tail = input;
  while (tail !== '') {
    const index = tail.search(PUNCTUATION);
    if (index < 0) {
      sentences.push(tail);
      break;
    }
    sentences.push(tail.substring(0, index + 1));
    tail = tail.substring(index + 1);
  }
  return sentences;
}

/** Returns `(text) → Morpheme[]` over a built kuromoji tokenizer, with a per-entry cache; `targets` as for the lattice (default: kuromoji's target_map). */
export function createMorphemeReader(tk: KuromojiInternals, targets?: TargetIndex): (text: string) => Morpheme[] {
  const known = new Map<number, Omit<Morpheme, 'surface'> & { surface: string }>();
  const unknownPos = new Map<number, string>();

  const knownEntry = (id: number) => {
    let entry = known.get(id);
    if (!entry) {
      const f = tk.token_info_dictionary.getFeatures(id)?.split(',') ?? [];
      const surface = f[0] ?? '';
      entry = {
        surface,
        pos: f[1] ?? '',
        base: f[7] && f[7] !== '*' ? f[7] : surface,
        reading: f[8] && f[8] !== '*' ? f[8] : surface,
      };
      known.set(id, entry);
    }
    return entry;
  };
  const unknownEntryPos = (id: number) => {
    let pos = unknownPos.get(id);
    if (pos === undefined) {
      pos = tk.unknown_dictionary.getFeatures(id)?.split(',')[1] ?? '';
      unknownPos.set(id, pos);
    }
    return pos;
  };

  const bestPath = createTypedLattice(tk.viterbi_builder, tk.viterbi_searcher.connection_costs, targets);
  return (text) => {
    const out: Morpheme[] = [];
    for (const sentence of splitByPunctuation(text)) {
      // Kuromoji's own lattice objects only for the rare sentence with a surrogate pair (emoji).
      const path = bestPath(sentence) ?? tk.viterbi_searcher.search(tk.viterbi_builder.build(sentence));
      for (const node of path) {
        if (node.type === 'KNOWN') {
          out.push(knownEntry(node.name));
        } else {
          const surface = node.surface_form;
          out.push({ surface, pos: unknownEntryPos(node.name), base: surface, reading: surface });
        }
      }
    }
    return out;
  };
}
