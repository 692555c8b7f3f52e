import { z } from 'zod';
import { templateSchema } from '../data/template.ts';
import { foldTerm } from '../nlu/normalise-text.ts';
import { readYamlFile } from '../data/read-yaml-file.ts';

const phrase = z.string().min(1).max(20);

/** Schema of `data/replies/family.yaml`: recognising 「母が…」 and the words for passing advice on. */
export const familyFileSchema = z.strictObject({
  relatives: z
    .array(z.strictObject({ words: z.array(phrase).min(1), polite: phrase, plain: phrase }))
    .min(1),
  prefixes: z.array(phrase),
  particles: z.array(phrase).min(1),
  intro: z.strictObject({
    title: templateSchema('polite'),
    lines: z.array(z.string().min(1).max(200)).min(1).max(4),
  }),
  forward: z.strictObject({
    text: templateSchema('plain', 'headline', 'lead', 'steps', 'call'),
    stepMark: z.string().min(1).max(3),
    call: templateSchema('name', 'number'),
  }),
});

type File = z.output<typeof familyFileSchema>;

/** Who a relative's message is about: how to name them to the relative and in the forwarded message. */
export interface Relative {
  polite: string;
  plain: string;
}

/** The family words, with a matcher built from `relatives`, `prefixes` and `particles`. */
export interface FamilyTexts {
  intro: File['intro'];
  forward: File['forward'];
  /**
   * Matches a folded text that starts (after an optional short lead-in such as 「昨日、」 and an
   * optional prefix) with a relative word and a particle; group 1 is the word.
   */
  pattern: RegExp;
  /** Folded word → the relative. */
  relatives: ReadonlyMap<string, Relative>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...new Set(words.map(foldTerm))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Reads `family.yaml` and builds the matcher (word lists are folded like user text). */
export function loadFamilyTexts(file: string): FamilyTexts {
  const data = readYamlFile(file, familyFileSchema);
  const byWord = new Map<string, Relative>();
  for (const r of data.relatives) for (const w of r.words) if (!byWord.has(foldTerm(w))) byWord.set(foldTerm(w), { polite: r.polite, plain: r.plain });
  const prefixes = data.prefixes.length > 0 ? `(?:${alternation(data.prefixes)})?` : '';
  const leadIn = '(?:[^、。,.!?！？ ]{1,8}[、, ])?';
  const pattern = new RegExp(`^${leadIn}${prefixes}(${alternation([...byWord.keys()])})(?:${alternation(data.particles)})`, 'u');
  return { intro: data.intro, forward: data.forward, pattern, relatives: byWord };
}
