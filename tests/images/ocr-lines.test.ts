import { describe, expect, it } from 'vitest';
import { readFromTsv } from '../../src/images/ocr-lines.ts';

/** Tesseract TSV word rows: [line, left, top, width, height, conf, text]. */
const tsv = (words: [number, number, number, number, number, number, string][]) =>
  words.map(([line, left, top, width, height, conf, text], i) => ['5', '1', '1', '1', String(line), String(i + 1), left, top, width, height, conf, text].join('\t')).join('\n');

describe('readFromTsv on stacked chat bubbles', () => {
  const read = tsv([
    [1, 40, 30, 300, 30, 94, 'マイナンバーカードの有効期限が'],
    [2, 40, 80, 200, 30, 92, '近づいています。'],
    [3, 40, 130, 500, 30, 18, 'https://myna-koushin.jp.net/'],
  ]);

  it('keeps an unsure link line read inside a bubble: it is the evidence', () => {
    expect(readFromTsv(read, 600, 1200, { inBubbles: true }).text).toBe('マイナンバーカードの有効期限が\n近づいています。\nhttps://myna-koushin.jp.net/');
  });

  it('drops the same unsure line on a whole screenshot, where such lines are mostly chrome', () => {
    // The two lines left are then one wrapped sentence (the first runs to the block's right edge), joined again.
    expect(readFromTsv(read, 600, 1200).text).toBe('マイナンバーカードの有効期限が近づいています。');
  });

  it('does not treat the top of the stacked bubbles as a status bar', () => {
    const top = tsv([[1, 40, 10, 300, 30, 90, '至急ご連絡ください']]);
    expect(readFromTsv(top, 600, 1400).text).toBe('');
    expect(readFromTsv(top, 600, 1400, { inBubbles: true }).text).toBe('至急ご連絡ください');
  });
});
