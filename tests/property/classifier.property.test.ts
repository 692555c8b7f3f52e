import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import type { Classifier } from '../../src/runtime/runtime.ts';
import { testClassifier } from '../support/test-runtime.ts';
import { overlongBmpText, residentText } from './arbitraries.ts';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await testClassifier();
});

function expectSane(text: string): void {
  const c = classifier.classify(text);
  expect(INTENT_IDS).toContain(c.intent);
  expect(c.confidence).toBeGreaterThanOrEqual(0);
  expect(c.confidence).toBeLessThanOrEqual(1);
  expect(Number.isFinite(c.confidence)).toBe(true);
  for (const r of c.ranking) {
    expect(INTENT_IDS).toContain(r.intent);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  }
}

describe('classifier on any text', () => {
  // Well-formed: the webhook makes message text well-formed UTF-16 (src/webhook/normalise-event.ts).
  it('answers a known intent with a confidence in [0, 1] for any well-formed text (emoji, controls, any script), never throwing', () => {
    fc.assert(fc.property(residentText().map((t) => t.toWellFormed()), expectSane), { numRuns: 500 });
  });

  it('does the same for texts longer than LINE allows', () => {
    fc.assert(fc.property(overlongBmpText, expectSane), { numRuns: 30 });
  });

  it('gives the same intent for a text and for that text with anything after its first 5,000 characters', () => {
    const head = 'マイナンバーカードの更新手続きをしないと使えなくなるとSMSが来ました。'.repeat(200).slice(0, 5000);
    fc.assert(
      fc.property(residentText(200), (tail) => {
        expect(classifier.classify(head + tail).intent).toBe(classifier.classify(head).intent);
      }),
      { numRuns: 30 },
    );
  });

  it('classifies a long message with an emoji right at the tokenizer cut (character 600)', () => {
    const text = 'マイナンバーカードのことで電話がありました'.repeat(40).slice(0, 599) + '😀 続きの文章です';
    expectSane(text);
  });

  it('classifies text holding an unpaired surrogate', () => {
    expectSane('マイナンバー\ud83d');
  });
});
