import { normaliseHost, splitUrl } from '../checks/links.ts';

/**
 * Reads the CSV of JPCERT/CC's public phishing URL list (github.com/JPCERTCC/phishurl-list):
 * a header `date,URL,description`, then one line per URL, e.g.
 * `2025/10/01 10:25:00,https://example.cn/jk,JCB`. Quoted fields (`"a,b"`) are understood.
 * Pure: text in, keys out; the store (phishlist-store.ts) writes them.
 */

/** The result of reading one CSV file. */
export interface ParsedPhishList {
  /** `host/path` keys, as the link check compares them. */
  readonly keys: string[];
  /** Newest `date` in the file (`YYYY-MM-DD`), or null. */
  readonly newestEntry: string | null;
  /** Lines that were not `date,URL,…` with a usable URL (the header not counted). */
  readonly skipped: number;
}

/** The key of a URL in the store and in the check: normalised host + path (no query, fragment or trailing slash). */
export function phishKey(url: string): string | null {
  const parts = splitUrl(url.trim());
  if (!parts || !parts.asciiHost.includes('.')) return null;
  return `${normaliseHost(parts.asciiHost)}${parts.path}`;
}

/** Splits one CSV line into fields (RFC 4180 quotes; no line breaks inside a field). */
export function csvFields(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (quoted) {
      if (c === '"' && line[k + 1] === '"') {
        field += '"';
        k++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Reads the whole CSV text. The URL column is found by its header (`URL`), else the second column. */
export function parsePhishListCsv(text: string): ParsedPhishList {
  const lines = text.split(/\r?\n/);
  let urlColumn = 1;
  let dateColumn = 0;
  let first = 0;
  const header = csvFields((lines[0] ?? '').replace(/^\uFEFF/, '')).map((f) => f.trim().toLowerCase());
  if (header.includes('url')) {
    urlColumn = header.indexOf('url');
    dateColumn = Math.max(0, header.indexOf('date'));
    first = 1;
  }
  const keys: string[] = [];
  let newest: string | null = null;
  let skipped = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fields = csvFields(line);
    const key = phishKey(fields[urlColumn] ?? '');
    if (!key) {
      skipped++;
      continue;
    }
    keys.push(key);
    const date = entryDate(fields[dateColumn] ?? '');
    if (date && (newest === null || date > newest)) newest = date;
  }
  return { keys, newestEntry: newest, skipped };
}

/** `2025/10/01 10:25:00` or `2025-10-01` → `2025-10-01`; anything else → null. */
function entryDate(text: string): string | null {
  const m = /^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
