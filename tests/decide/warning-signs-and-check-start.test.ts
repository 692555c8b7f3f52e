import { describe, expect, it } from 'vitest';
import { warningSigns } from '../../src/decide/warning-signs.ts';
import { answersInText, startsCheck } from '../../src/decide/guided-check.ts';
import { foldText } from '../../src/nlu/normalise-text.ts';
import type { RedFlag } from '../../src/nlu/classification.ts';
import { classified, knowledge } from '../replies/fixtures.ts';

describe('warning signs', () => {
  it('lists a sign once however often the message repeats it, and keeps signs that differ in any detail', () => {
    const link = (host: string, shortener = false): RedFlag => ({ kind: 'link', host, government: false, shortener });
    const phone = (international: boolean, countryCode: string | null): RedFlag => ({ kind: 'phone', international, countryCode });
    const flags: RedFlag[] = [
      link('bit.ly', true),
      link('bit.ly', true),
      link('bit.ly', false),
      phone(true, '+1'),
      phone(true, '+1'),
      phone(true, '+44'),
      { kind: 'money_demand', term: '手数料' },
      { kind: 'money_demand', term: '手数料' },
      { kind: 'money_demand', term: '振り込' },
    ];
    expect(warningSigns(flags, 'scam')).toEqual([link('bit.ly', true), link('bit.ly', false), phone(true, '+1'), phone(true, '+44'), { kind: 'money_demand', term: '手数料' }, { kind: 'money_demand', term: '振り込' }]);
  });

  it('counts a link host once after its digits are masked', () => {
    const hosts = ['a1234.example.top', 'a5678.example.top'].map((host): RedFlag => ({ kind: 'link', host, government: false, shortener: false }));
    expect(warningSigns(hosts, 'scam')).toEqual([{ kind: 'link', host: 'a****.example.top', government: false, shortener: false }]);
  });
});

describe('starting the guided check from a short message', () => {
  const check = knowledge().replies.check;
  const { maxChars } = check.startFromText;
  const starts = (text: string) => startsCheck(text, foldText(text), classified('scam.phishing'), answersInText(foldText(text), check), check);

  it('counts characters, not UTF-16 units: an emoji is one character', () => {
    const base = '変なメールが来た';
    const atLimit = base + '😱'.repeat(maxChars - [...base].length);
    expect([...atLimit].length).toBe(maxChars);
    expect(atLimit.length).toBeGreaterThan(maxChars);
    expect(starts(atLimit)).toBe(true);
    expect(starts(atLimit + '😱')).toBe(false);
  });
});

describe('digits in a link host are masked before the host is shown (issue 17)', () => {
  it.each([
    ['a1234.example.top', 'a****.example.top'],
    ['314-159-265-352.example.com', '***-***-***-***.example.com'],
    ['3141.5926.5352.example.com', '****.****.****.example.com'],
    ['٣١٤١٥٩٢٦٥٣٥٢.example.com', '************.example.com'],
    ['u0u.biz', 'u0u.biz'],
    ['12-34.example.jp', '**-**.example.jp'],
    ['web3.example.jp', 'web3.example.jp'],
  ])('%s → %s', (host, shown) => {
    expect(warningSigns([{ kind: 'link', host, government: false, shortener: false }], 'scam')).toEqual([{ kind: 'link', host: shown, government: false, shortener: false }]);
  });
});
