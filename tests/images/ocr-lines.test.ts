import { describe, expect, it } from 'vitest';
import { addressOf, readFromTsv, withLinkSchemesMended } from '../../src/images/ocr-lines.ts';

/** Tesseract TSV word rows: [line, left, top, width, height, conf, text]. */
const tsv = (words: [number, number, number, number, number, number, string][]) =>
  words.map(([line, left, top, width, height, conf, text], i) => ['5', '1', '1', '1', String(line), String(i + 1), left, top, width, height, conf, text].join('\t')).join('\n');

describe('readFromTsv on stacked chat bubbles', () => {
  const read = tsv([
    [1, 40, 30, 300, 30, 94, 'マイナンバーカードの有効期限が'],
    [2, 40, 80, 200, 30, 92, '近づいています。'],
    [3, 40, 130, 500, 30, 18, 'https://myna-koushin.jp.net/'],
  ]);

  it('keeps an unsure link line read inside a bubble: it is the evidence', () => {
    expect(readFromTsv(read, 600, 1200, { inBubbles: true }).text).toBe('マイナンバーカードの有効期限が\n近づいています。\nhttps://myna-koushin.jp.net/');
  });

  it('drops the same unsure line on a whole screenshot, where such lines are mostly chrome', () => {
    // The two lines left are then one wrapped sentence (the first runs to the block's right edge), joined again.
    expect(readFromTsv(read, 600, 1200).text).toBe('マイナンバーカードの有効期限が近づいています。');
  });

  it('does not treat the top of the stacked bubbles as a status bar', () => {
    const top = tsv([[1, 40, 10, 300, 30, 90, '至急ご連絡ください']]);
    expect(readFromTsv(top, 600, 1400).text).toBe('');
    expect(readFromTsv(top, 600, 1400, { inBubbles: true }).text).toBe('至急ご連絡ください');
  });
});

describe("readFromTsv: a phone browser's address bar", () => {
  // A portrait screenshot 1080 × 2400 read whole.
  const page = (address: string, top: number) =>
    tsv([
      [1, 60, top, 600, 40, 80, address],
      [2, 60, 700, 900, 40, 93, 'お客様の口座は一時的に利用停止されています。'],
      [3, 60, 760, 500, 40, 92, 'https://example-bank.jp/login'],
    ]);

  it("takes an address alone on its line in the top or the bottom strip out of the page's text, with an icon read as a stray character or two, and keeps the address apart as the bar's", () => {
    const top = readFromTsv(page('かふmyna-portal-login.com:', 180), 1080, 2400);
    expect(top.text).toBe('お客様の口座は一時的に利用停止されています。\nhttps://example-bank.jp/login');
    expect(top.barAddress).toBe('myna-portal-login.com');
    const bottom = readFromTsv(page('んyucho-direct-secure.comやつ', 2290), 1080, 2400);
    expect(bottom.text).toBe('お客様の口座は一時的に利用停止されています。\nhttps://example-bank.jp/login');
    expect(bottom.barAddress).toBe('yucho-direct-secure.com');
    // Its scheme mended as in the text.
    expect(readFromTsv(page('https:/myna-portal-login.com/a', 180), 1080, 2400).barAddress).toBe('https://myna-portal-login.com/a');
  });

  it('has no bar address when no line was taken for the bar', () => {
    expect(readFromTsv(page('ゆうちょダイレクト', 180), 1080, 2400).barAddress).toBeUndefined();
    expect(readFromTsv(page('myna-portal-login.com', 180), 2400, 1350).barAddress).toBeUndefined();
  });

  it("keeps an address in the page's own text, a line of words in the strip, a mail address and a computer screen's bar", () => {
    expect(readFromTsv(page('ゆうちょダイレクト', 180), 1080, 2400).text).toContain('ゆうちょダイレクト');
    expect(readFromTsv(page('info@myna-support.xyz', 180), 1080, 2400).text).toContain('info@myna-support.xyz');
    expect(readFromTsv(page('myna-portal-login.com', 180), 2400, 1350).text).toContain('myna-portal-login.com');
    expect(readFromTsv(page('https://example-bank.jp/login', 180), 1080, 2400, { inBubbles: true }).text).toContain('https://example-bank.jp/login');
  });
});

