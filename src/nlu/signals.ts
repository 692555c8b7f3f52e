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
  governmentSuffixes: readonly string[];
  shorteners: ReadonlySet<string>;
  flagInternational: boolean;
}

/** Loads `data/signals.yaml`; a pattern that does not compile, or repeats without a bound, is reported by its path. */
export function loadSignals(file: string): Signals {
  const data = readYamlFile(file, SignalsSchema);
  const issues: DataFileIssue[] = [];
  const urgentPatterns: RegExp[] = [];
  data.urgent.patterns.forEach((source, i) => {
    const unbounded = unboundedRepetitionMessage(source);
    if (unbounded !== null) {
      issues.push({ path: `urgent.patterns[${i}]`, message: unbounded });
      return;
    }
    try {
      urgentPatterns.push(new RegExp(foldTerm(source), 'u'));
    } catch (err) {
      issues.push({ path: `urgent.patterns[${i}]`, message: `not a valid regular expression: ${(err as Error).message}` });
    }
  });
  if (issues.length > 0) throw new DataFileError(file, issues);
  return {
    urgentPatterns,
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
  return signals.urgentPatterns.some((re) => re.test(folded) || (joined !== folded && re.test(joined)));
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
