/**
 * The first repetition in a regular expression's source with no upper bound (`*`, `+`, `{2,}`),
 * or null. Patterns from data files run on every message (up to 5,000 characters); with every
 * repetition bounded, each try reads a bounded stretch of text and a pattern stays linear.
 */
export function unboundedRepetition(source: string): string | null {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      // \p{…}, \u{…}, \k<…>: skip the braces or brackets with the escape.
      const next = source[i + 1];
      const open = source[i + 2];
      if ((next === 'p' || next === 'P' || next === 'u') && open === '{') i = Math.max(i + 1, source.indexOf('}', i));
      else if (next === 'k' && open === '<') i = Math.max(i + 1, source.indexOf('>', i));
      else i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '*' || ch === '+') return ch;
    else if (ch === '{') {
      const bound = /^\{(\d+),\}/.exec(source.slice(i));
      if (bound) return bound[0];
    }
  }
  return null;
}

/** The data error (in Japanese, for the operator) for a pattern that repeats without a bound, or null. */
export function unboundedRepetitionMessage(source: string): string | null {
  const unbounded = unboundedRepetition(source);
  if (unbounded === null) return null;
  return `繰り返し「${unbounded}」に上限がありません。長い文で判定が遅くならないよう、「.{0,20}」のように上限のある形で書いてください（値: ${JSON.stringify(source)}）`;
}
