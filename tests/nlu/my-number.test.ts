import { describe, expect, it } from 'vitest';
import { containsMyNumber, isValidMyNumber, myNumberCheckDigit } from '../../src/nlu/my-number.ts';
import { MADE_UP_MY_NUMBERS, MY_NUMBER_FORMS } from '../support/my-number-forms.ts';

describe('My Number check digit (平成26年総務省令第85号 第5条)', () => {
  it('computes the check digit of a known number', () => {
    expect(myNumberCheckDigit('12345678901')).toBe(8);
    expect(isValidMyNumber('123456789018')).toBe(true);
  });

  it('uses 0 when the remainder is 0 or 1', () => {
    // Σ P×Q for 00000000000 is 0 → check digit 0; for 10000000000 (P11=1, Q11=6) remainder 6 → 5.
    expect(myNumberCheckDigit('00000000000')).toBe(0);
    expect(myNumberCheckDigit('10000000000')).toBe(5);
    // P1 = 5 with Q1 = 2 gives 10, remainder 10 → 1; P1 = 6 gives 12, remainder 1 → 0.
    expect(myNumberCheckDigit('00000000005')).toBe(1);
    expect(myNumberCheckDigit('00000000006')).toBe(0);
  });

  it('rejects every wrong last digit', () => {
    for (let d = 0; d <= 9; d++) {
      expect(isValidMyNumber(`12345678901${d}`)).toBe(d === 8);
    }
  });

  it('about 1 in 11 random 12-digit numbers pass, as the spec says', () => {
    let pass = 0;
    let seed = 12345;
    const n = 22_000;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const digits = String(seed).padStart(10, '0').slice(0, 10) + String(i % 100).padStart(2, '0');
      if (isValidMyNumber(digits)) pass++;
    }
    expect(pass / n).toBeGreaterThan(0.07);
    expect(pass / n).toBeLessThan(0.11);
  });
});

describe('containsMyNumber', () => {
  it.each([
    ['私のマイナンバーは 1234 5678 9018 です', true],
    ['123456789018', true],
    ['1234-5678-9018', true],
    ['１２３４ ５６７８ ９０１８', true],
    ['番号は１２３４５６７８９０１８でした', true],
    ['注文番号 123456789012 の件', false],
    ['1234 5678 9012', false],
    ['電話 090-1234-5678', false],
    ['13桁 1234567890185 のコード', false],
    ['11桁 12345678901 の番号', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(containsMyNumber(text)).toBe(expected);
  });
});

describe('containsMyNumber: any digits, any non-letter between groups (issue 17)', () => {
  it('the made-up numbers have valid check digits', () => {
    for (const n of MADE_UP_MY_NUMBERS) expect(isValidMyNumber(n), n).toBe(true);
  });

  it.each(MY_NUMBER_FORMS)('finds $name', ({ text }) => {
    expect(containsMyNumber(text)).toBe(true);
    expect(containsMyNumber(`私のマイナンバーは${text}です`)).toBe(true);
    expect(containsMyNumber(`番号\n${text}\nよろしくお願いします`)).toBe(true);
  });

  it('finds one digit per group and groups of other sizes', () => {
    expect(containsMyNumber('3 1 4 1 5 9 2 6 5 3 5 2')).toBe(true);
    expect(containsMyNumber('314 159 265 352')).toBe(true);
    expect(containsMyNumber('31415926 5352')).toBe(true);
    expect(containsMyNumber('(3141) 5926-5352')).toBe(true);
  });

  it('finds a number written with emoji keycaps (1️⃣)', () => {
    expect(containsMyNumber([...'314159265352'].map((d) => `${d}\ufe0f\u20e3`).join(''))).toBe(true);
  });

  it.each([
    ['a 16-digit card number whose first twelve digits would pass', '3141 5926 5352 0000'],
    ['a 16-digit card number whose last twelve digits would pass', '0000 3141 5926 5352'],
    ['the same, hyphenated', '0000-3141-5926-5352'],
    ['the same, in one piece', '3141592653520000'],
    ['a 13-digit run', '9 3141 5926 5352'],
    ['an order number with a wrong check digit', '3141 5926 5353'],
    ['eleven digits', '3141 5926 535'],
    ['a date and a time whose twelve digits would pass', '2026/11/14 14:00'],
    ['a full-width date and time', '２０２６／１１／１４　１４：００'],
  ])('does not take %s for a My Number', (_name, text) => {
    expect(containsMyNumber(text)).toBe(false);
  });

  it('finds a My Number next to other numbers when letters separate them', () => {
    expect(containsMyNumber('カード 0000 の番号 3141 5926 5352 です')).toBe(true);
    expect(containsMyNumber('電話090-1234-5678、番号3141 5926 5352')).toBe(true);
  });

  it('does not join groups across a long gap of symbols', () => {
    expect(containsMyNumber('3141 ---- 5926 ---- 5352')).toBe(false);
  });

  it('reads only what the classifier reads (the first 5,000 characters)', () => {
    expect(containsMyNumber(`${'あ'.repeat(4990)}3141 5926 5352`)).toBe(false);
    expect(containsMyNumber(`${'あ'.repeat(4980)}3141 5926 5352`)).toBe(true);
  });
});
