import type { CheckData, OfficialHost, OfficialNumber } from './check-data.ts';
import { createLinkChecker, type LinkChecker, type LinkVerdict } from './link-verdict.ts';
import { findLinks, refang } from './links.ts';
import { findNumbers, foldForNumbers, type FoundNumber } from './phone-numbers.ts';

/** What the number check says about one number. */
export type NumberVerdict = 'official' | 'international' | 'unknown';

export interface NumberCheck {
  /** As written, e.g. `0120-95-0178`, `通知不可能`. */
  readonly text: string;
  /** Digits, `+` for abroad, `#` kept; empty for the caller-ID words. */
  readonly normalized: string;
  readonly verdict: NumberVerdict;
  /** The official line, for `official`. */
  readonly official: OfficialNumber | null;
  /** `withheld` for 「非通知」, `caller_id_abroad` for 「通知不可能」, else `number`. */
  readonly form: 'number' | 'withheld' | 'caller_id_abroad';
  /** Where it starts in the checked text (to put numbers and links in reading order). */
  readonly index: number;
}

export interface LinkResult {
  readonly url: string;
  readonly host: string;
  readonly verdict: LinkVerdict;
  readonly officialHost: OfficialHost | null;
  readonly index: number;
}

/** The numbers and links of one message, each once, in order of appearance. */
export interface CheckResult {
  readonly numbers: readonly NumberCheck[];
  readonly links: readonly LinkResult[];
  /**
   * Letters and digits outside the numbers and links found (spaces and punctuation not
   * counted): 0 for a message that is only a number or a link, a few for 「本物ですか？」.
   */
  readonly otherChars: number;
}

/** The checks, prepared once from the loaded data. Pure: text in, plain data out. */
export interface MessageChecker {
  check(text: string): CheckResult;
}

/** Longest text looked at (LINE caps a text message at 5,000 characters). */
export const MAX_CHECKED_CHARS = 5000;

export function createMessageChecker(data: CheckData): MessageChecker {
  const links: LinkChecker = createLinkChecker(data.domains, data.phishList);
  return {
    check(input) {
      const text = refang(foldForNumbers(input.slice(0, MAX_CHECKED_CHARS)));
      const found = text.includes('.') ? findLinks(text, data.domains.bareLinkEndings) : [];
      const seenLinks = new Set<string>();
      const linkResults: LinkResult[] = [];
      for (const link of found) {
        const key = `${link.host}${link.path}`;
        if (seenLinks.has(key)) continue;
        seenLinks.add(key);
        const { verdict, officialHost } = links.check(link);
        linkResults.push({ url: link.url, host: link.host, verdict, officialHost, index: link.start });
      }
      const skip = found.map((l) => [l.start, l.end] as const);
      const seenNumbers = new Set<string>();
      const numbers: NumberCheck[] = [];
      const spans: (readonly [number, number])[] = [...skip];
      for (const n of findNumbers(text, data.numbers.reading, skip)) {
        spans.push([n.index, n.index + n.text.length]);
        const key = n.normalized || n.text;
        if (seenNumbers.has(key)) continue;
        seenNumbers.add(key);
        numbers.push(numberCheck(n, data));
      }
      return { numbers, links: linkResults, otherChars: countOther(text, spans) };
    },
  };
}

function numberCheck(n: FoundNumber, data: CheckData): NumberCheck {
  const form = n.kind === 'withheld' ? 'withheld' : n.normalized === '' ? 'caller_id_abroad' : 'number';
  if (n.kind === 'international') return { text: n.text, normalized: n.normalized, verdict: 'international', official: null, form, index: n.index };
  const official = n.normalized === '' ? undefined : data.numbers.byNumber.get(n.normalized);
  return { text: n.text, normalized: n.normalized, verdict: official ? 'official' : 'unknown', official: official ?? null, form, index: n.index };
}

/** Letters and digits of `text` outside `spans` (Unicode letters and numbers only). */
function countOther(text: string, spans: readonly (readonly [number, number])[]): number {
  const covered = new Uint8Array(text.length);
  for (const [start, end] of spans) covered.fill(1, start, end);
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    if (covered[k] === 0 && /[\p{L}\p{N}]/u.test(text[k]!)) count++;
  }
  return count;
}
