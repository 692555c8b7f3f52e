import { z } from 'zod';
import { readYamlFile } from '../data/read-yaml-file.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { foldTerm } from './normalise-text.ts';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.ts';

/**
 * The domain lexicon (`data/lexicon.yaml`): terms of this field with their variants and
 * readings. Matched on folded text before tokenising, because kuromoji's dictionary splits
 * many of them (マイナ保険証 → マイナ/保険/証) and has no user dictionary.
 */

export const LEXICON_TAGS = [
  'core',
  'money_demand',
  'urgency_threat',
  'impersonation',
  'credential_request',
] as const;
export type LexiconTag = (typeof LEXICON_TAGS)[number];

const TermSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, 'must be snake_case ASCII'),
  label: z.string().min(1),
  variants: z.array(z.string().min(1)).min(1),
  readings: z.array(z.string().regex(/^[\p{Script=Hiragana}ー]+$/u, 'must be hiragana')).default([]),
  tags: z.array(z.enum(LEXICON_TAGS)).default([]),
});

const LexiconSchema = z.strictObject({
  terms: z.array(TermSchema).min(1),
});

export interface LexiconTerm {
  id: string;
  label: string;
  tags: readonly LexiconTag[];
  /** Folded variants and readings, longest first. */
  forms: readonly string[];
}

export interface Lexicon {
  terms: readonly LexiconTerm[];
}

export interface LexiconHit {
  term: LexiconTerm;
  /** The folded form that matched. */
  form: string;
}

/** Loads and validates the lexicon; duplicate ids are reported with their index. */
export function loadLexicon(file: string): Lexicon {
  const data = readYamlFile(file, LexiconSchema);
  const seen = new Map<string, number>();
  const issues: { path: string; message: string }[] = [];
  const terms = data.terms.map((t, i) => {
    const prev = seen.get(t.id);
    if (prev !== undefined) issues.push({ path: `terms[${i}].id`, message: `duplicate id "${t.id}" (also terms[${prev}])` });
    seen.set(t.id, i);
    const forms = [...new Set([...t.variants, ...t.readings].map(foldTerm).filter((f) => f.length > 0))];
    forms.sort((a, b) => b.length - a.length);
    return { id: t.id, label: t.label, tags: t.tags, forms };
  });
  if (issues.length > 0) throw new DataFileError(file, issues);
  return { terms };
}

/** Every term found in the folded text (each term at most once, with the longest form that matched), in lexicon order. */
export function matchLexicon(folded: string, lexicon: Lexicon): LexiconHit[] {
  /** term index → position in its `forms` of the best (longest) form found. */
  const best = new Map<number, number>();
  for (const { term, rank } of indexOf(lexicon).valuesIn(folded)) {
    const seen = best.get(term);
    if (seen === undefined || rank < seen) best.set(term, rank);
  }
  return [...best.keys()]
    .sort((a, b) => a - b)
    .map((t) => {
      const term = lexicon.terms[t]!;
      return { term, form: term.forms[best.get(t)!]! };
    });
}

/** Each lexicon's forms, indexed once (a lexicon is immutable once loaded). */
const indexes = new WeakMap<Lexicon, PhraseIndex<{ term: number; rank: number }>>();

function indexOf(lexicon: Lexicon): PhraseIndex<{ term: number; rank: number }> {
  let index = indexes.get(lexicon);
  if (!index) {
    const entries = lexicon.terms.flatMap((t, term) => t.forms.map((form, rank) => [form, { term, rank }] as const));
    indexes.set(lexicon, (index = buildPhraseIndex(entries)));
  }
  return index;
}
