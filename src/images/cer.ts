/**
 * Character error rate of a read against the known text: Levenshtein distance between the two
 * after normalisation (NFKC, so full- and half-width forms count as the same; white space
 * removed, since line breaks and spaces depend on the layout), divided by the known text's length.
 */
export function characterErrorRate(read: string, expected: string): number {
  const a = [...normaliseForCer(read)];
  const b = [...normaliseForCer(expected)];
  if (b.length === 0) return a.length === 0 ? 0 : 1;
  return levenshtein(a, b) / b.length;
}

export function normaliseForCer(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Edit distance (insertions, deletions, substitutions) between two sequences, in O(min(m, n)) memory. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
