import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFromTsv } from '../../src/images/ocr-lines.ts';
import { checkScreenChromeData, headerColumn, isReactionRow, loadScreenChrome, withoutChrome } from '../../src/images/screen-chrome.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';

const chrome = loadScreenChrome(DATA_DIR);

describe("a social page's row of counts (data/screen-chrome.yaml's reactionWords)", () => {
  it('tells a row of counts under a post, a comment or a question, an icon read as one stray character allowed', () => {
    for (const line of ['5 1,024返信', '1.024 返信', '共感した12閲覧数3,402回答数1', '人184コメント50件', '4 2.318コメント97件', 'マ返信38件']) expect(isReactionRow(line, chrome), line).toBe(true);
  });

  it("drops a row of an app's tabs read as one line (three or more of the screen's words), and keeps a line with two or with other words", () => {
    for (const line of ['すべてテキストファイル', 'すべて 写真 テキスト ファイル', '返信 全員に返信 転送']) expect(withoutChrome(line, chrome), line).toBeNull();
    for (const line of ['重要通知', '写真とファイルを送ってください', 'すべてのテキストを確認']) expect(withoutChrome(line, chrome), line).not.toBeNull();
  });

  it('drops a back button to a list of notices, and keeps a sentence about the list', () => {
    for (const line of ['くお知らせ一覧', '<お知らせ一覧', 'お知らせ一覧']) expect(withoutChrome(line, chrome), line).toBeNull();
    expect(withoutChrome('お知らせ一覧からご確認ください。', chrome)).not.toBeNull();
  });

  it("drops a social app's wordmark and a magnifier app's title bar with its zoom, and keeps a sentence about Facebook", () => {
    for (const line of ['facebook 5', 'facebookすす', '拡大鏡い2.4倍】', '拡大鏡 2.1倍']) expect(withoutChrome(line, chrome), line).toBeNull();
    expect(withoutChrome('Facebookのアカウントが停止されました。本日中にご確認ください', chrome)).not.toBeNull();
  });

  it('takes no sentence, no count without a number and no date for one', () => {
    for (const line of ['返信', '38件', 'コメントする...', 'コメントを返信してください 3件', '12月7日 返信しました', '2026/12/7 8:14', '返信は3日以内にお願いします']) expect(isReactionRow(line, chrome), line).toBe(false);
  });
});

