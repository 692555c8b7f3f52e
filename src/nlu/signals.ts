import { z } from 'zod';
import { readYamlFile } from '../data/read-yaml-file.ts';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { foldTerm } from './normalise-text.ts';
import type { LexiconHit, LexiconTag } from './lexicon.ts';
import type { RedFlag } from './classification.ts';
import { emailSpans } from './text-scan.ts';
import { unboundedRepetitionMessage } from '../data/bounded-pattern.ts';

/**
 * Patterns that are not words of one intent but signals on any message (`data/signals.yaml`):
 * the `urgent` modifier, which link hosts are government ones, which are URL shorteners.
 */

const SignalsSchema = z.strictObject({
  urgent: z.strictObject({
    /** Regular expressions (on folded text: NFKC, lower case, katakana → hiragana). */
    patterns: z.array(z.string().min(1)).min(1),
    /**
     * A pattern's match does not count when the words just before it (up to CONTEXT_BEFORE
     * characters, not across a sentence end) match one of these: 「もし」, 「去年」…
     */
    notBefore: z.array(z.string().min(1)).default([]),
    /** …or when the words just after it (up to CONTEXT_AFTER, within the sentence) match one of these: 「…たら」「…た人は」「…ことがある」. */
    notAfter: z.array(z.string().min(1)).default([]),
  }),
  links: z.strictObject({
    governmentSuffixes: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
    shorteners: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
  }),
  phones: z.strictObject({
    /** Country calling codes that are not Japan's (+81) but are common in fake-police calls. */
    flagInternational: z.boolean().default(true),
  }),
});

export interface Signals {
  urgentPatterns: readonly RegExp[];
  /** Context that cancels an urgent match (hypothetical, long ago, a question about the rule). */
  urgentNotBefore: readonly RegExp[];
  urgentNotAfter: readonly RegExp[];
  governmentSuffixes: readonly string[];
  shorteners: ReadonlySet<string>;
  flagInternational: boolean;
}

/** Loads `data/signals.yaml`; a pattern that does not compile, or repeats without a bound, is reported by its path. */
export function loadSignals(file: string): Signals {
  const data = readYamlFile(file, SignalsSchema);
  const issues: DataFileIssue[] = [];
  const compile = (field: 'patterns' | 'notBefore' | 'notAfter', flags: string): RegExp[] => {
    const out: RegExp[] = [];
    data.urgent[field].forEach((source, i) => {
      const unbounded = unboundedRepetitionMessage(source);
      if (unbounded !== null) {
        issues.push({ path: `urgent.${field}[${i}]`, message: unbounded });
        return;
      }
      try {
        out.push(new RegExp(foldTerm(source), flags));
      } catch (err) {
        issues.push({ path: `urgent.${field}[${i}]`, message: `not a valid regular expression: ${(err as Error).message}` });
      }
    });
    return out;
  };
  // Patterns are searched match by match (`g`), so a match cancelled by its context does not hide a later one.
  const urgentPatterns = compile('patterns', 'gu');
  const urgentNotBefore = compile('notBefore', 'u');
  const urgentNotAfter = compile('notAfter', 'u');
  if (issues.length > 0) throw new DataFileError(file, issues);
  return {
    urgentPatterns,
    urgentNotBefore,
    urgentNotAfter,
    governmentSuffixes: data.links.governmentSuffixes,
    shorteners: new Set(data.links.shorteners),
    flagInternational: data.phones.flagInternational,
  };
}

/** A space with Japanese script on either side (kana, kanji, full-width forms, 「」、。). */
const JAPANESE_SPACE = /(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]) | (?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])/gu;

/**
 * True when the folded text says the scammer is present now, the user is on the way to pay, or has paid.
 * Many residents type kana with a space between words (「いま げんかんの そとで まってます」), so the
 * patterns are also tried on the text without the spaces next to Japanese script; spaces
 * between Latin, Hangul or Vietnamese words stay.
 */
export function mentionsUrgency(folded: string, signals: Signals): boolean {
  const joined = folded.replace(JAPANESE_SPACE, '');
  return signals.urgentPatterns.some((re) => matchesInContext(re, folded, signals) || (joined !== folded && matchesInContext(re, joined, signals)));
}

/** How far the cancelling context is read on either side of a match (characters). */
const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 30;
/** At most this many matches of one pattern are weighed against their context (keeps a long text linear). */
const MAX_MATCHES_PER_PATTERN = 8;
const SENTENCE_END = /[。!?！？\n]/u;

/**
 * True when `re` (global) matches somewhere whose context does not cancel it: the words before
 * the match (back to the sentence start, at most CONTEXT_BEFORE characters) match no `notBefore`
 * pattern, and the words after it (to the sentence end, at most CONTEXT_AFTER) no `notAfter`.
 * Each try reads a bounded window, and at most MAX_MATCHES_PER_PATTERN matches are tried.
 */
function matchesInContext(re: RegExp, text: string, signals: Signals): boolean {
  re.lastIndex = 0;
  let tries = 0;
  try {
    for (let m = re.exec(text); m !== null && tries < MAX_MATCHES_PER_PATTERN; m = re.exec(text), tries++) {
      if (m[0].length === 0) re.lastIndex++;
      if (signals.urgentNotBefore.length === 0 && signals.urgentNotAfter.length === 0) return true;
      const beforeWindow = text.slice(Math.max(0, m.index - CONTEXT_BEFORE), m.index);
      let cut = -1;
      for (let i = beforeWindow.length - 1; i >= 0; i--) {
        if (SENTENCE_END.test(beforeWindow[i]!)) {
          cut = i;
          break;
        }
      }
      const before = beforeWindow.slice(cut + 1);
      const afterWindow = text.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT_AFTER);
      const stop = afterWindow.search(SENTENCE_END);
      const after = stop < 0 ? afterWindow : afterWindow.slice(0, stop);
      if (signals.urgentNotBefore.some((c) => c.test(before))) continue;
      if (signals.urgentNotAfter.some((c) => c.test(after))) continue;
      return true;
    }
    return false;
  } finally {
    re.lastIndex = 0;
  }
}

