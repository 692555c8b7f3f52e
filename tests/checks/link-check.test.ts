import { describe, expect, it } from 'vitest';
import type { PhishList } from '../../src/checks/check-data.ts';
import { findLinks, normaliseHost } from '../../src/checks/links.ts';
import { skeleton } from '../../src/checks/link-verdict.ts';
import { phishKey } from '../../src/phishlist/phishlist-csv.ts';
import { fastestCpuMs, realChecker } from './helpers.ts';

const checker = realChecker();

function linkOf(text: string) {
  const r = checker.check(text);
  expect(r.links, text).toHaveLength(1);
  return { verdict: r.links[0]!.verdict, officialHost: r.links[0]!.officialHost?.host ?? null, host: r.links[0]!.host, url: r.links[0]!.url };
}

function listOf(urls: string[], newestEntry = '2025-10-02'): PhishList {
  const keys = new Set(urls.map((u) => phishKey(u)!));
  return { keys, hosts: new Set([...keys].map((k) => k.split('/')[0]!)), newestEntry, importedAt: '2025-10-03T00:00:00.000Z' };
}

describe('the link check', () => {
  it('names official government hosts as official', () => {
    expect(linkOf('https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form')).toMatchObject({ verdict: 'official', officialHost: 'myna.go.jp' });
    expect(linkOf('こちら https://www.kojinbango-card.go.jp/jpki/ をご覧ください')).toMatchObject({ verdict: 'official', officialHost: 'kojinbango-card.go.jp' });
    expect(linkOf('www.digital.go.jp')).toMatchObject({ verdict: 'official', officialHost: 'digital.go.jp' });
    expect(linkOf('https://www.city.shiki.lg.jp/')).toMatchObject({ verdict: 'official', officialHost: null });
    expect(linkOf('HTTPS://MYNA.GO.JP./')).toMatchObject({ verdict: 'official', host: 'myna.go.jp' });
  });

  it('names look-alikes of the official sites, with the site imitated', () => {
    const cases: [string, string | null][] = [
      ['https://mynaportal-go.jp/login', 'myna.go.jp'],
      ['myna-point.com', 'myna.go.jp'],
      ['https://go-jp.top/a', null],
      ['https://digital-go.jp', 'digital.go.jp'],
      ['https://myna.go.jp.example.top/login', 'myna.go.jp'],
      ['https://myna.g0.jp/', 'myna.go.jp'],
      ['https://rnyna.go.jp.secure-login.com/', 'myna.go.jp'],
      ['https://kojinbango-card-go.jp.info/', 'kojinbango-card.go.jp'],
      ['https://www.mynumbercard-support.com/', 'myna.go.jp'],
      ['https://e-tax-nta.xyz/refund', 'nta.go.jp'],
      ['http://gov-jp.net/', null],
    ];
    for (const [url, officialHost] of cases) expect(linkOf(`このリンクから手続き ${url}`), url).toMatchObject({ verdict: 'lookalike', officialHost });
  });

  it('decodes punycode and catches Cyrillic letters made to look like an official host', () => {
    // xn--mna-dfd.go.jp is "mуna.go.jp" with a Cyrillic у: never official, a look-alike of myna.go.jp.
    expect(linkOf('https://xn--mna-dfd.go.jp/')).toMatchObject({ verdict: 'lookalike', officialHost: 'myna.go.jp', host: 'mуna.go.jp' });
    expect(linkOf('https://mуna.go.jp/')).toMatchObject({ verdict: 'lookalike', officialHost: 'myna.go.jp' });
    expect(linkOf('https://xn--digitl-7nf.go.jp/')).toMatchObject({ verdict: 'lookalike', officialHost: 'digital.go.jp' });
    expect(normaliseHost('XN--MNA-DFD.GO.JP.')).toBe('mуna.go.jp');
    expect(skeleton('rnyna.g0.jp')).toBe('myna.go.jp');
  });

  it('names URL shorteners', () => {
    expect(linkOf('https://bit.ly/3abcdE')).toMatchObject({ verdict: 'shortener', officialHost: null });
    expect(linkOf('tinyurl.com/xyz')).toMatchObject({ verdict: 'shortener' });
  });

  it('names a link on the imported phishing list, by page or by host', () => {
    const listed = realChecker(listOf(['https://aqgnw.cn/jk', 'https://open-monex.ltwxsc.cn/ITS-login/?weblogin=abc', 'https://docs.google.com/forms/d/e/phish1/viewform']));
    expect(listed.check('https://aqgnw.cn/jk').links[0]?.verdict).toBe('listed');
    expect(listed.check('aqgnw.cn/jk/').links[0]?.verdict).toBe('listed');
    expect(listed.check('https://open-monex.ltwxsc.cn/ITS-login/more?x=1').links[0]?.verdict).toBe('listed');
    expect(listed.check('https://open-monex.ltwxsc.cn/').links[0]?.verdict).toBe('listed');
    expect(listed.check('https://docs.google.com/forms/d/e/phish1/viewform?usp=sf_link').links[0]?.verdict).toBe('listed');
    // A shared host is listed page by page, never whole.
    expect(listed.check('https://docs.google.com/forms/d/e/other/viewform').links[0]?.verdict).toBe('unknown');
    expect(listed.check('https://example.org/jk').links[0]?.verdict).toBe('unknown');
  });

  it('says unknown for an ordinary address, never official', () => {
    expect(linkOf('https://example.com/page')).toMatchObject({ verdict: 'unknown', officialHost: null });
    expect(linkOf('https://mynavi.jp/')).toMatchObject({ verdict: 'unknown' });
  });

  it('reads defanged links and skips e-mail addresses', () => {
    expect(linkOf('hxxps://myna-point[.]com/login')).toMatchObject({ verdict: 'lookalike', host: 'myna-point.com' });
    expect(checker.check('info@antiphishing.jp に転送').links).toEqual([]);
    expect(checker.check('バージョン1.2 と 3.14 と No.1').links).toEqual([]);
  });

  it('finds several links in order, each once', () => {
    const r = checker.check('https://myna.go.jp/ と https://bit.ly/x と myna-point.com と https://myna.go.jp/');
    expect(r.links.map((l) => l.verdict)).toEqual(['official', 'shortener', 'lookalike']);
  });

  it('stays fast on 5,000 characters of one repeated character, and on long links', () => {
    for (const ch of ['a', '.', '-', '/', 'h', ':', 'а', '[', 'x']) {
      expect(fastestCpuMs(() => checker.check(ch.repeat(5000))), ch).toBeLessThan(100);
    }
    for (const text of ['http://'.repeat(700), `https://${'a.'.repeat(2400)}com`, `${'a-'.repeat(2400)}.com`, 'go-jp.'.repeat(800)]) {
      expect(fastestCpuMs(() => checker.check(text)), text.slice(0, 20)).toBeLessThan(100);
    }
  });

  it('finds the links of a text', () => {
    expect(findLinks('見て:https://example.com/a、次へ', new Set(['com'])).map((l) => l.url)).toEqual(['https://example.com/a']);
  });
});
