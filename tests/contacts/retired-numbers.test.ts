import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Numbers that must never be shown to residents (see the contacts spec): the former paid
 * national call centre, the former card call centre, the ended Mynapoint line and the former
 * 特定個人情報保護委員会. Kept here, not under data/, so the scan cannot find itself.
 */
const RETIRED = ['0570-20-0178', '0570-20-0291', '0570-783-578', '0570-064-738', '0570-0100-76', '03-6441-3452'];
const RETIRED_DIGITS = RETIRED.map((n) => n.replaceAll('-', ''));

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['data', 'intents'];

/**
 * Retired numbers written anywhere in `text`, however formatted: with or without hyphens,
 * spaces, dots, brackets, full-width digits or dashes (NFKC folds full-width forms).
 */
function findRetired(text: string): string[] {
  const folded = text.normalize('NFKC');
  const runs = folded.match(/[0-9](?:[0-9]|[ \t.()\-‐‑–—−ー－]+(?=[0-9]))*/g) ?? [];
  const found = new Set<string>();
  for (const run of runs) {
    const digits = run.replace(/[^0-9]/g, '');
    RETIRED.forEach((n, i) => {
      if (digits.includes(RETIRED_DIGITS[i] ?? '')) found.add(n);
    });
  }
  return [...found];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('retired numbers', () => {
  it('recognises every formatting of a retired number', () => {
    expect(findRetired('旧ナビダイヤル 0570-20-0178')).toEqual(['0570-20-0178']);
    expect(findRetired('tel:0570200291')).toEqual(['0570-20-0291']);
    expect(findRetired('０５７０－７８３－５７８')).toEqual(['0570-783-578']);
    expect(findRetired('0570 064 738')).toEqual(['0570-064-738']);
    expect(findRetired('(03)6441-3452')).toEqual(['03-6441-3452']);
    expect(findRetired('０５７０ー０１００ー７６')).toEqual(['0570-0100-76']);
    expect(findRetired('0120-95-0178 と 050-3818-1250')).toEqual([]);
  });

  it('appear in no file under data/ or intents/', () => {
    const offenders = SCANNED.flatMap((d) => filesUnder(join(ROOT, d))).flatMap((file) =>
      findRetired(readFileSync(file, 'utf8')).map((n) => `${relative(ROOT, file)}: ${n}`),
    );
    expect(offenders, `retired numbers found:\n${offenders.join('\n')}`).toEqual([]);
  });
});
