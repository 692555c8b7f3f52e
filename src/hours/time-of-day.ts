/** Minutes since midnight, 0..1440. */
export type Minutes = number;

/** One opening interval of a day, in minutes since midnight; `end` is exclusive. */
export interface Interval {
  readonly start: Minutes;
  readonly end: Minutes;
}

const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * Parses `"HH:MM"` (00:00–23:59; `24:00` only when `allowEndOfDay`) into minutes; the hour may
 * be written with one digit (`9:30`), as people write it.
 * Returns null when the text is not such a time.
 */
export function parseTime(text: string, allowEndOfDay: boolean): Minutes | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0 && allowEndOfDay) return 1440;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/**
 * Parses `"HH:MM-HH:MM"` into an interval, or returns a problem in plain words
 * (for data-file errors).
 */
export function parseInterval(text: string): Interval | { readonly problem: string } {
  const parts = text.split('-');
  if (parts.length !== 2) return { problem: `「${text}」は時間帯の形ではありません（例: "09:30-17:00"）` };
  const [a = '', b = ''] = parts.map((p) => p.trim());
  const start = parseTime(a, false);
  if (start === null) return { problem: `始まり「${a}」が時刻ではありません（00:00〜23:59）` };
  const end = parseTime(b, true);
  if (end === null) return { problem: `終わり「${b}」が時刻ではありません（00:00〜23:59、または 24:00）` };
  if (start >= end) return { problem: `始まり ${a} が終わり ${b} より前ではありません` };
  return { start, end };
}

/** Parses a list of intervals known to be valid (validated when the data file was loaded). */
export function parseIntervals(texts: readonly string[]): Interval[] {
  return texts.map((t) => {
    const iv = parseInterval(t);
    if ('problem' in iv) throw new Error(`invalid opening interval: ${iv.problem}`);
    return iv;
  });
}
