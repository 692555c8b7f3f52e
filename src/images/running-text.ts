/**
 * The block of running text on a screen of labels. Some screens hold one message amid many short
 * labels of the app's: a phone's voicemail list with one message opened and its transcript (the
 * caller's number, 「不明」, the other calls' names and dates, 「スピーカー」「削除」, the tab bar), a
 * simple phone's mail (「もどる」「送信元」, the sender, the buttons). A resident retyping it types
 * the sentences, not the labels. When the lines read from a whole screen hold exactly one run of
 * consecutive lines of running text (sentences: punctuated, or many kana) and that run is most of
 * what was read, the other lines go — except a line holding a link, which is evidence. A screen
 * with two runs apart (a mail's subject above a sender block, then its body; a letter's
 * paragraphs between an amount and a phone number) is left as read. Pure.
 */

/** A line of running text: at least this many characters… */
const RUNNING_MIN_CHARS = 12;
/** …with a sentence's punctuation, or at least this many hiragana (「よく使う項目」「電話をかける」 have fewer). */
const RUNNING_HIRAGANA = 6;
/** The run holds at least this share of the characters read. */
const RUNNING_SHARE = 0.5;
/** …and at least this many lines are left out (a screen of a few labels around a message is not worth it). */
const MIN_LEFT_OUT = 2;

const HIRAGANA = /\p{Script=Hiragana}/u;
const HIRAGANA_ALL = /\p{Script=Hiragana}/gu;
/** A shorter line ending a sentence (at least this many characters, some of them hiragana) is running text too. */
const SENTENCE_END = /[。！？!?]$/u;
const SENTENCE_MIN_CHARS = 4;
/** A punctuated line is a sentence with at least this many hiragana. */
const SENTENCE_HIRAGANA = 2;
const SENTENCE_MARK = /[。、！？!?]/u;
const LINK = /(?:https?:\/\/|www\.)|[a-z0-9-]+\.(?:com|net|org|jp|info|biz|xyz|top|example|test)\b/iu;

const charsOf = (text: string) => [...text.normalize('NFKC').replace(/\s/gu, '')].length;

/** Whether a read line is running text (a sentence), not a label. */
export function isRunningText(text: string): boolean {
  const folded = text.normalize('NFKC').replace(/\s/gu, '');
  // (A paragraph's last line may be short: 「返しお電話ください。」 ends a sentence.)
  if (SENTENCE_END.test(folded) && [...folded].length >= SENTENCE_MIN_CHARS && HIRAGANA.test(folded)) return true;
  if ([...folded].length < RUNNING_MIN_CHARS) return false;
  // (A sentence holds some hiragana: a title bar's file name with a stray 「、」 read after it is no sentence.)
  const hiragana = folded.match(HIRAGANA_ALL)?.length ?? 0;
  return (SENTENCE_MARK.test(folded) && hiragana >= SENTENCE_HIRAGANA) || hiragana >= RUNNING_HIRAGANA;
}

/** At most this many lines right above the run are its heading (a title, a subject wrapped over two lines); the lines right under it are its own (a form's labels)… */
const HEADING_LINES = 3;
/** …when their glyphs are at least this share of the run's height (a heading is larger than the text; a letter's date and addressee above it are not, a label 「文字起こし」 is smaller)… */
const HEADING_HEIGHT = 1.1;
/** …and lines right under it at least this share (a form's labels are about the text's size; a player's 「-0:41」 is smaller). */
const TAIL_HEIGHT = 0.9;

/** A read line: its text, its glyphs' height and its top and bottom on the image, px. */
export interface RunLine {
  text: string;
  height: number;
  top: number;
  bottom: number;
}

/** A paragraph's own lines are within these shares of the run's height (a line of katakana and kanji may hold no sentence's mark). */
const SAME_SIZE_MIN = 0.9;
const SAME_SIZE_MAX = 1.1;
/** Lines further apart than this many of the run's line heights are not one text (a toolbar at the screen's bottom). */
const MAX_GAP_LINES = 3;
/** A line under this share of the run's height is a label (「文字起こし」 above a transcript), not part of a heading. */
const LABEL_SMALLER = 0.8;
/** A heading may stand further apart (a mail's subject above the sender's block, taken out of the read), and so may a form's labels under the text (an input field between them). */
const HEADING_GAP_LINES = 8;

/**
 * The indices of the lines to keep, top to bottom: the one run of running text, the rest of its paragraphs around it (lines
 * of its size, close by), its heading right above (lines larger than it) and lines right under it at least nearly its size
 * (a form's labels), and lines holding a link, when the read has exactly one such run holding at least {@link RUNNING_SHARE}
 * of its characters; else every line.
 */
export function runningTextLines(lines: readonly RunLine[]): number[] {
  const all = lines.map((_, i) => i);
  const running = lines.map((l) => isRunningText(l.text));
  const runs: { from: number; to: number }[] = [];
  for (const [i, r] of running.entries()) {
    if (!r) continue;
    const last = runs.at(-1);
    if (last && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i });
  }
  if (runs.length !== 1) return all;
  const run = runs[0]!;
  const total = lines.reduce((s, l) => s + charsOf(l.text), 0);
  const inRun = lines.slice(run.from, run.to + 1).reduce((s, l) => s + charsOf(l.text), 0);
  if (total === 0 || inRun < total * RUNNING_SHARE) return all;
  const { from, to } = blockOf(lines, run);
  const kept = all.filter((i) => (i >= from && i <= to) || LINK.test(lines[i]!.text.normalize('NFKC')));
  return lines.length - kept.length < MIN_LEFT_OUT ? all : kept;
}

