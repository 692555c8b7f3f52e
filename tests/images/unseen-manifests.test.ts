import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS_DIR, PROJECT_ROOT } from '../../src/runtime/project-paths.ts';

/**
 * The committed subsets of the second to fifth unseen image sets (tests/fixtures/
 * images-unseen2/ … images-unseen5/) are yardsticks: `npm run bench:ocr -- --set
 * unseen2|unseen3|unseen4|unseen5` scores reads
 * against them. These checks keep them usable without reading any image (a set must stay unseen
 * by the image code's tests): every entry names a file that is there and small, a known group,
 * and an intent the taxonomy still has; and the first-sight scores committed beside it carry no
 * read text.
 */
const intents = new Set(readdirSync(INTENTS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

// Set 2's first sight was saved as figures per group and layout; sets 3 to 5's per image (scores only).
describe.each([
  { set: 2, scoresPerImage: false },
  { set: 3, scoresPerImage: true },
  { set: 4, scoresPerImage: true },
  { set: 5, scoresPerImage: true },
])('unseen image set $set, committed subset', ({ set, scoresPerImage }) => {
  const DIR = join(PROJECT_ROOT, 'tests', 'fixtures', `images-unseen${set}`);
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { file: string; group: string; layout: string; intent: string; expected: string; message: string; typed: string }[];

  it('has at most 10 images, each committed, a JPEG and under 80 kB', () => {
    expect(manifest.length).toBeGreaterThan(0);
    expect(manifest.length).toBeLessThanOrEqual(10);
    for (const m of manifest) {
      const path = join(DIR, m.file);
      expect(existsSync(path), m.file).toBe(true);
      expect(statSync(path).size, m.file).toBeLessThan(80 * 1024);
      expect(readFileSync(path).subarray(0, 3).toString('hex'), m.file).toBe('ffd8ff');
    }
  });

  it('names a taxonomy intent and a known group for every image', () => {
    for (const m of manifest) {
      expect(intents.has(m.intent), `${m.file}: ${m.intent}`).toBe(true);
      expect(['screenshot', 'screen-photo', 'paper-photo'], m.file).toContain(m.group);
    }
  });

  it('keeps every message line inside what the image shows', () => {
    for (const m of manifest) {
      expect(m.message.trim(), m.file).not.toBe('');
      expect(m.typed.trim(), m.file).not.toBe('');
      const shown = normalise(m.expected);
      for (const line of m.message.split('\n')) expect(shown, `${m.file}: ${line}`).toContain(normalise(line));
    }
  });

  it('commits the first-sight scores without any read text (the reads stay in var/)', () => {
    const files = readdirSync(DIR).filter((f) => /^first-sight-[0-9a-f]{7,40}\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(DIR, f), 'utf8');
      if (scoresPerImage) expect((JSON.parse(text) as { images: { file: string }[] }).images.length, f).toBeGreaterThanOrEqual(manifest.length);
      // Reads are Japanese; file names, layouts, intents and figures are not.
      expect(text, f).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
    }
  });
});