/**
 * Links: with a scheme or www., or a bare domain ending in a common top-level domain. Linear on
 * any text: a bare domain is only tried where a chain of dot-separated labels starts (not after
 * a label character, nor after a dot that follows one), so each character is read by one try
 * only. (`\b[a-z0-9-]+(?:\.[a-z0-9-]+)*` tried at every letter took 100 ms on `a-a-…a-.`.)
 */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'「」（）()、。]+|(?<![a-z0-9-])(?<![a-z0-9-]\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|jp|info|xyz|top|cn|ru|site|online|shop|click|link|co|me|io|biz|cc|vip|icu|buzz|ly|gl|to|gd|at|nu|su|us|uk|de|tk|ml|ga|cf|gq|app|dev|live|life|work|club|fun|store|tech|cloud|website|space|asia|tokyo|ne\.jp|or\.jp|ac\.jp)(?:\/[^\s<>"'「」（）()、。]*)?/giu;
// Separators between digit groups are bounded (a run of brackets or spaces is read once per try).
const INTL_PHONE_RE = /(?:\+|＋|\b00|\b010)[\s-]?(\d{1,3})[\s().-]{0,3}\d{1,4}[\s().-]{0,3}\d{2,4}[\s().-]{0,3}\d{2,4}/gu;
const DOMESTIC_PHONE_RE = /(?<![\d+])0\d{1,4}[\s().-]?\d{1,4}[\s().-]?\d{3,4}(?!\d)/gu;

/** Host of a URL-like string, lower-cased, without port or credentials. */
export function hostOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z]+:\/\//i, '');
  const authority = withoutScheme.split(/[/?#]/)[0] ?? '';
  // A bare domain's match can start with the hyphens before it (「-example.com」).
  return (authority.split('@').pop() ?? '').split(':')[0]!.toLowerCase().replace(/\.$/, '').replace(/^-+/, '');
}

/** True for `go.jp`, `lg.jp` and their sub-domains (not for look-alikes such as `go.jp.example.com`). */
export function isGovernmentHost(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Links found in the text (NFKC-normalised), each host once. */
export function findLinks(normalised: string, signals: Signals): Extract<RedFlag, { kind: 'link' }>[] {
  if (!normalised.includes('.')) return [];
  const withoutEmails = normalised.includes('@') ? blankEmails(normalised) : normalised;
  const seen = new Set<string>();
  const out: Extract<RedFlag, { kind: 'link' }>[] = [];
  for (const m of withoutEmails.matchAll(URL_RE)) {
    const host = hostOf(m[0]);
    if (!host || seen.has(host) || !host.includes('.')) continue;
    seen.add(host);
    out.push({
      kind: 'link',
      host,
      government: isGovernmentHost(host, signals.governmentSuffixes),
      shortener: signals.shorteners.has(host),
    });
  }
  return out;
}

/** The text with each e-mail address replaced by a space (so its domain is not taken for a link). */
function blankEmails(text: string): string {
  let out = '';
  let from = 0;
  for (const span of emailSpans(text, { loose: false })) {
    out += text.slice(from, span.start) + ' ';
    from = span.end;
  }
  return out + text.slice(from);
}

/**
 * Phone numbers in the text: international ones (+1, +44 …) are flagged with their country
 * code; domestic ones only as "a number to call" (the number itself is never kept).
 */
export function findPhones(normalised: string, signals: Signals): Extract<RedFlag, { kind: 'phone' }>[] {
  const out: Extract<RedFlag, { kind: 'phone' }>[] = [];
  const codes = new Set<string>();
  const rest = normalised.replace(INTL_PHONE_RE, (_match, code: string) => {
    if (code === '81') {
      out.push({ kind: 'phone', international: false, countryCode: null });
    } else if (signals.flagInternational && !codes.has(code)) {
      codes.add(code);
      out.push({ kind: 'phone', international: true, countryCode: code });
    }
    return ' ';
  });
  if (!out.some((p) => !p.international) && DOMESTIC_PHONE_RE.test(rest.replace(URL_RE, ' '))) {
    out.push({ kind: 'phone', international: false, countryCode: null });
  }
  DOMESTIC_PHONE_RE.lastIndex = 0;
  return out;
}

const TAG_TO_KIND: Partial<Record<LexiconTag, 'money_demand' | 'urgency_threat' | 'impersonation' | 'credential_request'>> = {
  money_demand: 'money_demand',
  urgency_threat: 'urgency_threat',
  impersonation: 'impersonation',
  credential_request: 'credential_request',
};

/** Red flags from lexicon hits: each term's label once per kind. */
export function lexiconRedFlags(hits: readonly LexiconHit[]): RedFlag[] {
  const out: RedFlag[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    for (const tag of hit.term.tags) {
      const kind = TAG_TO_KIND[tag];
      if (!kind) continue;
      const key = `${kind}:${hit.term.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, term: hit.term.label, words: hit.words });
    }
  }
  return out;
}