describe('readFromTsv: date and time lines', () => {
  it("leaves out a line that is only a date and a time (a web mail's, beside the sender), not a time inside the message", () => {
    const read = tsv([
      [1, 40, 100, 500, 30, 93, '年末年始の窓口について'],
      [2, 40, 150, 300, 30, 92, '2026年12月7日(月)9:12'],
      [3, 40, 200, 600, 30, 94, '受付は9:00から17:00までです。'],
    ]);
    expect(readFromTsv(read, 1200, 800, { dropMetadata: true }).text).toBe('年末年始の窓口について\n受付は9:00から17:00までです。');
    // (A photo's lines are kept as read.)
    expect(readFromTsv(read, 1200, 800).text).toContain('9:12');
  });

  it('keeps it when nothing else was read', () => {
    expect(readFromTsv(tsv([[1, 40, 150, 300, 30, 92, '12月7日 10:15']]), 1200, 800, { dropMetadata: true }).text).toBe('12月7日 10:15');
  });
});

describe('readFromTsv: a status bar made taller by display zoom', () => {
  it('drops the line in the top strip that starts with the clock, and keeps a time further down', () => {
    const read = tsv([
      [1, 40, 120, 400, 60, 80, '8:47 1ママ)81%'],
      [2, 40, 700, 900, 60, 93, 'マイナポイントのお申込みがまだお済みでない方へ。'],
      [3, 40, 800, 900, 60, 93, '10:00までにお手続きください。'],
    ]);
    expect(readFromTsv(read, 1080, 2400).text).toBe('マイナポイントのお申込みがまだお済みでない方へ。\n10:00までにお手続きください。');
  });

  it("drops a chat's header (the back button's chevron and the contact's number) on a screen read whole, not a line further down", () => {
    const read = tsv([
      [1, 40, 150, 500, 60, 85, '<181 89-3952-6618'],
      [2, 40, 700, 900, 60, 93, '【運送会社】お荷物をお預かりしています。'],
      [3, 40, 800, 900, 60, 93, '<重要>ご住所をご確認ください。'],
    ]);
    expect(readFromTsv(read, 1080, 2400).text).toBe('【運送会社】お荷物をお預かりしています。\n<重要>ご住所をご確認ください。');
  });
});

describe("addressOf: the address in a browser's address bar read on its own", () => {
  it("takes the address without the bar's other parts (「AA」, a padlock or warning sign, the tab count, reload)", () => {
    expect(addressOf('AA ⚠ yucho-direct-secure.com C')).toBe('yucho-direct-secure.com');
    expect(addressOf('△ yucho-direct-secure.com 〇 3')).toBe('yucho-direct-secure.com');
    expect(addressOf('ん yucho-direct-secure.com.')).toBe('yucho-direct-secure.com');
    expect(addressOf('ⓘ https;//mynaportal-go.jp/login?id=1 2')).toBe('https://mynaportal-go.jp/login?id=1');
    expect(addressOf('ｍｙｎａ－ｐｏｉｎｔ．ｃｏｍ')).toBe('myna-point.com');
  });

  it('finds none in a bar that shows words, a search field or a mail address', () => {
    expect(addressOf('検索またはURLを入力')).toBeNull();
    expect(addressOf('AA 3')).toBeNull();
    expect(addressOf('info@myna-support.xyz')).toBeNull();
    expect(addressOf('')).toBeNull();
  });
});

describe('withLinkSchemesMended', () => {
  it("writes a link's scheme whole again when OCR lost a slash or misread the colon, and leaves the rest alone", () => {
    expect(withLinkSchemesMended('詳細は https:/nta-tax.jp/pay をご確認')).toBe('詳細は https://nta-tax.jp/pay をご確認');
    expect(withLinkSchemesMended('https;//myna.example.jp http//a.jp')).toBe('https://myna.example.jp http://a.jp');
    expect(withLinkSchemesMended('https://ok.example.jp/a/b')).toBe('https://ok.example.jp/a/b');
    expect(withLinkSchemesMended('httpsの設定/手順')).toBe('httpsの設定/手順');
  });

  it('is applied to what is read', () => {
    expect(readFromTsv(tsv([[1, 40, 100, 600, 30, 90, 'https:/mynapo-get.shop/entry']]), 1200, 800, { inBubbles: true }).text).toBe('https://mynapo-get.shop/entry');
  });
});
