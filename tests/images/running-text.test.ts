import { describe, expect, it } from 'vitest';
import { beforeReactionRow, isRunningText, runningTextLines } from '../../src/images/running-text.ts';
import { readFromTsv } from '../../src/images/ocr-lines.ts';

/** Tesseract TSV word rows: [line, left, top, width, height, conf, text]. */
const tsv = (words: [number, number, number, number, number, number, string][]) =>
  words.map(([line, left, top, width, height, conf, text], i) => ['5', '1', '1', '1', String(line), String(i + 1), left, top, width, height, conf, text].join('\t')).join('\n');

describe('isRunningText', () => {
  it('tells sentences from labels', () => {
    expect(isRunningText('もしもし、こちらは町内会の者ですが、回覧板の件で')).toBe(true);
    expect(isRunningText('お電話ください。')).toBe(true); // a paragraph's short last line
    expect(isRunningText('+81 3-0000-1234 今日 16:48 不明')).toBe(false);
    expect(isRunningText('よく使う項目 履歴 連絡先 キーパッド')).toBe(false);
    expect(isRunningText('文字起こし')).toBe(false);
    expect(isRunningText('X訴訟最終通知書_0412.pdf@、:')).toBe(false); // a title bar's file name, a stray 「、」 read after it
    expect(isRunningText('電話をかける')).toBe(false);
  });
});

