/**
 * My Numbers made up for these tests (valid check digits, computed by hand from the rule above;
 * the first test re-checks them) and every way issue 17 found them written.
 */
export const MADE_UP_MY_NUMBERS = ['314159265352', '271828182840', '864209753191', '555012345676'] as const;

export const digitForms: Record<string, (d: number) => string> = {
  ascii: (d) => String(d),
  fullWidth: (d) => String.fromCharCode(0xff10 + d),
  circled: (d) => (d === 0 ? '⓪' : String.fromCharCode(0x2460 + d - 1)),
  mathematicalBold: (d) => String.fromCodePoint(0x1d7ce + d),
  mathematicalMonospace: (d) => String.fromCodePoint(0x1d7f6 + d),
  arabicIndic: (d) => String.fromCharCode(0x0660 + d),
  extendedArabicIndic: (d) => String.fromCharCode(0x06f0 + d),
  devanagari: (d) => String.fromCharCode(0x0966 + d),
  kanji: (d) => '〇一二三四五六七八九'[d]!,
};

export const separators: Record<string, string> = {
  none: '',
  space: ' ',
  newline: '\n',
  crlf: '\r\n',
  tab: '\t',
  dot: '.',
  noBreakSpace: '\u00a0',
  ideographicSpace: '\u3000',
  comma: ',',
  ideographicComma: '、',
  slash: '/',
  underscore: '_',
  hyphen: '-',
  fullWidthHyphen: '－',
  longVowelMark: 'ー',
  middleDot: '・',
  zeroWidthSpace: '\u200b',
  zeroWidthJoiner: '\u200d',
  wordJoiner: '\u2060',
  softHyphen: '\u00ad',
  hangulFiller: '\u3164',
  byteOrderMark: '\ufeff',
  spacedHyphen: ' - ',
  twoZeroWidth: '\u200b\u200b',
};

/** `digits` in the form `digit`, in groups of four joined by `sep`. */
export function written(digits: string, digit: (d: number) => string, sep: string): string {
  const groups = digits.match(/.{4}/g)!.map((g) => [...g].map((c) => digit(Number(c))).join(''));
  return groups.join(sep);
}

/** Every (digit form, separator) pair, with a made-up number each. */
export const MY_NUMBER_FORMS: { name: string; text: string; digits: string }[] = Object.entries(digitForms).flatMap(([formName, digit], i) =>
  Object.entries(separators).map(([sepName, sep], j) => {
    const digits = MADE_UP_MY_NUMBERS[(i + j) % MADE_UP_MY_NUMBERS.length]!;
    return { name: `${formName} digits, ${sepName} between groups`, text: written(digits, digit, sep), digits };
  }),
);

