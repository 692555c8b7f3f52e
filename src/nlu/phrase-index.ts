/**
 * Which of many fixed phrases occur in a text, in one pass over the text. The lexicon's ~600
 * forms and the intents' ~440 key terms used to be looked for one `includes` at a time, which
 * for a pasted 1,000-character SMS cost more than tokenising it. Here the phrases are indexed
 * by their first two UTF-16 code units (one-unit phrases by their only unit); each position of
 * the text looks up the few phrases that can start there. A phrase is found exactly when
 * `text.includes(phrase)`.
 */
export interface PhraseIndex<T> {
  /** The values of the phrases that occur in `text`: each phrase's values once, however often it occurs. */
  valuesIn(text: string): T[];
}

interface Phrase<T> {
  text: string;
  values: T[];
}

/** Indexes `entries` (phrase, value); a phrase given more than once carries all its values. */
export function buildPhraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const phrases = new Map<string, Phrase<T>>();
  for (const [text, value] of entries) {
    if (text.length === 0) continue;
    const phrase = phrases.get(text);
    if (phrase) phrase.values.push(value);
    else phrases.set(text, { text, values: [value] });
  }
  /** first unit → second unit → phrases of two or more units starting with both. */
  const byPrefix = new Map<number, Map<number, Phrase<T>[]>>();
  /** the unit of a one-unit phrase → that phrase. */
  const singles = new Map<number, Phrase<T>>();
  for (const phrase of phrases.values()) {
    const first = phrase.text.charCodeAt(0);
    if (phrase.text.length === 1) {
      singles.set(first, phrase);
      continue;
    }
    let second = byPrefix.get(first);
    if (!second) byPrefix.set(first, (second = new Map()));
    const list = second.get(phrase.text.charCodeAt(1));
    if (list) list.push(phrase);
    else second.set(phrase.text.charCodeAt(1), [phrase]);
  }
  return {
    valuesIn(text) {
      const found = new Set<Phrase<T>>();
      const last = text.length - 1;
      for (let i = 0; i <= last; i++) {
        const first = text.charCodeAt(i);
        const single = singles.get(first);
        if (single) found.add(single);
        if (i === last) break;
        const candidates = byPrefix.get(first)?.get(text.charCodeAt(i + 1));
        if (!candidates) continue;
        for (const phrase of candidates) if (!found.has(phrase) && text.startsWith(phrase.text, i)) found.add(phrase);
      }
      const values: T[] = [];
      for (const phrase of found) values.push(...phrase.values);
      return values;
    },
  };
}
