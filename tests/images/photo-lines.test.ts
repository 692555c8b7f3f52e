import { describe, expect, it } from 'vitest';
import { isAddressSideLine, photoText, withPhoneNumbersMended } from '../../src/images/photo-lines.ts';

describe("a photo's lines a resident would not type (photo-lines.ts)", () => {
  it("leaves out an envelope's window (postal code, address, name with 様), and keeps the letter and its 在中 stamp", () => {
    const read = ['保険料還付金のお知らせ', '払い過ぎの分があります。下記の番号にお電話ください。', 'お問合せ 0120-000-592', '還付金通知書在中', '〒123-4567', 'かえで市かえで台三丁目4番地の2', '田中 節子 様'].join('\n');
    expect(photoText(read)).toBe(['保険料還付金のお知らせ', '払い過ぎの分があります。下記の番号にお電話ください。', 'お問合せ 0120-000-592', '還付金通知書在中'].join('\n'));
  });

  it("leaves out a letter's date alone on its line, a sender's address and a page's copyright footer, not a sentence that names a place or a date", () => {
    expect(isAddressSideLine('令和8年11月28日')).toBe(true);
    expect(isAddressSideLine('東京都港区芝浦9丁目9番9号')).toBe(true);
    expect(isAddressSideLine('株式会社 黄金堂 御中')).toBe(true);
    expect(isAddressSideLine('有効期限 令和9年2月14日')).toBe(false);
    expect(isAddressSideLine('市役所の窓口（3丁目）へお越しください。')).toBe(false);
    expect(isAddressSideLine('かえで市役所 03-0000-1234')).toBe(false);
    expect(isAddressSideLine('みどり市市民課 文書番号 第2026-1184号')).toBe(false);
    expect(isAddressSideLine('かえで市かえで台3-4-2 田中 節子')).toBe(true);
    expect(isAddressSideLine('ご本人様')).toBe(true);
    expect(isAddressSideLine('お客様各位へのご案内です。')).toBe(false);
    expect(isAddressSideLine('COopyright 2026 AU Rights Reserved')).toBe(true); // a photographed page's footer, as read
    expect(isAddressSideLine('© 2026 Example Corp.')).toBe(true);
    expect(isAddressSideLine('著作権侵害の請求が届きました。')).toBe(false);
  });

  it("leaves out a fax machine's header line and a barcode's groups of digits, not a fax number in the text nor a My Number", () => {
    expect(isAddressSideLine('12707 09:42 FROM:03-0000-3390ニホンシサンホゼンP.01')).toBe(true); // as read from a photographed fax
    expect(isAddressSideLine('2026/12/07 09:42 FROM: 03-0000-3390 P. 1/2')).toBe(true);
    expect(isAddressSideLine('お問い合わせFAX 03-0000-3390電話03-0000-3391')).toBe(false);
    expect(isAddressSideLine('受付 9:00〜17:00 (土日を除く)')).toBe(false);
    expect(isAddressSideLine('91 2345 6780 1234 5678')).toBe(true);
    expect(isAddressSideLine('1234 5678 9012')).toBe(false); // a My Number's shape: masked in the reply, kept as evidence
    expect(isAddressSideLine('請求金額 186,000円')).toBe(false);
  });

  it("leaves out a photographed screen's status bar read as its first line, not a letter's opening hours nor a later line", () => {
    expect(photoText(['14:03 milママ男)382%6', 'マイナポータル本人確認', '有効性確認が必要です。'].join('\n'))).toBe(['マイナポータル本人確認', '有効性確認が必要です。'].join('\n'));
    expect(photoText(['12:18"中', '【緊急告知】今だけ無料で公開します。'].join('\n'))).toBe('【緊急告知】今だけ無料で公開します。');
    expect(photoText(['9:00〜17:00(土日を除く)', 'お問い合わせください。'].join('\n'))).toBe(['9:00〜17:00(土日を除く)', 'お問い合わせください。'].join('\n'));
    expect(photoText(['10:30に伺います', 'よろしくお願いします。'].join('\n'))).toBe(['10:30に伺います', 'よろしくお願いします。'].join('\n'));
    expect(photoText(['お知らせ', '8:02'].join('\n'))).toBe(['お知らせ', '8:02'].join('\n'));
  });

  it("turns a 「|」 read for a table's rule or the page's edge into a space, and keeps one set apart in a page's title", () => {
    expect(photoText(['返送期日|令和8年12月20日', '|有効期限。令和9年2月14日', '手続きをお願いします。|'].join('\n'))).toBe(['返送期日 令和8年12月20日', '有効期限。令和9年2月14日', '手続きをお願いします。'].join('\n'));
    expect(photoText('お届け先住所の確認 | ヤマト運輸')).toBe('お届け先住所の確認 | ヤマト運輸');
  });

  it("reads a slip's stub once: lines that repeat what was read above go, short ones (1枚) stay", () => {
    const read = ['金額 39,800円', '加入者名 民事訴訟管理センター', '期日 12月12日までにお払い込みください', '振替払込請求書兼受領証', '民事訴訟管理センター', '39,800円', '1枚', '1枚'].join('\n');
    expect(photoText(read).split('\n')).toEqual(['金額 39,800円', '加入者名 民事訴訟管理センター', '期日 12月12日までにお払い込みください', '振替払込請求書兼受領証', '1枚', '1枚']);
  });

  it('mends a zero read as the letter O and a hyphen read as a full stop inside a phone number, and leaves words, amounts and links alone', () => {
    expect(withPhoneNumbersMended('お電話は O120-OO0-418 まで')).toBe('お電話は 0120-000-418 まで');
    expect(withPhoneNumbersMended('050-OO00-6621へ')).toBe('050-0000-6621へ');
    expect(withPhoneNumbersMended('OOO-OOO-OOOO')).toBe('OOO-OOO-OOOO');
    expect(withPhoneNumbersMended('https://example.com/Oo-12')).toBe('https://example.com/Oo-12');
    expect(withPhoneNumbersMended('お問合せ 0120-000.592')).toBe('お問合せ 0120-000-592');
    expect(withPhoneNumbersMended('41.250円 と 3.14.159')).toBe('41.250円 と 3.14.159');
    expect(isAddressSideLine('〒123.4567')).toBe(true);
  });

  it('keeps the text as read when every line would go', () => {
    expect(photoText('〒123-4567\n田中 節子 様')).toBe('〒123-4567\n田中 節子 様');
  });
});
