import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/images/cer.ts';
import { readImage } from '../../src/images/read-image.ts';
import { tesseractCliAvailable, tesseractCliEngine } from '../../src/images/tesseract-cli-engine.ts';
import { chooseOcrEngine } from '../../src/images/engine-choice.ts';
import { PROJECT_ROOT } from '../../src/runtime/project-paths.ts';
import { TEST_IMAGE_LIMITS } from '../support/test-ocr-pool.ts';

// Debian's engine (OCR_ENGINE=tesseract-cli): apt-get install tesseract-ocr tesseract-ocr-jpn.
const available = tesseractCliAvailable();
if (!available) console.warn('tests/images/tesseract-cli.test.ts skipped: Debian\'s tesseract with Japanese data is not installed');

const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'images');
const texts = JSON.parse(readFileSync(join(dir, 'texts.json'), 'utf8')) as Record<string, { message: string }>;
const limits = TEST_IMAGE_LIMITS;

describe.skipIf(!available)("Debian's tesseract", () => {
  it('reads a committed screenshot through a pipe (no file), as well as the npm engine', async () => {
    const name = 'android-dark-refund.jpg';
    const read = await readImage(readFileSync(join(dir, name)), tesseractCliEngine(), limits, Date.now() + 25_000);
    expect(read.outcome).toBe('read');
    if (read.outcome === 'read') expect(characterErrorRate(read.text, texts[name]!.message)).toBeLessThanOrEqual(0.08);
  }, 40_000);

  it('is killed at its deadline', async () => {
    const started = Date.now();
    await expect(tesseractCliEngine().recognize(readFileSync(join(dir, 'paper-photo-paper.jpg')), 50)).rejects.toThrow(/deadline/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('OCR_ENGINE', () => {
  it('auto is tesseract.js (the faster one on our measurement); an explicit choice is kept', () => {
    expect(chooseOcrEngine('auto')).toBe('tesseract-js');
    expect(chooseOcrEngine('tesseract-cli')).toBe('tesseract-cli');
  });
});
