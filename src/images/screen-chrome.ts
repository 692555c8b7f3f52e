/**
 * The screen's own words (data/screen-chrome.yaml): a mail app's folders and buttons, a page's
 * footer, a lock screen's 「今」, the recipient's address. Read lines made only of them are not
 * the message and are dropped before the text is shown and classified; only whole lines go.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DataFileError } from '../data/data-file-error.ts';
import { readYamlFile } from '../data/read-yaml-file.ts';

export const SCREEN_CHROME_FILE = 'screen-chrome.yaml';

const word = z.string().trim().min(1, '空の語は書けません').max(40, '40文字以内で書いてください');

export const screenChromeFileSchema = z.strictObject({
  lines: z.array(word).min(1),
  footers: z.array(word),
  headerLabels: z.array(word),
  appNames: z.array(word),
  appDomains: z.array(z.string().trim().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'ドメイン名（例: mail.example.jp）で書いてください')),
  messageApps: z.array(word).default([]),
  tabLabels: z.array(word).default([]),
  fieldLabels: z.array(word).default([]),
  subjectLabels: z.array(word).default([]),
  reactionWords: z.array(word).default([]),
});

/** The vocabulary, folded for matching. */
export interface ScreenChrome {
  /** Whole-line words (NFKC, lower case, no spaces). */
  lines: ReadonlySet<string>;
  footers: readonly string[];
  header: RegExp | null;
  appNames: readonly string[];
  /** Domains without their dots (OCR often loses one: mail.yahoo.cojp). */
  appDomains: readonly string[];
  /** Apps that bring messages (SMS, mail, messengers), folded: a notification card whose app row names one holds a message (notification-cards.ts). */
  messageApps: readonly string[];
  /** A browser's label of an empty tab, folded: a line ending with one is the tab strip (the page's title beside it). */
  tabLabels: readonly string[];
  /** A mail header's label in a column beside its value, without a colon (差出人, 日時), then no hiragana: the line is the header's. */
  fieldLabel?: RegExp | null;
  /** The same for the subject (件名): its label goes, its value stays. */
  subjectLabel?: RegExp | null;
  /** A social page's count words (返信, 共感した, 閲覧数), folded, longest first: a row of them with numbers ends a post ({@link isReactionRow}). */
  reactionWords?: readonly string[];
}

export const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label without a colon, the value right after it (not a particle: 「差出人を確認」「件名だけでは」 are sentences). */
const columnLabel = (words: readonly string[]) => (words.length === 0 ? null : new RegExp(`^\\s*(?:${words.map((w) => escape(w.normalize('NFKC'))).join('|')})\\s*(?=\\S)(?![をがはにのへとでもやだ])`, 'iu'));
const label = (words: readonly string[]) => (words.length === 0 ? null : new RegExp(`^\\s*(?:${words.map((w) => escape(w.normalize('NFKC'))).join('|')})\\s*[:：]\\s*`, 'iu'));

/** Reads and checks data/screen-chrome.yaml; throws DataFileError naming the file, the field and the value. */
export function loadScreenChrome(dataDir: string): ScreenChrome {
  const path = join(dataDir, SCREEN_CHROME_FILE);
  const file = readYamlFile(path, screenChromeFileSchema);
  const seen = new Map<string, number>();
  const issues: { path: string; message: string }[] = [];
  file.lines.forEach((w, i) => {
    const key = fold(w);
    if (seen.has(key)) issues.push({ path: `lines[${i}]`, message: `同じ語が lines[${seen.get(key)}] にもあります（値: ${JSON.stringify(w)}）` });
    else seen.set(key, i);
  });
  if (issues.length > 0) throw new DataFileError(path, issues);
  return {
    lines: new Set(seen.keys()),
    footers: file.footers.map(fold),
    header: label(file.headerLabels),
    appNames: file.appNames.map(fold),
    appDomains: file.appDomains.map((d) => d.replace(/\./g, '')),
    messageApps: file.messageApps.map(fold),
    tabLabels: file.tabLabels.map(fold),
    fieldLabel: columnLabel(file.fieldLabels),
    subjectLabel: columnLabel(file.subjectLabels),
    reactionWords: file.reactionWords.map(fold).sort((a, b) => b.length - a.length),
  };
}