describe('the screen\'s own words (data/screen-chrome.yaml)', () => {
  it('drops a web mail\'s folders, buttons and footer, and the recipient\'s address', () => {
    for (const line of ['受信箱 (3)', '下書き', '迷惑メール', 'ゴミ箱', '全員に返信', 'Copyright © 2026 All Rights Reserved.', '宛先：tanaka.kazuko@yahoo.co.jp', 'To: me@example.jp', 'たった今', '‹ 受信', '<受信', '(受信']) {
      expect(withoutChrome(line, chrome), line).toBeNull();
    }
  });

  it("drops a mail app's back button with the mail's place in its folder (「‹ 受信箱  3/128」), and keeps a line where a date follows words", () => {
    for (const line of ['受信3/128', '<受信箱 3/128', '受信箱 12/345']) expect(withoutChrome(line, chrome), line).toBeNull();
    expect(withoutChrome('締め切りは12/15', chrome)).toBe('締め切りは12/15');
  });

  it('drops a mail\'s header fields, a browser tab\'s title and the web mail\'s own address bar', () => {
    for (const line of ['差出人：みどり市役所 <info@city.example.jp>', 'From: info@example.jp', 'Yahoo!メール - 受信箱', 'Gmail', '🔒mail.yahoo.co.jp/u/pc/f/message', '名mail.yahoo.cojp/u/pc/f/message', 'https://mail.google.com/mail/u/0/#inbox']) {
      expect(withoutChrome(line, chrome), line).toBeNull();
    }
  });

  it("drops a mail's sender line without a label: a name and its address in angle brackets, perhaps a date after it", () => {
    for (const line of ['三井銀行<info@mitsui-anzen.top>', '市役所 保険課 <hoken@city.example.jp> 7:55', '山田 ＜yamada@example.jp＞']) {
      expect(withoutChrome(line, chrome), line).toBeNull();
    }
    // An address in the message's own sentence stays: it is evidence.
    for (const line of ['ご質問は info@example.jp までご連絡ください', '返信先 <info@example.jp> に口座番号とお名前を送ってください。本日中にお願いします']) {
      expect(withoutChrome(line, chrome), line).toBe(line);
    }
  });

  it("drops a computer browser's tab strip (the page's title beside an empty tab), not a sentence about tabs", () => {
    expect(withoutChrome('三井住友カード本人認証サービス新しいタブ', chrome)).toBeNull();
    expect(withoutChrome('三井住友カード本人認証サービス新しいタブ十', chrome)).toBeNull();
    expect(withoutChrome('新しいタブで開かずに、このページから入力してください', chrome)).toBe('新しいタブで開かずに、このページから入力してください');
  });

  it("drops a chat's input field read with its icons as stray characters, but not a sentence that goes on after a screen word", () => {
    expect(withoutChrome('十。メッセージを入力ノ', chrome)).toBeNull();
    expect(withoutChrome('迷惑メールフォルダに入', chrome)).toBe('迷惑メールフォルダに入');
  });

  it('keeps any other address: a phishing page\'s or a link in the message is evidence', () => {
    for (const line of ['yucho-direct-secure.com', 'https://mail-yahoo.co.jp.verify-login.top/', 'https://myna-support.xyz/renew', 'Yahoo!メールを装った偽のメールにご注意ください。心当たりのないリンクは開かないでください']) {
      expect(withoutChrome(line, chrome), line).toBe(line);
    }
  });

  it('never touches the message: a chrome word inside a sentence, or a line that only starts like one', () => {
    for (const line of ['迷惑メールフォルダに入っていたお知らせです', '下書きを保存しました。至急ご確認ください', '今すぐご確認ください', '返信してください', '(受信したメールをご確認ください)']) {
      expect(withoutChrome(line, chrome), line).toBe(line);
    }
  });

  it('leaves such lines out of a whole-screen read', () => {
    const row = (line: number, top: number, text: string) => ['5', '1', '1', '1', String(line), '1', '40', String(top), String(30 * text.length), '30', '92', text].join('\t');
    const tsv = [row(1, 100, '受信箱(3)'), row(2, 160, '市民課からのお知らせです。'), row(3, 220, 'ゴミ箱')].join('\n');
    expect(readFromTsv(tsv, 1200, 800, { chrome }).text).toBe('市民課からのお知らせです。');
  });

  describe('a broken file is refused, naming the file, the field and the value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chrome-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a word twice', () => {
      writeFileSync(join(dir, 'screen-chrome.yaml'), 'lines: [下書き, 受信箱, " 下書き"]\nfooters: []\nheaderLabels: []\nappNames: []\nappDomains: []\n');
      const [error] = checkScreenChromeData(dir);
      expect(error?.message).toMatch(/screen-chrome\.yaml/);
      expect(error?.message).toMatch(/lines\[2\].*下書き/);
    });

    it('a domain that is not one', () => {
      writeFileSync(join(dir, 'screen-chrome.yaml'), 'lines: [下書き]\nfooters: []\nheaderLabels: []\nappNames: []\nappDomains: ["https://mail.example.jp/"]\n');
      const [error] = checkScreenChromeData(dir);
      expect(error?.message).toMatch(/appDomains\[0\].*https:\/\/mail\.example\.jp/);
    });

    it('an empty word and an unknown field', () => {
      writeFileSync(join(dir, 'screen-chrome.yaml'), 'lines: [""]\nfooters: []\nheaderLabels: []\nappNames: []\nappDomains: [mail.example]\nbuttons: []\n');
      const [error] = checkScreenChromeData(dir);
      expect(error?.message).toMatch(/lines\[0\]/);
      expect(error?.message).toMatch(/buttons/);
    });
  });

  it('the committed file is valid', () => {
    expect(checkScreenChromeData(DATA_DIR)).toEqual([]);
  });
});

describe("a phone mail's header as a column of labels beside their values (headerColumn)", () => {
  const chrome = loadScreenChrome(DATA_DIR);

  it('drops the sender (and the address alone under it) and the date, and keeps the subject without its label', () => {
    const texts = ['差出人 医療費センター', 'kanpu@iryou.example', '日時 2026/12/07 08:03', '件名【最終のご案内】還付金のお受け取り', 'について'];
    const { drop, subjects } = headerColumn(texts, chrome);
    expect([...drop].sort()).toEqual([0, 1, 2]);
    expect(subjects.get(3)).toBe('【最終のご案内】還付金のお受け取り');
  });

  it('leaves a sentence that starts with a label\'s word (「差出人を確認してください」) and lines without a label alone', () => {
    const { drop, subjects } = headerColumn(['差出人を確認してから開いてください。', '件名だけでは分かりません', 'お知らせ'], chrome);
    expect(drop.size).toBe(0);
    expect(subjects.size).toBe(0);
  });
});

describe('readFromTsv: the header column only in the top part of a phone screenshot read whole', () => {
  const chrome = loadScreenChrome(DATA_DIR);
  const row = (line: number, top: number, text: string) => ['5', '1', '1', '1', String(line), '1', '40', String(top), '900', '40', '92', text].join('\t');

  it('reads the subject and the body, not the sender and the date; a 「日時」 line in the body further down stays (a visit notice\'s evidence)', () => {
    const tsv = [row(1, 200, '差出人 かえで市 市民課'), row(2, 260, '日時 2026/12/07 08:03'), row(3, 330, '件名 窓口のご案内'), row(4, 900, '市役所の窓口でお待ちしております。'), row(5, 1500, '日時 12月10日 10時から')].join('\n');
    const text = readFromTsv(tsv, 1080, 2400, { chrome, dropMetadata: true }).text;
    expect(text).toBe('窓口のご案内\n市役所の窓口でお待ちしております。\n日時 12月10日 10時から');
  });
});
