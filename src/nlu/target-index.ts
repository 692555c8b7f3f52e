/**
 * kuromoji's map from a dictionary word (its record in the trie) to the dictionary entries
 * written that way, read straight from `tid_map.dat` instead of kuromoji's
 * `TokenInfoDictionary.loadTargetMap`, which builds an object with an array for each of the
 * ~326,000 records at every start (~0.25 s and ~20 MB of small objects the GC then walks).
 * Here one pass over the file's 32-bit integers notes where each record's list starts; a
 * list becomes an array the first time the lattice asks for it (a text meets a few hundred).
 *
 * The file: a count, then per record `record, n, id_1 … id_n` (little-endian int32), then
 * zero padding. A record listed twice gets both lists, as kuromoji's addMapping gives it.
 */

/** The entry IDs for a trie record, as kuromoji's `target_map[record]`. */
export interface TargetIndex {
  get(record: number): readonly number[] | undefined;
}

export function targetIndexFrom(buffer: ArrayBuffer): TargetIndex {
  const view = new DataView(buffer);
  const ints = Math.floor(buffer.byteLength / 4);
  const at = (i: number) => view.getInt32(i * 4, true);
  // First pass: the largest record (the table's size).
  let max = -1;
  for (let p = 1; p + 1 < ints; ) {
    const record = at(p);
    const n = at(p + 1);
    if (record > max) max = record;
    p += 2 + Math.max(0, n);
  }
  /** Per record: the position of its count in the file (-1: none). */
  const start = new Int32Array(max + 1).fill(-1);
  /** Records listed more than once (none in IPADIC), with their lists joined. */
  const joined = new Map<number, number[]>();
  const read = (p: number): number[] => {
    const n = Math.max(0, Math.min(at(p), ints - p - 1));
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = at(p + 1 + i);
    return out;
  };
  for (let p = 1; p + 1 < ints; ) {
    const record = at(p);
    const n = at(p + 1);
    if (n > 0 && record >= 0) {
      if (start[record] === -1 && !joined.has(record)) start[record] = p + 1;
      else {
        const before = joined.get(record) ?? read(start[record]!);
        start[record] = -1;
        joined.set(record, [...before, ...read(p + 1)]);
      }
    }
    p += 2 + Math.max(0, n);
  }
  // The lists read so far, and per record its place among them plus one (0: not read, or none).
  // An array and a typed index rather than a Map: this is looked up for every dictionary word
  // found in every text.
  const lists: (readonly number[])[] = [];
  const slot = new Int32Array(max + 1);
  for (const [record, list] of joined) slot[record] = lists.push(list);
  return {
    get(record) {
      if (!(record >= 0 && record <= max)) return joined.get(record);
      const at = slot[record]!;
      if (at !== 0) return lists[at - 1];
      const p = start[record]!;
      if (p < 0) return undefined;
      const list = read(p);
      slot[record] = lists.push(list);
      return list;
    },
  };
}
