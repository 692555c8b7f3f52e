/**
 * kuromoji's best path for one sentence, without building its objects: the same lattice as
 * bounded-viterbi.ts (dictionary words from each position, at most MAX_WORD_UNITS long, plus
 * unknown-word nodes) and the same forward/backward search as kuromoji's ViterbiSearcher
 * (Apache-2.0, © Takuya Asano), but the nodes live in reused typed arrays.
 *
 * Why: tokenising the first 200 characters of a pasted SMS allocated ~0.7 MB (a
 * SurrogateAwareString per position, a ViterbiNode per candidate word); under load that
 * garbage, and the caches it flushed, made classification cost about three times what it
 * costs in a tight loop. Here a sentence allocates only its path.
 *
 * Only sentences without surrogate pairs take this path (`null` otherwise): kuromoji counts
 * positions in code points and lengths in code units, which only agree without them. The
 * caller then uses kuromoji's own objects. Ties are broken as kuromoji breaks them (first
 * cheapest predecessor in insertion order), so the path is the same node for node.
 */
import { MAX_WORD_UNITS, forEachPrefix, targetMapIndex, type ViterbiBuilderLike } from './bounded-viterbi.ts';
import type { TargetIndex } from './target-index.ts';

/** A node of the best path, shaped like kuromoji's ViterbiNode where the reader looks. */
export interface PathNode {
  name: number;
  type: 'KNOWN' | 'UNKNOWN';
  surface_form: string;
}

export interface ConnectionCostsLike {
  buffer: Int16Array;
  backward_dimension: number;
}

type CharClass = ReturnType<ViterbiBuilderLike['unknown_dictionary']['lookup']>;

const KNOWN = 0;
const UNKNOWN = 1;

