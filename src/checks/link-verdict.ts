import type { DomainLists, OfficialHost, PhishList } from './check-data.ts';
import type { FoundLink } from './links.ts';

/** What the link check says about one link. */
export type LinkVerdict = 'official' | 'lookalike' | 'shortener' | 'listed' | 'unknown';

export interface LinkCheck {
  readonly verdict: LinkVerdict;
  /** For `lookalike`: the official host imitated, when one can be named; for `official`: the site matched, if listed. */
  readonly officialHost: OfficialHost | null;
}

/**
 * Letters that look like others in an address, folded to what they imitate (a small
 * confusables table: Cyrillic and Greek look-alikes, digits for letters). Applied after
 * lower-casing; `rn` → `m` and `vv` → `w` are handled in {@link skeleton}.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ո: 'n', ӏ: 'l',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  '0': 'o', '1': 'l', '3': 'e', '5': 's', '@': 'a', ı: 'i', ł: 'l', à: 'a', á: 'a', â: 'a', ä: 'a', è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i', ò: 'o', ó: 'o', ô: 'o', ö: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y', ñ: 'n',
};

/** The host as it reads to the eye: confusable letters folded, `rn` → `m`, `vv` → `w`, `i` → `l` (l and I look alike). */
export function skeleton(host: string): string {
  let out = '';
  for (const ch of host) out += CONFUSABLE[ch] ?? ch;
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('i', 'l');
}

function isUnder(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7e) return false;
  return true;
}

/** Prepared lists for fast checks: official hosts' skeletons and keywords. */
export interface LinkChecker {
  check(link: FoundLink): LinkCheck;
}

/** Builds the link check from the domain lists and the imported phishing list. */
export function createLinkChecker(domains: DomainLists, phishList: PhishList): LinkChecker {
  const officialSkeletons = domains.officialHosts.map((h) => ({ site: h, skeleton: skeleton(h.host) }));
  const suffixSkeletons = domains.governmentSuffixes.map((s) => skeleton(s));
  const keywords = domains.officialHosts.flatMap((site) => site.keywords.map((k) => ({ site, keyword: skeleton(k) })));
  const imitations = domains.suffixImitations.map((s) => skeleton(s));

  function officialSite(host: string): OfficialHost | null {
    return domains.officialHosts.find((h) => isUnder(host, h.host)) ?? null;
  }

  function isListed(link: FoundLink): boolean {
    if (phishList.keys.size === 0) return false;
    const key = `${link.host}${link.path}`;
    if (phishList.keys.has(key)) return true;
    // A listed page and everything under it: try each parent path.
    for (let k = key.lastIndexOf('/'); k > link.host.length - 1; k = key.lastIndexOf('/', k - 1)) {
      if (phishList.keys.has(key.slice(0, k))) return true;
      if (k === link.host.length) break;
    }
    return phishList.hosts.has(link.host) && !domains.sharedHosts.has(link.host) && !domains.shorteners.has(link.host);
  }

  /** The official site a non-official host imitates, `undefined` when it imitates none. */
  function imitated(host: string): OfficialHost | null | undefined {
    const sk = skeleton(host);
    // Same look as an official host or one of its sub-domains: myna.g0.jp, rnyna.go.jp.example → below.
    for (const { site, skeleton: s } of officialSkeletons) {
      if (sk === s || sk.endsWith(`.${s}`)) return site;
    }
    // An official host (or a government suffix) written inside another host: myna.go.jp.example.top.
    for (const { site, skeleton: s } of officialSkeletons) {
      const at = sk.indexOf(s);
      if (at >= 0 && (at === 0 || sk[at - 1] === '.' || sk[at - 1] === '-')) return site;
    }
    const byKeyword = keywordSite(sk);
    if (byKeyword) return byKeyword;
    if (suffixSkeletons.some((s) => containsPart(sk, s)) || imitations.some((s) => containsPart(sk, s))) return null;
    return undefined;
  }

  function keywordSite(sk: string): OfficialHost | null {
    const labels = sk.split('.');
    const tokens = labels.flatMap((l) => l.split(/[-_0-9]+/));
    for (const { site, keyword } of keywords) {
      if (keyword.includes('-') || keyword.length >= 6) {
        if (labels.some((l) => l.includes(keyword) || l.replaceAll('-', '').includes(keyword))) return site;
      } else if (tokens.includes(keyword)) return site;
    }
    return null;
  }

  return {
    check(link) {
      const { host } = link;
      if (isListed(link)) return { verdict: 'listed', officialHost: null };
      const ascii = isAscii(host) && !link.asciiHost.includes('xn--');
      if (ascii && domains.governmentSuffixes.some((s) => isUnder(host, s))) return { verdict: 'official', officialHost: officialSite(host) };
      if (domains.shorteners.has(host)) return { verdict: 'shortener', officialHost: null };
      const site = imitated(host);
      if (site !== undefined) return { verdict: 'lookalike', officialHost: site };
      return { verdict: 'unknown', officialHost: null };
    },
  };
}

/** `part` appears in `host` between label or word boundaries (`.`, `-`, start, end). */
function containsPart(host: string, part: string): boolean {
  let at = host.indexOf(part);
  while (at >= 0) {
    const before = at === 0 ? '.' : host[at - 1];
    const after = at + part.length >= host.length ? '.' : host[at + part.length];
    if ((before === '.' || before === '-') && (after === '.' || after === '-')) return true;
    at = host.indexOf(part, at + 1);
  }
  return false;
}
