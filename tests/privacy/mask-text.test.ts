import { describe, expect, it } from 'vitest';
import { MASK, maskSensitiveText } from '../../src/privacy/mask-text.ts';

describe('masking text before it may reach a log', () => {
  it.each([
    ['私のマイナンバーは1234 5678 9018です', '私のマイナンバーは[number:12]です'],
    ['１２３４ ５６７８ ９０１８', '[number:12]'],
    ['１２３４−５６７８−９０１８', '[number:12]'],
    ['1234-5678-9018', '[number:12]'],
    ['123456789018', '[number:12]'],
    ['1234  -  5678  -  9018', '[number:12]'],
    ['1234\n5678\n9018', '[number:12]'],
    ['1 2 3 4 5 6 7 8 9 0 1 8', '[number:12]'],
  ])('masks a My Number however it is written: %j', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it.each([
    ['電話は090-1234-5678です', '電話は[number]です'],
    ['09012345678', '[number]'],
    ['+81 90-1234-5678', '[number]'],
    ['(03)1234-5678', '([number]'],
    ['０９０ー１２３４ー５６７８', '[number]'],
    ['０３（１２３４）５６７８', '[number]'],
    ['〇九〇 一二三四 五六七八', '[number]'],
    ['口座番号 1234567', '口座番号 [number]'],
  ])('masks phone and account numbers, including full-width, ー as a hyphen and kanji digits from voice input: %j', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it.each([
    ['taro.yamada@example.com', MASK.email],
    ['連絡先 hanako_1990+bot@mail.example.co.jp まで', `連絡先 ${MASK.email} まで`],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', MASK.email],
  ])('masks e-mail addresses, full-width ones too: %j', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it('masks raw LINE user IDs', () => {
    expect(maskSensitiveText('from U4af4980629aaaaaaaaaaaaaaaaaaaaaa')).toBe(`from ${MASK.lineUserId}`);
  });

  it.each(['10,000円を払ってと言われた', '2026年11月24日 14:00 に電話', '#9110 か 188 に相談', '令和6年12月', '110番'])(
    'leaves what an operator needs to read: amounts, dates, times, short numbers (%j)',
    (text) => {
      expect(maskSensitiveText(text)).toBe(text);
    },
  );
});