/**
 * The lines of a run's block, first and last: the rest of its paragraphs, its heading right above, lines at least nearly its size
 * right under it. `social`: a post on a social page (beforeReactionRow), with no lines under it and no heading past a smaller line.
 */
function blockOf(lines: readonly RunLine[], run: { from: number; to: number }, social = false): { from: number; to: number } {
  const heights = lines.slice(run.from, run.to + 1).map((l) => l.height).sort((a, b) => a - b);
  const runHeight = heights[Math.floor(heights.length / 2)]!;
  const close = (upper: RunLine, lower: RunLine) => lower.top - upper.bottom <= runHeight * MAX_GAP_LINES;
  const sameSize = (l: RunLine) => l.height >= runHeight * SAME_SIZE_MIN && l.height <= runHeight * SAME_SIZE_MAX;
  // Upwards: the paragraph's first lines (its size), then its heading (larger), at most HEADING_LINES of it.
  let from = run.from;
  // (On a social page, not past the post's byline: its writer and how long ago, 「@hiroko-1957・1日前」.)
  while (from > 0 && sameSize(lines[from - 1]!) && close(lines[from - 1]!, lines[from]!) && !(social && BYLINE.test(lines[from - 1]!.text.normalize('NFKC').replace(/\s/gu, '')))) from--;
  // The heading: the larger lines right above, one after the other (a wrapped title's last line, 「ついて」, may be no larger
  // than the text: it counts when a larger line stands right above it); a smaller line (a label) is none.
  const near = (j: number) => lines[j + 1]!.top - lines[j]!.bottom <= runHeight * HEADING_GAP_LINES;
  const larger = (j: number) => lines[j]!.height >= runHeight * HEADING_HEIGHT;
  let j = from - 1;
  // (Not on a social page: there the line right above a comment is its writer's name, and the larger lines above it the page's.)
  // (That tail sits right under the title's first line, within a line's height: an app bar's larger name far above a notice's
  // small date label is no title of it.)
  if (!social && j >= 1 && near(j) && !larger(j) && lines[j]!.height >= runHeight * LABEL_SMALLER && larger(j - 1) && lines[j]!.top - lines[j - 1]!.bottom <= lines[j - 1]!.height) j--;
  let heading = -1;
  while (j >= 0 && from - j <= HEADING_LINES && near(j) && larger(j)) heading = j--;
  if (heading >= 0) from = heading;
  // Downwards: lines at least nearly its size, not far (a form's labels; not a player's 「-0:41」 nor a toolbar far below).
  let to = run.to;
  while (!social && to + 1 < lines.length && lines[to + 1]!.height >= runHeight * TAIL_HEIGHT && lines[to + 1]!.top - lines[to]!.bottom <= runHeight * HEADING_GAP_LINES) to++;
  return { from, to };
}

/** A post's byline ends with how long ago it was posted (「・1日前」「3時間前」「昨日」). */
const BYLINE = /(?:\d+(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年)前|昨日|たった今)$/u;

/** The run a reaction row follows holds at least this share of the characters read (the post, the comment or the question). */
const POST_SHARE = 0.3;

/**
 * The indices of the lines to keep on a social page read whole (a video's comments, a Q&A page, a post in a feed): when a row
 * of counts (`isReactionRow`: 「1,024 返信」「共感した 12 閲覧数 3,402」) follows the largest run of running text, and that run holds at
 * least {@link POST_SHARE} of the characters read, the post ends there: that row and every line after it (the answers, the other
 * comments and their counts) go, and so does what lies above the post's block (its paragraphs, its heading: a question's bold
 * title; not the commenter's name, the video's title, the site's header), except a line holding a link (evidence). Else null. Pure.
 */
export function beforeReactionRow(lines: readonly RunLine[], isReactionRow: (text: string) => boolean): number[] | null {
  const runs: { from: number; to: number; chars: number }[] = [];
  for (const [i, l] of lines.entries()) {
    const last = runs.at(-1);
    // (A paragraph's last characters wrapped onto a line of their own, 「す。」, are still its run.)
    const tail = last?.to === i - 1 && SENTENCE_END.test(l.text.normalize('NFKC').replace(/\s/gu, ''));
    if (!isRunningText(l.text) && !tail) continue;
    if (last && last.to === i - 1) {
      last.to = i;
      last.chars += charsOf(l.text);
    } else runs.push({ from: i, to: i, chars: charsOf(l.text) });
  }
  const total = lines.reduce((s, l) => s + charsOf(l.text), 0);
  const post = runs.reduce<(typeof runs)[number] | null>((a, b) => (!a || b.chars > a.chars ? b : a), null);
  if (!post || post.chars < total * POST_SHARE) return null;
  const row = lines.findIndex((l, i) => i > post.to && isReactionRow(l.text));
  if (row < 0) return null;
  // (No tail: the lines under the post up to its row are its picture's words and buttons, not a form's labels. Its heading is
  // the larger lines right above it, a question's title, none past a smaller line: a commenter's name.)
  const { from } = blockOf(lines.slice(0, row), post, true);
  return lines.map((_, i) => i).filter((i) => (i >= from && i < row) || LINK.test(lines[i]!.text.normalize('NFKC')));
}