/** Returns `(sentence) → best path`, or null for a sentence with a surrogate code unit. */
export function createTypedLattice(
  builder: ViterbiBuilderLike,
  costs: ConnectionCostsLike,
  targets: TargetIndex = targetMapIndex(builder),
): (sentence: string) => PathNode[] | null {
  const known = builder.token_info_dictionary;
  const unknown = builder.unknown_dictionary;
  const classes = new Map<number, CharClass>();
  const classOf = (code: number): CharClass => {
    let c = classes.get(code);
    if (!c) classes.set(code, (c = unknown.lookup(String.fromCharCode(code))));
    return c;
  };

  let capacity = 0;
  let start = new Int32Array(0);
  let length = new Int32Array(0);
  let leftId = new Int32Array(0);
  let rightId = new Int32Array(0);
  let wordCost = new Int32Array(0);
  let wordId = new Int32Array(0);
  let kind = new Uint8Array(0);
  let prev = new Int32Array(0);
  let best = new Float64Array(0);
  let next = new Int32Array(0);
  const surface: string[] = [];
  let head = new Int32Array(0);
  let tail = new Int32Array(0);
  let count = 0;

  const grow = () => {
    capacity = Math.max(1024, capacity * 2);
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    start = more(start, (n) => new Int32Array(n));
    length = more(length, (n) => new Int32Array(n));
    leftId = more(leftId, (n) => new Int32Array(n));
    rightId = more(rightId, (n) => new Int32Array(n));
    wordCost = more(wordCost, (n) => new Int32Array(n));
    wordId = more(wordId, (n) => new Int32Array(n));
    kind = more(kind, (n) => new Uint8Array(n));
    prev = more(prev, (n) => new Int32Array(n));
    best = more(best, (n) => new Float64Array(n));
    next = more(next, (n) => new Int32Array(n));
  };

  /** The last end position of any word node (kuromoji's `eos_pos` before the EOS). */
  let maxEnd = 0;

  /** Appends a node ending at `end` (1-based start + length − 1) to that end's list. */
  const append = (k: number, id: number, left: number, right: number, cost: number, startPos: number, len: number, end: number, text: string) => {
    if (count === capacity) grow();
    const i = count++;
    kind[i] = k;
    wordId[i] = id;
    leftId[i] = left;
    rightId[i] = right;
    wordCost[i] = cost;
    start[i] = startPos;
    length[i] = len;
    prev[i] = -1;
    best[i] = Number.MAX_VALUE;
    next[i] = -1;
    surface[i] = text;
    if (end > maxEnd) maxEnd = end;
    if (head[end] === -1) head[end] = i;
    else next[tail[end]!] = i;
    tail[end] = i;
  };

  const appendWords = (part: ViterbiBuilderLike['token_info_dictionary'], ids: readonly number[], k: number, pos: number, len: number, text: string) => {
    for (const raw of ids) {
      const id = Number(raw);
      const d = part.dictionary;
      append(k, id, d.getShort(id), d.getShort(id + 2), d.getShort(id + 4), pos + 1, len, pos + len, text);
    }
  };

  let words = 0;
  let wordStart = 0;
  const onWord = (end: number, record: number | undefined) => {
    words++;
    const ids = record === undefined ? undefined : targets.get(record);
    if (ids) appendWords(known, ids, KNOWN, wordStart, end - wordStart, '');
  };

  return (sentence) => {
    const n = sentence.length;
    for (let i = 0; i < n; i++) {
      const code = sentence.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return null;
    }
    if (n === 0) return [];
    if (head.length < n + 2) {
      head = new Int32Array(n + 2);
      tail = new Int32Array(n + 2);
    }
    head.fill(-1, 0, n + 2);
    tail.fill(-1, 0, n + 2);
    count = 0;
    surface.length = 0;
    append(KNOWN, -1, 0, 0, 0, 0, 0, 0, ''); // BOS
    best[0] = 0;
    maxEnd = 0;

    for (let pos = 0; pos < n; pos++) {
      const limit = Math.min(n, pos + MAX_WORD_UNITS);
      // Dictionary words starting here (a word without a record still counts as found).
      words = 0;
      wordStart = pos;
      forEachPrefix(builder.trie, sentence, pos, limit, onWord);
      const headClass = classOf(sentence.charCodeAt(pos));
      if (words === 0 || headClass.is_always_invoke === 1) {
        let len = 1;
        if (headClass.is_grouping === 1) {
          while (pos + len < limit && classOf(sentence.charCodeAt(pos + len)).class_name === headClass.class_name) len++;
        }
        appendWords(unknown, unknown.target_map[headClass.class_id] ?? [], UNKNOWN, pos, len, sentence.slice(pos, pos + len));
      }
    }
    // EOS as kuromoji's appendEos places it: listed after the last end, starting one past eos_pos.
    const eosPos = Math.max(1, maxEnd) + 1;
    const eos = count;
    append(KNOWN, -1, 0, 0, 0, eosPos, 0, maxEnd + 1, '');

    const dim = costs.backward_dimension;
    const cc = costs.buffer;
    for (let end = 1; end <= eosPos; end++) {
      for (let node = head[end]!; node !== -1; node = next[node]!) {
        let cost = Number.MAX_VALUE;
        let from = -1;
        const left = leftId[node]!;
        const own = wordCost[node]!;
        for (let p = head[start[node]! - 1]!; p !== -1; p = next[p]!) {
          const c = best[p]! + cc[rightId[p]! * dim + left + 2]! + own;
          if (c < cost) {
            from = p;
            cost = c;
          }
        }
        prev[node] = from;
        best[node] = cost;
      }
    }

    const path: PathNode[] = [];
    let node = prev[eos]!;
    if (node === -1) return [];
    while (node !== 0) {
      path.push({ name: wordId[node]!, type: kind[node] === KNOWN ? 'KNOWN' : 'UNKNOWN', surface_form: surface[node] || sentence.slice(start[node]! - 1, start[node]! - 1 + length[node]!) });
      if (prev[node] === -1) return [];
      node = prev[node]!;
    }
    return path.reverse();
  };
}
