import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CLASSIFY_CHARS, foldText, normaliseText } from '../../src/nlu/normalise-text.ts';
import { overlongText, residentText } from './arbitraries.ts';

describe('text normaliser (any input a resident can send)', () => {
  it('never throws and leaves no control characters or runs of spaces', () => {
    fc.assert(
      fc.property(residentText(), (text) => {
        const out = normaliseText(text);
        expect(out).not.toMatch(/[\p{Cc}]/u);
        expect(out).not.toMatch(/ {2}/);
        expect(out).toBe(out.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('folding twice gives the same as folding once', () => {
    fc.assert(
      fc.property(residentText(), (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('folding twice gives the same as folding once, for texts over 5,000 characters that NFKC does not lengthen', () => {
    fc.assert(
      fc.property(overlongText, (text) => {
        fc.pre(text.slice(0, MAX_CLASSIFY_CHARS).normalize('NFKC').length <= MAX_CLASSIFY_CHARS);
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('folding twice gives the same as folding once when NFKC lengthens a 5,000-character text', () => {
    const text = '⑩'.repeat(3000);
    const once = foldText(text);
    expect(foldText(once)).toBe(once);
  });

  it('reads at most the first 5,000 characters of a longer text, and does not throw on it', () => {
    fc.assert(
      fc.property(overlongText, fc.string({ minLength: 1, maxLength: 20 }), (text, tail) => {
        expect(normaliseText(text + tail)).toBe(normaliseText(text));
        expect(foldText(text).length).toBeLessThanOrEqual(MAX_CLASSIFY_CHARS * 18); // NFKC expands one character to at most 18
      }),
      { numRuns: 100 },
    );
  });
});

describe('normalisation that lengthens text past the limit', () => {
  it('is stable when lower-casing lengthens a text cut at the limit (İ → i̇)', () => {
    const text = 'İ一'.repeat(3000);
    const once = foldText(text);
    expect(foldText(once)).toBe(once);
    expect(once.length).toBeLessThanOrEqual(MAX_CLASSIFY_CHARS);
  });
});
