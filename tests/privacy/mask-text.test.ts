import { describe, expect, it } from 'vitest';
import { MASK, maskSensitiveText } from '../../src/privacy/mask-text.ts';
import { digitRuns } from '../../src/nlu/text-scan.ts';
import { MY_NUMBER_FORMS } from '../support/my-number-forms.ts';

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

/** The digits a reader (or a script) could take from `text`, in order, however they are written. */
function digitsReadIn(text: string): string {
  return digitRuns(text, { maxGap: 1_000 }).map((r) => r.digits).join('');
}

/** True when `needle`'s characters appear in `haystack` in order (not necessarily together). */
function inOrder(haystack: string, needle: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

describe('masking My Numbers however they are written (issue 17)', () => {
  it.each(MY_NUMBER_FORMS)('masks $name', ({ text, digits }) => {
    for (const line of [text, `私のマイナンバーは${text}です`, `番号\n${text}\nよろしく`]) {
      const masked = maskSensitiveText(line);
      expect(masked).toContain(MASK.myNumberLike);
      const left = masked.replaceAll(MASK.myNumberLike, '');
      expect(inOrder(digitsReadIn(left), digits), `${JSON.stringify(line)} → ${JSON.stringify(masked)}`).toBe(false);
      expect(digitsReadIn(left)).toBe('');
    }
  });

  it('masks a 16-digit card number as a number (not as a My Number), whatever the separators', () => {
    for (const text of ['3141 5926 5352 0000', '3141、5926、5352、0000', '３１４１／５９２６／５３５２／００００', '①②③④⑤⑥⑦⑧⑨⓪①②③④⑤⑥']) {
      expect(maskSensitiveText(`カード番号は${text}です`)).toBe(`カード番号は${MASK.number}です`);
    }
  });

  it.each([
    ['circled digits', '⓪⑨⓪-①②③④-⑤⑥⑦⑧'],
    ['mathematical digits', '𝟎𝟗𝟎 𝟏𝟐𝟑𝟒 𝟓𝟔𝟕𝟖'],
    ['Arabic-Indic digits', '٠٩٠-١٢٣٤-٥٦٧٨'],
    ['zero-width spaces between the digits', [...'09012345678'].join('\u200b')],
    ['commas', '090,1234,5678'],
    ['slashes', '090/1234/5678'],
    ['underscores', '090_1234_5678'],
    ['kanji digits and ー', '〇九〇ー一二三四ー五六七八'],
  ])('masks a phone number written with %s', (_name, text) => {
    const masked = maskSensitiveText(`電話は${text}です`);
    expect(masked).toBe(`電話は${MASK.number}です`);
  });

  it.each([
    ['a zero-width space before the @', 'taro.yamada\u200b@example.com'],
    ['spaces around the @', 'taro.yamada @ example.com'],
    ['a full-width ＠ with spaces', 'taro.yamada　＠　example.com'],
    ['a small ﹫', 'taro.yamada﹫example.com'],
    ['a zero-width space inside the domain', 'taro.yamada@example\u200b.com'],
    ['a zero-width joiner inside the local part', 'taro\u200d.yamada@example.com'],
  ])('masks an e-mail address written with %s', (_name, text) => {
    const masked = maskSensitiveText(`メールは ${text} です`);
    expect(masked).toBe(`メールは ${MASK.email} です`);
  });

  it('keeps the words around an address', () => {
    expect(maskSensitiveText('連絡先 taro@example.com まで。')).toBe(`連絡先 ${MASK.email} まで。`);
    expect(maskSensitiveText('taro@example.com.')).toBe(`${MASK.email}.`);
  });
});
