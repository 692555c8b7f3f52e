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
import { MAX_WORD_UNITS, forEachPrefix, targetMapIndex, type DoubleArrayTrie, type ViterbiBuilderLike } from './bounded-viterbi.ts';
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
  // Each UTF-16 unit's character class, looked up once: its place in `classes`, plus one (0: not yet).
  const classes: CharClass[] = [];
  const classIndex = new Uint16Array(0x10000);
  const classOf = (code: number): CharClass => {
    const i = classIndex[code]!;
    if (i !== 0) return classes[i - 1]!;
    const c = unknown.lookup(String.fromCharCode(code));
    let at = classes.indexOf(c);
    if (at < 0) at = classes.push(c) - 1;
    classIndex[code] = at + 1;
    return c;
  };
  const walk = prefixWalker(builder.trie);

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

  const knownShort = shortReader(known.dictionary);
  const unknownShort = shortReader(unknown.dictionary);
  const appendWords = (short: (index: number) => number, ids: readonly number[], k: number, pos: number, len: number, text: string) => {
    for (let j = 0; j < ids.length; j++) {
      const id = Number(ids[j]);
      append(k, id, short(id), short(id + 2), short(id + 4), pos + 1, len, pos + len, text);
    }
  };

  let words = 0;
  let wordStart = 0;
  const onWord = (end: number, record: number | undefined) => {
    words++;
    const ids = record === undefined ? undefined : targets.get(record);
    if (ids) appendWords(knownShort, ids, KNOWN, wordStart, end - wordStart, '');
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
      walk(sentence, pos, limit, onWord);
      const headClass = classOf(sentence.charCodeAt(pos));
      if (words === 0 || headClass.is_always_invoke === 1) {
        let len = 1;
        if (headClass.is_grouping === 1) {
          while (pos + len < limit && classOf(sentence.charCodeAt(pos + len)).class_name === headClass.class_name) len++;
        }
        appendWords(unknownShort, unknown.target_map[headClass.class_id] ?? [], UNKNOWN, pos, len, sentence.slice(pos, pos + len));
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

/**
 * {@link forEachPrefix} for sentences without surrogate code units, reading the trie's base and
 * check arrays directly instead of through doublearray's getBase/getCheck (and without a
 * closure per call): the same words, in the same order. Outside the arrays getBase/getCheck
 * answer values that never equal a valid parent, as the bounds test here does.
 * A trie without the arrays is walked through forEachPrefix.
 */
function prefixWalker(trie: DoubleArrayTrie): (text: string, from: number, to: number, visit: (end: number, record: number | undefined) => void) => void {
  const base = trie.bc.getBaseBuffer?.();
  const check = trie.bc.getCheckBuffer?.();
  if (!(base instanceof Int32Array) || !(check instanceof Int32Array)) return (text, from, to, visit) => forEachPrefix(trie, text, from, to, visit);
  const size = base.length;
  const checkSize = check.length;
  /** The child of `parent` by `byte`, or -1. */
  /** doublearray's getBase for an index ≥ 0. */
  const baseAt = (index: number): number => (index < size ? base[index]! : -index + 1);
  const step = (parent: number, byte: number): number => {
    const child = baseAt(parent) + byte;
    return child >= 0 && child < checkSize && check[child] === parent ? child : -1;
  };
  return (text, from, to, visit) => {
    let node = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) node = step(node, code);
      else if (code < 0x800) {
        node = step(node, 0xc0 | (code >> 6));
        if (node >= 0) node = step(node, 0x80 | (code & 0x3f));
      } else {
        node = step(node, 0xe0 | (code >> 12));
        if (node >= 0) node = step(node, 0x80 | ((code >> 6) & 0x3f));
        if (node >= 0) node = step(node, 0x80 | (code & 0x3f));
      }
      if (node < 0) return;
      const terminal = baseAt(node);
      if (terminal >= 0 && terminal < checkSize && check[terminal] === node) {
        const record = baseAt(terminal);
        visit(i + 1, record <= 0 ? -record - 1 : undefined);
      }
    }
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * kuromoji's ByteBuffer.getShort (a little-endian signed 16-bit value at a byte offset; 0 past
 * the end) as one read of an Int16Array over the same bytes where the offset is even, as every
 * dictionary entry's is; getShort itself otherwise.
 */
function shortReader(dictionary: { getShort(offset: number): number; buffer?: unknown }): (index: number) => number {
  const bytes = dictionary.buffer;
  if (!LITTLE_ENDIAN || !(bytes instanceof Uint8Array) || bytes.byteOffset % 2 !== 0) return (index) => dictionary.getShort(index);
  const shorts = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  const count = shorts.length;
  return (index) => ((index & 1) === 0 && index >= 0 && index >> 1 < count ? shorts[index >> 1]! : dictionary.getShort(index));
}
