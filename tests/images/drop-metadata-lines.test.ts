import { describe, expect, it } from 'vitest';
import { dropMetadataLines, isMetadataLine } from '../../src/images/drop-metadata-lines.ts';

describe('dropMetadataLines', () => {
  it('drops the date, time and 既読 lines of a screenshot and keeps the message', () => {
    const read = '今日 10:15\nマイナンバーカードの有効期限が近づいています。\nhttps://myna-koushin.jp.net/\n既読 10:16';
    expect(dropMetadataLines(read)).toBe('マイナンバーカードの有効期限が近づいています。\nhttps://myna-koushin.jp.net/');
  });

  it('recognises the usual forms of date and time lines, full-width too', () => {
    for (const line of ['10:42', '１０：４２', '午後3:05', '2026/12/07(月)', '12月7日(月) 10:15', '昨日 23:59', '既読', '既読 3', '既読 10:16', 'SMS/MMS', 'SMS 今日 10:15', 'テキストメッセージ', 'docomo', 'iMessage', '1分前', '3 時間前', '12月7日 月曜日', '12月7日(月曜日) 10:15']) {
      expect(isMetadataLine(line), line).toBe(true);
    }
  });

  it('keeps message lines that merely contain a time, a date or a number', () => {
    for (const line of ['受付 平日9時から17時', '至急 050-3188-2041 までお電話ください。', '12月7日までに申請してください', '10:00から窓口が開きます', '+81 80-4127-3395', 'au PAY の残高が不足しています', '3日前にお送りした書類について', '月曜日までにご返送ください']) {
      expect(isMetadataLine(line), line).toBe(false);
    }
  });

  it('cuts 既読 and its time off the end of a bubble line it merged with', () => {
    expect(dropMetadataLines('本日中に下記から再登録してください。既読 10:16')).toBe('本日中に下記から再登録してください。');
    expect(dropMetadataLines('17時まで 既読')).toBe('17時まで');
  });

  it('leaves the text unchanged when nothing but such lines was read', () => {
    expect(dropMetadataLines('10:42\n既読')).toBe('10:42\n既読');
  });
});
