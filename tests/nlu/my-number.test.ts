import { describe, expect, it } from 'vitest';
import { containsMyNumber, isValidMyNumber, myNumberCheckDigit } from '../../src/nlu/my-number.ts';

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