/** For `npm run check-data`: the file's errors, empty when it is fine. */
export function checkScreenChromeData(dataDir: string): DataFileError[] {
  try {
    loadScreenChrome(dataDir);
    return [];
  } catch (err) {
    if (err instanceof DataFileError) return [err];
    throw err;
  }
}

/** A count after a folder's name: 「受信箱 (3)」「下書き 12」. */
const COUNT = /(?:[(（]?\d{1,5}[)）]?|\d{1,5}\/\d{1,5})$/u;

/** A back button's chevron, as OCR reads it. */
const BACK_CHEVRON = /^[<‹〈«(（く]{1,2}/u;

/** Most characters after an app's name in a window's title (「 - 受信箱 (3)」). */
const TITLE_TAIL = 12;
/** Most stray characters around an address read from an address bar (a padlock read as 「名」). */
const ADDRESS_STRAY = 3;

/**
 * A mail's sender line: a name, then its address in angle brackets (「三井銀行 <info@example.jp>」, the form every mail program
 * shows a sender in), perhaps a date or a few stray characters after it. A message's own text does not write an address so.
 */
const SENDER_LINE = /^[^<>]{1,40}[<＜〈]\s*[^\s<>@]+@[^\s<>]+\s*[>＞〉].{0,20}$/u;

/** Whether a read line is the screen's own (a folder, a button, a footer, a header field, a window title, the web mail's own address, a sender line). */
export function isChromeLine(line: string, chrome: ScreenChrome): boolean {
  const folded = fold(line);
  if (folded === '') return false;
  if (SENDER_LINE.test(line.normalize('NFKC').trim())) return true;
  // A back button: a chevron (read as 「<」「(」「く」) before the previous screen's name (「‹ 受信」).
  const unchevroned = folded.replace(BACK_CHEVRON, '');
  if ([folded, unchevroned].some((l) => chrome.lines.has(l) || chrome.lines.has(l.replace(COUNT, '')))) return true;
  if (withStrays(folded, chrome)) return true;
  if (tabRow(folded, chrome)) return true;
  if (chrome.footers.some((f) => folded.includes(f))) return true;
  // (At the line's end, a tab's ✕ or the ＋ for a new one read as a stray character or two after it.)
  if (chrome.tabLabels.some((t) => folded.includes(t) && [...folded.slice(folded.lastIndexOf(t) + t.length)].length <= TAB_STRAYS)) return true;
  if (chrome.header?.test(line.normalize('NFKC'))) return true;
  if (chrome.appNames.some((n) => folded.startsWith(n) && [...folded].length - [...n].length <= TITLE_TAIL)) return true;
  const address = folded.replace(/\./g, '');
  for (const d of chrome.appDomains) {
    const at = address.indexOf(d);
    if (at < 0) continue;
    const rest = address.slice(0, at) + address.slice(at + d.length).replace(/^[a-z0-9/_?=&%#:-]*/, '');
    if ([...rest.replace(/^(?:https?:\/\/)/, '')].length <= ADDRESS_STRAY) return true;
  }
  return false;
}

/** A row of tabs or buttons read as one line holds at least this many of the screen's words, one after the other. */
const TAB_ROW_WORDS = 3;

/**
 * Whether a line is a row of the screen's words and nothing else (an app's tabs 「すべて テキスト ファイル」 read as one line):
 * at least {@link TAB_ROW_WORDS} of `lines`' words, one after the other.
 */
function tabRow(folded: string, chrome: ScreenChrome): boolean {
  const chars = [...folded];
  // most[i]: the most words the first i characters split into (−1: they do not split into words).
  const most = new Array<number>(chars.length + 1).fill(-1);
  most[0] = 0;
  for (let end = 1; end <= chars.length; end++)
    for (let start = Math.max(0, end - MAX_TAB_WORD); start < end; start++)
      if (most[start]! >= 0 && chrome.lines.has(chars.slice(start, end).join(''))) most[end] = Math.max(most[end]!, most[start]! + 1);
  return most[chars.length]! >= TAB_ROW_WORDS;
}
/** The longest word looked for in a row (characters). */
const MAX_TAB_WORD = 12;

/** Characters after a tab label in the tab strip (its close button, the new-tab ＋). */
const TAB_STRAYS = 2;

/** A screen word this long or longer is still found with a few stray characters read around it. */
const STRAY_FROM = 4;
const STRAYS = 3;
/** …strays that are not hiragana: an icon beside a field read as 「十。」「ノ」; hiragana after a word is the sentence going on. */
const STRAY = /^[^\p{Script=Hiragana}]*$/u;

/**
 * A line that is one of the screen's longer words with at most {@link STRAYS} characters read around it, none of them
 * hiragana: an input field's 「メッセージを入力」 between its ＋ and microphone icons reads 「十。メッセージを入力ノ」.
 */
function withStrays(folded: string, chrome: ScreenChrome): boolean {
  const chars = [...folded];
  for (let start = 0; start <= STRAYS && start < chars.length; start++)
    for (let end = chars.length; end >= chars.length - STRAYS + start && end > start; end--) {
      const core = chars.slice(start, end).join('');
      if ([...core].length < STRAY_FROM || !chrome.lines.has(core)) continue;
      if (STRAY.test(chars.slice(0, start).join('') + chars.slice(end).join(''))) return true;
    }
  return false;
}

/** A reaction row may hold this many characters besides its words and numbers (the 👍 or ▼ icon read as 「人」「マ」). */
const REACTION_STRAYS = 1;

/**
 * Whether a read line is a social page's row of counts (「5 1,024 返信」「共感した 12 閲覧数 3,402 回答数 1」): numbers and the
 * count words of data/screen-chrome.yaml (`reactionWords`), at least one number and one word other than 件, at most
 * {@link REACTION_STRAYS} other characters, none of them hiragana.
 */
export function isReactionRow(line: string, chrome: ScreenChrome): boolean {
  const words = chrome.reactionWords ?? [];
  let rest = fold(line);
  if (words.length === 0 || !/\d/u.test(rest)) return false;
  rest = rest.replace(/[\d,.]/gu, '');
  let named = false;
  for (const w of words) {
    if (!rest.includes(w)) continue;
    if (w !== '件') named = true;
    rest = rest.split(w).join('');
  }
  return named && [...rest].length <= REACTION_STRAYS && !/\p{Script=Hiragana}/u.test(rest);
}

/** The line, or null when it is the screen's own. */
export function withoutChrome(line: string, chrome: ScreenChrome): string | null {
  return isChromeLine(line, chrome) ? null : line;
}

/** A line that is only a mail address (the sender's, under the name in a header's column). */
const ADDRESS_ALONE = /^\S+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu;

/**
 * A mail header laid out as a column of labels beside their values, without colons (「差出人　みどり市」「日時　2026/12/07」
 * 「件名　【重要】…」), as the lines read (text only, top to bottom, those in the screen's top part): the indices of the lines to
 * drop (a field's, and an address alone right under it) and the subject's text without its label.
 */
export function headerColumn(texts: readonly string[], chrome: ScreenChrome): { drop: Set<number>; subjects: Map<number, string> } {
  const drop = new Set<number>();
  const subjects = new Map<number, string>();
  for (const [i, text] of texts.entries()) {
    const line = text.normalize('NFKC');
    if (chrome.fieldLabel?.test(line)) {
      drop.add(i);
      if (i + 1 < texts.length && ADDRESS_ALONE.test(texts[i + 1]!.normalize('NFKC').replace(/\s/gu, ''))) drop.add(i + 1);
      continue;
    }
    const subject = chrome.subjectLabel ? line.replace(chrome.subjectLabel, '') : line;
    if (subject !== line && subject.trim() !== '') subjects.set(i, subject.trim());
  }
  return { drop, subjects };
}
