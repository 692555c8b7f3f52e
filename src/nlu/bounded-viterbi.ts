/**
 * kuromoji 0.1.2 builds its word lattice in O(n²): at every position it converts the whole
 * rest of the sentence to UTF-8 for the dictionary search and scans it again for surrogate
 * pairs. A 1,000-character forwarded SMS without punctuation then costs milliseconds.
 *
 * This is the same lattice construction (ViterbiBuilder.prototype.build, Apache-2.0,
 * © Takuya Asano) with two changes that make it linear: the tail is cut to
 * {@link MAX_WORD_UNITS} UTF-16 units (longer than any dictionary word and any useful
 * unknown-word group), and the dictionary's double-array trie is walked character by
 * character, encoding UTF-8 on the fly and stopping at the first miss, instead of encoding
 * the whole tail first. Installed on one tokenizer instance only (no change to the library).
 */
import { createRequire } from 'node:module';
import type { TargetIndex } from './target-index.ts';

/** Longest tail looked at from one position; IPADIC's entries are far shorter. */
export const MAX_WORD_UNITS = 48;

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- kuromoji's internals are untyped CommonJS */
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as any;
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as any;
const SurrogateAwareString = require('kuromoji/src/util/SurrogateAwareString.js') as any;

export interface DictionaryPart {
  target_map: Record<number, number[]>;
  dictionary: { getShort(offset: number): number };
}

export interface DoubleArrayTrie {
  bc: { getBase(index: number): number; getCheck(index: number): number; getBaseBuffer?(): unknown; getCheckBuffer?(): unknown };
}

export interface ViterbiBuilderLike {
  trie: DoubleArrayTrie;
  token_info_dictionary: DictionaryPart;
  unknown_dictionary: DictionaryPart & {
    lookup(ch: string): { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number };
  };
  build(sentence: string): unknown;
}

function appendNodes(lattice: any, part: DictionaryPart, ids: readonly number[], type: string, pos: number, key: string): void {
  for (const raw of ids) {
    const id = Number(raw);
    const left = part.dictionary.getShort(id);
    const right = part.dictionary.getShort(id + 2);
    const cost = part.dictionary.getShort(id + 4);
    lattice.append(new ViterbiNode(id, cost, pos + 1, key.length, type, left, right, key));
  }
}

/**
 * The dictionary words that are prefixes of `text`, as doublearray's commonPrefixSearch
 * returns them (`k` the word, `v` its record).
 */
export function commonPrefixes(trie: DoubleArrayTrie, text: string): { k: string; v: number | undefined }[] {
  const out: { k: string; v: number | undefined }[] = [];
  forEachPrefix(trie, text, 0, text.length, (end, record) => out.push({ k: text.slice(0, end), v: record }));
  return out;
}

/**
 * Calls `visit(end, record)` for each dictionary word that is `text.slice(from, end)` with
 * `end` ≤ `to`, shortest first, walking the trie one UTF-8 byte at a time and stopping at the
 * first miss. `record` is the word's record, or undefined where the trie has none (doublearray's
 * convention). Dictionary words hold no surrogate pairs, so the walk stops at one.
 */
export function forEachPrefix(trie: DoubleArrayTrie, text: string, from: number, to: number, visit: (end: number, record: number | undefined) => void): void {
  const { bc } = trie;
  let parent = 0;
  const step = (byte: number): boolean => {
    const child = bc.getBase(parent) + byte;
    if (bc.getCheck(child) !== parent) return false;
    parent = child;
    return true;
  };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) break;
    const ok =
      code < 0x80
        ? step(code)
        : code < 0x800
          ? step(0xc0 | (code >> 6)) && step(0x80 | (code & 0x3f))
          : step(0xe0 | (code >> 12)) && step(0x80 | ((code >> 6) & 0x3f)) && step(0x80 | (code & 0x3f));
    if (!ok) break;
    const terminal = bc.getBase(parent);
    if (bc.getCheck(terminal) === parent) {
      const base = bc.getBase(terminal);
      visit(i + 1, base <= 0 ? -base - 1 : undefined);
    }
  }
}

/** The known words' entries as kuromoji's own `target_map` holds them (when it built one). */
export function targetMapIndex(builder: ViterbiBuilderLike): TargetIndex {
  return { get: (record) => builder.token_info_dictionary.target_map[record] };
}

/**
 * Replaces `builder.build` with the bounded-tail construction; `targets` gives the known words'
 * entries (default: kuromoji's `target_map`; the tokenizer reads them from tid_map.dat instead).
 */
export function installBoundedViterbi(builder: ViterbiBuilderLike, targets: TargetIndex = targetMapIndex(builder)): void {
  builder.build = function build(sentenceText: string) {
    const lattice = new ViterbiLattice();
    const sentence = new SurrogateAwareString(sentenceText);
    for (let pos = 0; pos < sentence.length; pos++) {
      const tail = new SurrogateAwareString(sentence.slice(pos).slice(0, MAX_WORD_UNITS));
      const tailText: string = tail.toString();
      const vocabulary = commonPrefixes(this.trie, tailText);
      for (const word of vocabulary) {
        const ids = word.v === undefined ? [] : (targets.get(word.v) ?? []);
        appendNodes(lattice, this.token_info_dictionary, ids, 'KNOWN', pos, word.k);
      }
      const head: string = tail.charAt(0);
      const headClass = this.unknown_dictionary.lookup(head);
      if (vocabulary.length === 0 || headClass.is_always_invoke === 1) {
        let key = head;
        if (headClass.is_grouping === 1) {
          for (let k = 1; k < tail.length; k++) {
            const next: string = tail.charAt(k);
            if (this.unknown_dictionary.lookup(next).class_name !== headClass.class_name) break;
            key += next;
          }
        }
        appendNodes(lattice, this.unknown_dictionary, this.unknown_dictionary.target_map[headClass.class_id] ?? [], 'UNKNOWN', pos, key);
      }
    }
    lattice.appendEos();
    return lattice;
  };
}