describe('runningTextLines', () => {
  const l = (text: string, height = 30) => ({ text, height });
  /** The lines one under the other, 50 px apart. */
  const placed = (lines: readonly { text: string; height: number }[]) => lines.map((x, i) => ({ ...x, top: i * 50, bottom: i * 50 + x.height }));

  it("keeps a voicemail's transcript alone: the caller's row, the small label above it, the player, the list of other calls and the tab bar go", () => {
    const lines = [
      l('編集', 28),
      l('留守番電話', 60),
      l('+81 3-0000-1234 今日 16:48 不明', 32),
      l('文字起こし', 20),
      l('もしもし、こちらは市の保険年金課です。保険料の払い戻しが'),
      l('ありますので、今日中に折り返しお電話ください。手続きの期限'),
      l('は今週の金曜日までとなっておりますので、お早めにどうぞ。'),
      l('-0:41', 20),
      l('スピーカー 電話 削除', 26),
      l('山田 内科', 32),
      l('よく使う項目 履歴 連絡先 キーパッド', 18),
    ];
    expect(runningTextLines(placed(lines))).toEqual([4, 5, 6]);
  });

  it("keeps a heading right above the text (a letter's title, as large as the text or larger) and a form's labels right under it, and a link anywhere", () => {
    const lines = [l('令和8年12月1日', 22), l('受け取り窓口のご案内', 40), l('申請されたカードができあがった方には、通知書をお送りしています。'), l('平日に来られない方のために、日曜日にも窓口を開きます。'), l('予約は市の窓口で受け付けます。'), l('お名前'), l('暗証番号'), l('1 / 2', 20), l('https://city.example/yoyaku', 20)];
    expect(runningTextLines(placed(lines))).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it("keeps a paragraph's first line that holds no sentence's mark (katakana and kanji), and a title wrapped over two lines above it", () => {
    const lines = [l('受信箱', 30), l('マイナンバーカード電子証明書の失効に', 50), l('ついて', 30), l('お客様のマイナンバーカードの利用者証明用電子'), l('証明書は、12月20日に失効します。失効後は使えません。'), l('オンラインでの更新は、こちらのページで行えます。'), l('返信 転送 削除', 22)];
    expect(runningTextLines(placed(lines))).toEqual([1, 2, 3, 4, 5]);
  });

  it("takes no app bar's name far above a notice's small date label for the notice's title", () => {
    const lines = [
      { text: 'あおば銀行', height: 45, top: 121, bottom: 168 },
      { text: '重要 2026年12月5日', height: 31, top: 397, bottom: 444 },
      { text: 'マイナンバーのお届けのお願い', height: 43, top: 477, bottom: 524 },
      { text: '当行では、法令に基づき、お客さまのマイナンバーのお届', height: 36, top: 608, bottom: 666 },
      { text: 'けをお願いしております。', height: 35, top: 681, bottom: 737 },
      { text: 'なお、当行から電話やメールでマイナンバーや暗証番号を', height: 35, top: 1028, bottom: 1084 },
      { text: 'お尋ねすることはありません。', height: 35, top: 1104, bottom: 1143 },
    ];
    expect(runningTextLines(lines)).toEqual([2, 3, 4, 5, 6]);
  });

  it('leaves out a line far under the text (a toolbar at the bottom of the screen), however large', () => {
    const lines = placed([l('お知らせ', 24), l('もしもし、こちらは市の保険年金課です。保険料の払い戻しが'), l('ありますので、今日中に折り返しお電話ください。手続きの期限'), l('は今週の金曜日までとなっておりますので、お早めにどうぞ。'), l('返信 転送 削除', 40)]);
    lines[4] = { ...lines[4]!, top: 2000, bottom: 2040 };
    expect(runningTextLines(lines)).toEqual([1, 2, 3]);
  });

  it('leaves a read with two runs of text apart as it is (a mail: its subject, the sender block, then the body)', () => {
    const lines = [l('【重要】ご利用を一時的に制限しました。'), l('カード会員サービス', 24), l('notice@card.example', 20), l('いつもご利用いただきありがとうございます。'), l('下記よりご本人様の確認をお願いいたします。')];
    expect(runningTextLines(placed(lines))).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves a read whose running text is not most of it as it is', () => {
    const lines = [l('お知らせ一覧'), l('12/1 年末年始の窓口について'), l('12/2 ごみ収集日の変更について'), l('12/3 防災訓練の実施について'), l('詳しくはこちら。'), l('受付時間 平日8時30分〜17時15分 土日祝休み'), l('問い合わせ先 市民課 窓口係 電話番号 03-0000-0000')];
    expect(runningTextLines(placed(lines))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('readFromTsv on a phone screenshot read whole: one message amid the app labels', () => {
  // A portrait screenshot 1080 × 2400: a voicemail list with one message opened.
  const read = tsv([
    [1, 40, 150, 200, 40, 90, '編集'],
    [2, 40, 260, 400, 80, 93, '留守番電話'],
    [3, 40, 420, 700, 40, 91, '+81 3-0000-1234 今日 16:48'],
    [4, 60, 520, 200, 28, 90, '文字起こし'],
    [5, 60, 570, 950, 40, 93, 'もしもし、こちらは市の保険年金課です。保険料の払い戻しが'],
    [6, 60, 625, 950, 40, 92, 'ありますので、今日中に折り返しお電話ください。手続きの期限'],
    [11, 60, 680, 900, 40, 92, 'は今週の金曜日までとなっておりますので、お早めにどうぞ。'],
    [7, 900, 720, 120, 26, 88, '-0:41'],
    [8, 40, 900, 300, 44, 93, '山田 内科'],
    [9, 40, 960, 200, 30, 90, '携帯電話'],
    [10, 40, 2300, 1000, 26, 85, 'よく使う項目 履歴 連絡先 キーパッド'],
  ]);

  it('reads the transcript a resident would retype, not the labels around it', () => {
    // (Its wrapped lines joined again into the sentences spoken.)
    expect(readFromTsv(read, 1080, 2400, { dropMetadata: true }).text).toBe('もしもし、こちらは市の保険年金課です。保険料の払い戻しがありますので、今日中に折り返しお電話ください。手続きの期限は今週の金曜日までとなっておりますので、お早めにどうぞ。');
  });

  it('keeps every line of stacked chat bubbles (their own rules choose among them) and of a page read in columns', () => {
    expect(readFromTsv(read, 1080, 2400, { dropMetadata: true, inBubbles: true }).text).toContain('山田 内科');
    expect(readFromTsv(read, 1080, 2400, { dropMetadata: true, inReadingOrder: true }).text).toContain('山田 内科');
  });
});

describe('beforeReactionRow (a social page: the post ends at its row of counts)', () => {
  const row = (t: string) => /返信|閲覧数/u.test(t) && /\d/u.test(t);
  /** Lines one under the other, 50 px apart, 30 px high unless given. */
  const placed = (lines: readonly (string | [string, number])[]) => lines.map((x, i) => { const [text, height] = typeof x === 'string' ? [x, 30] : x; return { text, height, top: i * 50, bottom: i * 50 + height }; });

  it("keeps a Q&A page's question with its bold title, and leaves out the site's header, the counts and the answers under them", () => {
    const lines = placed([
      ['みんなの知恵ひろば', 40],
      ['暮らしと生活 > 役所、公的手続き', 24],
      ['マイナンバーカードの暗証番号を3回間違えて', 40],
      ['ロックされました', 40],
      'コンビニで住民票を取ろうとしたら、暗証番号を何度か間違えてしまい、使えなくなりました。',
      'ロックを解除するには、どこに行けばいいですか。土日でもできますか。',
      ['共感した12 閲覧数3,402 回答数1', 24],
      ['回答(1件)', 40],
      'お住まいの市区町村の窓口で、暗証番号を設定し直せます。本人確認書類を持って行ってください。',
    ]);
    expect(beforeReactionRow(lines, row)).toEqual([2, 3, 4, 5]);
  });

  it("keeps a comment, not the video's title, the commenter's byline (as large as the comment) or the other comments under its counts; a link under them stays", () => {
    const lines = placed([
      ['はじめての新NISA 60代からの資産づくり', 34],
      ['コメント 1,284', 34],
      '@hiroko-1957・1日前',
      'この動画を見て勉強を始めましたが、なかなか増えませんでした。知人に紹介された先生のグループに入ってから資産が2倍近くになりました。',
      ['1,024 返信', 24],
      ['@kazu_fp・3日前', 24],
      '投資は自己責任で、少額からがいいですね',
      'https://invest-club.example/join',
    ]);
    expect(beforeReactionRow(lines, row)).toEqual([3, 7]);
  });

  it("keeps a post's title of its own size and both its paragraphs, one of them ending in a wrapped 「す。」", () => {
    const lines = placed([
      ['みどり市役所 · 2時間前', 24],
      '【マイナンバーカード 日曜窓口のご案内】',
      '12月は第2・第4日曜日の9時から12時まで、市役所1階の市',
      '民課で、カードの受け取りと電子証明書の更新ができま',
      'す。',
      '予約は市のホームページか、市民課(03-0000-4410)へ。',
      '届いた通知書と本人確認書類をお持ちください。',
      ['184 コメント 50件 返信', 24],
      '平日に行けないので助かります',
    ]);
    expect(beforeReactionRow(lines, row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves a read alone when no row of counts follows its largest run of text (a mail), or the row comes before it', () => {
    const mail = placed(['【再送】カードの不正利用の疑いについて', 'あなたのマイナンバーカードが、第三者により不正に利用された可能性があります。', '本人確認はこちら(本日中)', '※このメールに心当たりがない場合も、必ず手続きを行ってください。']);
    expect(beforeReactionRow(mail, row)).toBeNull();
    const rowFirst = placed(['返信 12', 'この動画を見て勉強を始めましたが、なかなか増えませんでした。知人に紹介された先生のグループに入りました。']);
    expect(beforeReactionRow(rowFirst, row)).toBeNull();
  });
});
