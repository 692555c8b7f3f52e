import { domainToUnicode } from 'node:url';

/**
 * Links in a message, found by one left-to-right scan over runs of address characters (no
 * backtracking regex): `https://…`, `hxxps://…` and `example[.]com` (defanged, as warnings
 * quote them), `www.…`, and bare addresses such as `myna-point.com` when they end in a known
 * ending (data/official-domains.yaml `bareLinkEndings`). E-mail addresses are not links.
 */

/** A link found in the text. */
export interface FoundLink {
  /** The link as written (trailing punctuation dropped), e.g. `https://myna.go.jp/`, `mynaportal-go.jp`. */
  readonly url: string;
  /** The host: lower case, Unicode (punycode decoded), no trailing dot, no port or user. */
  readonly host: string;
  /** The host as written in ASCII (punycode kept), for telling a decoded `xn--` host. */
  readonly asciiHost: string;
  /** The path without query or fragment (`/login`), `''` for none. */
  readonly path: string;
  /** Where it starts and ends in the scanned text. */
  readonly start: number;
  readonly end: number;
}

/** Letters that may make up a look-alike host (Latin, Greek, Cyrillic) besides ASCII address characters. */
function isRunChar(code: number): boolean {
  if (code >= 0x21 && code <= 0x7e) {
    // Not quotes, angle brackets, backquote or the brackets residents put around a link.
    return code !== 0x22 && code !== 0x3c && code !== 0x3e && code !== 0x60 && code !== 0x7b && code !== 0x7d && code !== 0x5c;
  }
  return (code >= 0x00c0 && code <= 0x024f) || (code >= 0x0370 && code <= 0x03ff) || (code >= 0x0400 && code <= 0x04ff);
}

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '*']);
/** The longest run looked at as one link (longer runs are cut here; LINE caps a URI at 1,000). */
const MAX_LINK = 2048;

/** Undoes the usual defanging in security warnings: `hxxp` → `http`, `[.]` / `(.)` / `[dot]` → `.`. */
export function refang(text: string): string {
  if (!/hxxp|\[\.\]|\(\.\)|\[dot\]/i.test(text)) return text;
  return text.replace(/hxxp/gi, 'http').replace(/\[\.\]|\(\.\)|\[dot\]/gi, '.');
}

/**
 * Links in `text` (NFKC-normalised and refanged by the caller), in order.
 * `bareEndings`: endings after which an address without `http://` or `www.` counts.
 */
export function findLinks(text: string, bareEndings: ReadonlySet<string>): FoundLink[] {
  const out: FoundLink[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && isRunChar(text.charCodeAt(end))) end++;
    linksInRun(text, i, Math.min(end, i + MAX_LINK), bareEndings, out);
    i = end;
  }
  return out;
}

function linksInRun(text: string, start: number, end: number, bareEndings: ReadonlySet<string>, out: FoundLink[]): void {
  const run = text.slice(start, end);
  const lower = run.toLowerCase();
  let at = lower.indexOf('http://');
  const https = lower.indexOf('https://');
  if (https >= 0 && (at < 0 || https < at)) at = https;
  if (at >= 0) {
    // A run may hold several links glued together by a Japanese-less paste; split at the next scheme.
    const next = Math.min(...['http://', 'https://'].map((s) => lower.indexOf(s, at + 7)).filter((x) => x > 0), run.length);
    pushLink(text, start + at, start + next, true, bareEndings, out);
    if (next < run.length) linksInRun(text, start + next, end, bareEndings, out);
    return;
  }
  if (lower.includes('@') && !lower.includes('/')) return; // an e-mail address
  pushLink(text, start, end, lower.startsWith('www.'), bareEndings, out);
}

function pushLink(text: string, start: number, end: number, explicit: boolean, bareEndings: ReadonlySet<string>, out: FoundLink[]): void {
  while (end > start && TRAILING.has(text[end - 1]!)) end--;
  const url = text.slice(start, end);
  const parsed = splitUrl(url);
  if (!parsed) return;
  const { asciiHost, path } = parsed;
  const labels = asciiHost.split('.');
  const ending = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || labels.some((l) => l === '')) return;
  if (!explicit && !bareEndings.has(ending) && !ending.startsWith('xn--')) return;
  if (/^[0-9.]+$/.test(asciiHost) && !explicit) return;
  out.push({ url, host: normaliseHost(asciiHost), asciiHost, path, start, end });
}

/** Host (lower case, no user, port or trailing dot) and path (no query or fragment) of a link, or null. */
export function splitUrl(url: string): { asciiHost: string; path: string } | null {
  let rest = url;
  const scheme = rest.indexOf('://');
  if (scheme >= 0 && scheme <= 8) rest = rest.slice(scheme + 3);
  let authorityEnd = rest.length;
  for (let k = 0; k < rest.length; k++) {
    const c = rest[k];
    if (c === '/' || c === '?' || c === '#') {
      authorityEnd = k;
      break;
    }
  }
  let authority = rest.slice(0, authorityEnd);
  const atSign = authority.lastIndexOf('@');
  if (atSign >= 0) authority = authority.slice(atSign + 1);
  const colon = authority.indexOf(':');
  if (colon >= 0) authority = authority.slice(0, colon);
  const host = authority.toLowerCase().replace(/\.+$/, '');
  if (host === '' || host.length > 253) return null;
  const afterHost = rest.slice(authorityEnd);
  let pathEnd = afterHost.length;
  for (let k = 0; k < afterHost.length; k++) {
    if (afterHost[k] === '?' || afterHost[k] === '#') {
      pathEnd = k;
      break;
    }
  }
  return { asciiHost: host, path: afterHost.slice(0, pathEnd).replace(/\/+$/, '') };
}

/**
 * A host as the checks compare it: lower case, no trailing dot, punycode labels decoded
 * (`xn--mna-…` → Unicode). A host that does not decode is kept as written.
 */
export function normaliseHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.+$/, '');
  if (!lower.includes('xn--')) return lower;
  const unicode = domainToUnicode(lower);
  return unicode === '' ? lower : unicode;
}
