import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { DataFileError, type DataFileIssue } from './data-file-error.ts';

/** Formats a zod issue path as `contacts[2].hours.weekday`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Turns a failed zod parse into the issues of a {@link DataFileError}, quoting the offending value. */
export function zodIssues(error: z.ZodError, data: unknown): DataFileIssue[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const shown = value === undefined ? '' : ` (value: ${JSON.stringify(value)?.slice(0, 80)})`;
    return { path: formatIssuePath(issue.path), message: issue.message + shown };
  });
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
    throw new DataFileError(shown, [{ path: '', message: `cannot read file: ${(err as Error).message}` }]);
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new DataFileError(
      shown,
      doc.errors.map((e) => ({ path: `line ${e.linePos?.[0]?.line ?? '?'}`, message: e.message.split('\n')[0] ?? e.message })),
    );
  }
  const data: unknown = doc.toJS();
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new DataFileError(shown, zodIssues(parsed.error, data));
  return parsed.data;
}
