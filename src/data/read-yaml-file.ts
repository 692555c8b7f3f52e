import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { locales as zodLocales, type z } from 'zod';
import { DataFileError, type DataFileIssue } from './data-file-error.ts';
import type { ParsedYamlCache } from './parsed-yaml-cache.ts';

/** The parsed files kept between starts (parsed-yaml-cache.ts), when the server has opened it; null: every file is parsed. */
let parsedCache: ParsedYamlCache | null = null;

/**
 * Makes {@link readYamlFile} take a file's parsed value from `cache` when its text is there, and
 * keep each file it parses; null stops that. The server sets it for its start-up (the entry
 * point decides, as it decides the cache directory).
 */
export function useParsedYamlCache(cache: ParsedYamlCache | null): void {
  parsedCache = cache;
}

/**
 * Formats a zod issue path as `contacts[id: police_consultation].hours.weekday[0]`: a list item
 * that has an `id` is named by it (an operator finds "police_consultation" in the file, not the
 * third item), others by position (`fallbacks[0]`). Without `data`, positions only.
 */
export function formatIssuePath(path: readonly PropertyKey[], data?: unknown): string {
  let out = '';
  let cur: unknown = data;
  for (const key of path) {
    const item = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
      out += typeof id === 'string' && id !== '' ? `[id: ${id}]` : `[${key}]`;
    } else out += out ? `.${String(key)}` : String(key);
    cur = item;
  }
  return out;
}

/** Turns a failed zod parse into the issues of a {@link DataFileError}, quoting the offending value. */
export function zodIssues(error: z.ZodError, data: unknown): DataFileIssue[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const shown = value === undefined ? '' : `（値: ${JSON.stringify(value)?.slice(0, 80)}）`;
    return { path: formatIssuePath(issue.path, data), message: issue.message + shown };
  });
}

/** zod's own messages (wrong type, unknown key …) in Japanese; the schemas' own messages are Japanese already. */
const JAPANESE = zodLocales.ja().localeError;

/** One YAML syntax error as an issue: `3行目`, and the problem without the trailing "at line 3, column 5:". */
function yamlIssue(e: { message: string; linePos?: readonly { line: number; col: number }[] | undefined }): DataFileIssue {
  const pos = e.linePos?.[0];
  const first = (e.message.split('\n')[0] ?? e.message).replace(/\s*at line \d+, column \d+:?\s*$/, '').replace(/:\s*$/, '');
  return { path: pos ? `${pos.line}行目` : '', message: `YAMLの書き方に誤りがあります${pos ? `（${pos.col}文字目）` : ''}: ${first}` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return typeof cur === 'object' ? undefined : cur;
}

/** Name used in error messages: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * Reads a YAML file and validates it with a zod schema.
 * Throws {@link DataFileError} naming the file, the field and the problem on a syntax error,
 * a duplicate key, or a schema violation.
 */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataFileError(shown, [{ path: '', message: `ファイルを読めません: ${(err as Error).message}` }]);
  }
  let data: unknown = parsedCache?.get(text);
  if (data === undefined) {
    // The parser (~70 modules) is loaded on the first file not found parsed in the cache.
    const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) throw new DataFileError(shown, doc.errors.map(yamlIssue));
    data = doc.toJS();
    parsedCache?.set(text, data);
  }
  const parsed = schema.safeParse(data, { error: JAPANESE });
  if (!parsed.success) throw new DataFileError(shown, zodIssues(parsed.error, data));
  return parsed.data;
}
