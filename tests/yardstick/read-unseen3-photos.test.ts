import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/images/cer.ts';
import { readImage } from '../../src/images/read-image.ts';
import { tesseractJsEngine } from '../../src/images/tesseract-js-engine.ts';
import { loadScreenChrome } from '../../src/images/screen-chrome.ts';
import { DATA_DIR, PROJECT_ROOT } from '../../src/runtime/project-paths.ts';

/**
 * The committed photos of set 3 (tests/fixtures/images-unseen3/: a folded letter and a payment slip, both shot small at JPEG
 * quality 42). Set 3's photos have been studied and tuned on since 2026-12-07 21:22 UTC (its README): these guard what they
 * taught, they measure nothing unseen. A letter is read as a resident would retype it: its title, body and table, without the
 * addressee, the sender's block and the date (photo-lines.ts); a slip's receipt stub does not double what the form says.
 */
const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen3');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; group: string; typed: string }[];
const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
const engine = tesseractJsEngine();
const chrome = loadScreenChrome(DATA_DIR);
afterAll(() => engine.close());
const read = async (file: string) => {
  const r = await readImage(readFileSync(join(dir, file)), engine, limits, Date.now() + 60_000, Date.now, chrome);
  return r.outcome === 'read' ? r.text : '';
};

describe("reading set 3's committed photos of paper (tesseract.js)", () => {
  it('a folded letter: its title, body and table as a resident would type them, without the addressee or the date', async () => {
    const m = manifest.find((e) => e.file.startsWith('folded-letter'))!;
    const text = await read(m.file);
    // Measured 0.5 % at 22:15 UTC (13.1 % at first sight: the addressee, the sender and the date were read too, the table's row lost).
    expect(characterErrorRate(text, m.typed)).toBeLessThanOrEqual(0.06);
    expect(text).not.toMatch(/各位|令和\d+年\d+月\d+日\n/u);
    expect(text.replace(/\s/g, '')).toContain('0120-000-847');
  }, 90_000);

  it('a payment slip: read no worse than since its stub and its sender\'s address are left out', async () => {
    const m = manifest.find((e) => e.file.startsWith('payment-slip'))!;
    // Measured 109 % at 22:15 UTC (159 % at first sight). A slip's boxed digits and its reading order are not solved (README of set 3).
    expect(characterErrorRate(await read(m.file), m.typed)).toBeLessThanOrEqual(1.25);
  }, 90_000);
});
