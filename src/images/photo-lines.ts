/**
 * The lines of a photo's read that a resident would not type when asked what the paper says,
 * left out so that what is answered is the letter's own text: the envelope's or the postcard's
 * address side (a postal code alone, the addressee's name with 様 or 殿, an address alone on its
 * line, a postage mark), a date alone on its line (a letter's date: 令和8年11月28日), a photographed
 * page's copyright footer, a fax machine's header line (time, FROM and the sender's number, page),
 * a barcode's number printed as groups of digits alone, a photographed screen's status bar (its first line),
 * a 「|」 read for a rule or an edge beside a character (turned into a space),
 * and a line read a second time (a slip's receipt stub repeats the payee and the amount beside
 * the form: read twice, it doubled what the form says). A digit read as the letter O, or a hyphen
 * read as a full stop, inside a phone number's shape is mended (「0120-OO0-418」 → 「0120-000-418」,
 * 「0120-000.592」 → 「0120-000-592」), so the number is seen as a number.
 * Only whole lines go, and only while something else is left. Pure.
 */

/** 〒 and a postal code, alone. */
const POSTAL_CODE = /^〒?\s*\d{3}\s*[-ー－.]\s*\d{4}$/u;
/** A name and 様 or 殿 (with 御中 for a company), alone: who the letter is addressed to. */
const ADDRESSEE = /^[^\s、。,.:：!?！？0-9]{1,12}\s*(?:様|殿|御中|各位)$/u;
/** An address alone: a place (都道府県, 市区町村) and a block number (丁目, 番地, 番…号, 1-2-3; not a document's number 「第2026-1184号」), nothing said. */
const ADDRESS_PLACE = /[都道府県市区町村郡]/u;
const ADDRESS_NUMBER = /(?:[0-9一二三四五六七八九十]+\s*丁目|[0-9一二三四五六七八九十]+\s*番地|[0-9]+\s*番\s*[0-9]+\s*号|(?<![\d-])\d{1,4}\s*-\s*\d{1,4}\s*-\s*\d{1,4}(?![\d-]))/u;
const SAID = /[、。！？!?「」]|ください|します|です|ます/u;
const MAX_ADDRESS_CHARS = 32;
/** A postage mark: 「料金別納郵便」「料金後納郵便」. (A 「…在中」 stamp stays: it says what the sender claims the letter is.) */
const ENVELOPE_MARK = /^料金[別後]納(?:郵便)?$/u;
/** A date alone (an era's year, or the western one): a letter's date at its top right. */
const DATE_ALONE = /^(?:令和|平成|昭和)?\s*(?:\d{1,4}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
/** A web page's or a mail's copyright footer (「© 2026 …」「Copyright … All Rights Reserved」, as OCR reads them: 「COopyright 2026 AU Rights Reserved」), read whole when a screen is photographed. */
const COPYRIGHT = /^(?:©|\(c\)|c\s*o+\s*pyright\b)|rights\s*reserved/iu;
/**
 * A fax machine's line along the top of each page (「12/07 09:42 FROM:03-0000-3390 ニホンシサンホゼン P.01」): a time with the
 * sender's number labelled FROM (or the receiver's, TO) or a page number. The machine's, not the letter's.
 */
const FAX_TIME = /\d{1,2}:\d{2}/u;
const FAX_LABEL = /(?:FROM|TO)\s*[:：]|\bP\.\s*\d{1,3}(?:\/\d{1,3})?\s*$/iu;
/** A barcode's or a form's number printed in groups of digits alone (「91 2345 6780 1234 5678」): at least four groups… */
const DIGIT_GROUPS = /^\d{2,6}(?:\s+\d{2,6}){3,}$/u;
/** …and this many digits (a My Number card's 12 digits in three groups stays: it is masked, not dropped). */
const MIN_GROUPED_DIGITS = 14;
/**
 * A photographed screen's status bar, read as the first line: the clock, then the icons read as marks (「14:03 milママ男)382%6」):
 * a time at the line's start, no other time and no range (a letter's 「9:00〜17:00」 stays), no hiragana, at most this many characters.
 */
const STATUS_BAR = /^\d{1,2}:\d{2}(?!\d)/u;
const MAX_STATUS_BAR_CHARS = 20;
/**
 * A vertical stroke read as 「|」 against a character (a table's rule between a label and its value, a box's side, the page's
 * edge): Japanese text holds none. One set apart by spaces on both sides (a web page's title 「確認 | ヤマト運輸」) stays.
 */
const RULE_AS_PIPE = /(?<! )[|｜]|[|｜](?! )/gu;
/** A line this long (characters, no spaces) or longer read again is a repeat; shorter ones (「1枚」) may well be said twice. */
const MIN_REPEAT_CHARS = 5;

/** A phone number's shape with the letter O (or o) read for some of its zeros. */
const PHONE_WITH_O = /(?<![A-Za-z0-9])[0-9Oo]{2,5}-[0-9Oo]{2,4}-[0-9Oo]{3,4}(?![A-Za-z0-9])/gu;
/** A Japanese phone number (it starts with 0) with a hyphen read as a full stop: 「0120-000.592」. */
const PHONE_WITH_DOT = /(?<![\d.,])(0\d{1,4})[-.](\d{2,4})[-.](\d{3,4})(?![\d.,])/gu;

function compact(line: string): string {
  return line.normalize('NFKC').replace(/\s+/gu, '');
}

/** Whether a line of a photo's read is the envelope's or the address side's, or a date alone: not what a resident would type. */
export function isAddressSideLine(line: string): boolean {
  const t = compact(line);
  if (t === '') return false;
  const folded = line.normalize('NFKC').trim();
  if (POSTAL_CODE.test(t) || ADDRESSEE.test(t) || ENVELOPE_MARK.test(t) || DATE_ALONE.test(t) || COPYRIGHT.test(folded)) return true;
  if (FAX_TIME.test(folded) && FAX_LABEL.test(folded)) return true;
  if (DIGIT_GROUPS.test(folded) && t.length >= MIN_GROUPED_DIGITS) return true;
  return [...t].length <= MAX_ADDRESS_CHARS && ADDRESS_PLACE.test(t) && ADDRESS_NUMBER.test(t) && !SAID.test(t) && !/\d{2,4}-\d{2,4}-\d{3,4}/u.test(t);
}

/** The phone numbers in `text` with a letter O read for a zero, or a full stop for a hyphen, mended. */
export function withPhoneNumbersMended(text: string): string {
  return text.replace(PHONE_WITH_O, (m) => (/\d/u.test(m) ? m.replace(/[Oo]/gu, '0') : m)).replace(PHONE_WITH_DOT, (m, a: string, b: string, c: string) => (m.includes('.') ? `${a}-${b}-${c}` : m));
}

/** A photo's read text without the address side's lines, dates alone and lines read twice; the text unchanged when nothing would be left. */
/** Whether a photo's first line is a screen's status bar (its clock and icons), not text. */
export function isStatusBarLine(line: string): boolean {
  const t = compact(line);
  return STATUS_BAR.test(t) && (t.match(/\d{1,2}:\d{2}/gu) ?? []).length === 1 && !/[〜~～]/u.test(t) && !/\p{Script=Hiragana}/u.test(t) && [...t].length <= MAX_STATUS_BAR_CHARS;
}

export function photoText(text: string): string {
  const seen: string[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const t = compact(line);
    if (isAddressSideLine(line)) continue;
    if (kept.every((k) => compact(k) === '') && isStatusBarLine(line)) continue;
    if ([...t].length >= MIN_REPEAT_CHARS && seen.some((s) => s.includes(t))) continue;
    if (t !== '') seen.push(t);
    kept.push(line);
  }
  const out = kept.join('\n').trim();
  return withoutRulePipes(withPhoneNumbersMended(out === '' ? text : out));
}

/** A read text with each 「|」 read for a vertical stroke against a character turned into a space (see {@link RULE_AS_PIPE}). */
export function withoutRulePipes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out = line.replace(RULE_AS_PIPE, ' ');
      return out === line ? line : out.replace(/ {2,}/gu, ' ').trim();
    })
    .join('\n');
}
