/**
 * Lines of a read screenshot that are the app's, not the message's: a time (10:42), a date line
 * (今日 10:15, 2026/12/07(月), 12月7日 午後3:05), 既読 with its time, the message kind (SMS/MMS,
 * iMessage, テキストメッセージ) or a carrier's name standing alone. A person reading the screen
 * skips them; left in, they shift what the text is classified as. Only whole lines go (and a
 * 「既読 10:16」 stuck to the end of a bubble's last line), so a time inside the message
 * (「17時まで」「受付 9:00〜17:00」) stays. Pure.
 */
const TIME = String.raw`(?:午前|午後|AM|PM)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*(?:AM|PM))?`;
const WEEKDAY = String.raw`(?:[（(]\s*[月火水木金土日](?:曜日?)?\s*[)）]|\s*[月火水木金土日]曜日?)`;
/** 「1分前」「3時間前」: when a notification came, as a lock screen shows it. */
const AGO = String.raw`\d{1,2}\s*(?:秒|分|時間|日)前`;
const DATE = String.raw`(?:今日|昨日|一昨日|\d{4}\s*[/年.-]\s*\d{1,2}\s*[/月.-]\s*\d{1,2}\s*日?|\d{1,2}\s*[/月]\s*\d{1,2}\s*日?)\s*${WEEKDAY}?`;
const READ_MARK = String.raw`既読(?:\s*\d{1,3})?`;

const METADATA_LINE = new RegExp(
  String.raw`^(?:` +
    [
      `${READ_MARK}\\s*(?:${TIME})?`,
      `${TIME}\\s*(?:${READ_MARK})?`,
      AGO,
      `${DATE}\\s*(?:${TIME})?`,
      String.raw`(?:SMS|MMS|SMS\s*/\s*MMS|iMessage|テキストメッセージ|ショートメッセージ)(?:\s*${DATE})?(?:\s*${TIME})?`,
      String.raw`(?:docomo|NTT\s*docomo|au|KDDI|SoftBank|ソフトバンク|楽天モバイル|Rakuten|Y!mobile|UQ\s*mobile|povo|ahamo|LINEMO)`,
    ].join('|') +
    String.raw`)$`,
  'iu',
);

/** 「…ください。既読 10:16」: the read mark and time OCR joined to the end of a bubble's last line. */
const TRAILING_READ_MARK = new RegExp(String.raw`\s*${READ_MARK}\s*(?:${TIME})?$`, 'u');

export function isMetadataLine(line: string): boolean {
  const t = line.normalize('NFKC').trim();
  return t !== '' && METADATA_LINE.test(t);
}

/** The read text without the app's lines; the text unchanged when nothing else would be left. */
export function dropMetadataLines(text: string): string {
  const kept = text
    .split('\n')
    .filter((line) => !isMetadataLine(line))
    .map((line) => {
      const stripped = line.normalize('NFKC').replace(TRAILING_READ_MARK, '');
      return stripped.trim() === '' || stripped === line.normalize('NFKC') ? line : stripped;
    });
  const out = kept.join('\n').trim();
  return out === '' ? text : out;
}
