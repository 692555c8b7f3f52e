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
  /** For each of `forms`, the variant (or reading) as written in the lexicon, for showing to residents. */
  written: readonly string[];
}

export interface Lexicon {
  terms: readonly LexiconTerm[];
}

export interface LexiconHit {
  term: LexiconTerm;
  /** The folded form that matched. */
  form: string;
  /**
   * Every form of the term found, as the lexicon writes it (今すぐ, 至急), longest first, without
   * one found only inside a longer one: the words shown as a warning sign.
   */
  words: string[];
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
    const asWritten = new Map<string, string>();
    for (const v of [...t.variants, ...t.readings]) {
      const f = foldTerm(v);
      if (f.length > 0 && !asWritten.has(f)) asWritten.set(f, v);
    }
    const forms = [...asWritten.keys()];
    forms.sort((a, b) => b.length - a.length);
    return { id: t.id, label: t.label, tags: t.tags, forms, written: forms.map((f) => asWritten.get(f)!) };
  });
  if (issues.length > 0) throw new DataFileError(file, issues);
  return { terms };
}

/** Every term found in the folded text (each term at most once, with the longest form that matched), in lexicon order. */
export function matchLexicon(folded: string, lexicon: Lexicon): LexiconHit[] {
  /** term index → positions in its `forms` of the forms found. */
  const found = new Map<number, Set<number>>();
  for (const { term, rank } of indexOf(lexicon).valuesIn(folded)) {
    let ranks = found.get(term);
    if (!ranks) found.set(term, (ranks = new Set()));
    ranks.add(rank);
  }
  return [...found.keys()]
    .sort((a, b) => a - b)
    .map((t) => {
      const term = lexicon.terms[t]!;
      const ranks = [...found.get(t)!].sort((a, b) => a - b);
      const forms = ranks.map((r) => term.forms[r]!);
      const words = ranks.filter((r, i) => !forms.some((f, j) => j < i && f.includes(term.forms[r]!))).map((r) => term.written[r]!);
      return { term, form: forms[0]!, words };
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
