import { describe, expect, it } from 'vitest';
import type { Classification, Classifier } from '../../src/nlu/classification.ts';
import { evaluateLabelled, type LabelledExample } from '../../src/nlu/evaluation.ts';

/** A classifier that answers from a table: text → ranking (best first) and confidence. */
function tableClassifier(table: Record<string, { ranking: string[]; confidence: number }>): Classifier {
  return {
    classify(text: string): Classification {
      const row = table[text]!;
      return {
        intent: row.ranking[0]!,
        confidence: row.confidence,
        flags: [],
        redFlags: [],
        ranking: row.ranking.map((intent, i) => ({ intent, score: i === 0 ? row.confidence : (1 - row.confidence) / row.ranking.length })),
      };
    },
  };
}

const ex = (id: string, text: string, intent: string): LabelledExample => ({ id, text, intents: [intent], flags: [] });

describe('evaluateLabelled reports what issue #16 asks for', () => {
  const long = 'あ'.repeat(45);
  const set = [
    ex('a', '短い質問1', 'faq.pin'),
    ex('b', '短い質問2', 'faq.pin'),
    ex('c', long, 'scam.phishing'),
    ex('d', `${long}い`, 'scam.phishing'),
  ];
  const classifier = tableClassifier({
    '短い質問1': { ranking: ['faq.pin', 'faq.fees', 'faq.safety'], confidence: 0.95 },
    // wrong, but the right answer is second: counts for top-3, and is a confident error
    '短い質問2': { ranking: ['faq.told_number', 'faq.pin', 'faq.safety'], confidence: 0.92 },
    [long]: { ranking: ['scam.phishing', 'scam.general_phishing'], confidence: 0.6 },
    // wrong and not in the top three
    [`${long}い`]: { ranking: ['meta.greeting', 'meta.thanks', 'meta.help', 'scam.phishing'], confidence: 0.5 },
  });
  const r = evaluateLabelled(classifier, set);

  it('top-1 and top-3', () => {
    expect(r.accuracy).toBe(0.5);
    expect(r.top3Accuracy).toBe(0.75);
  });
  it('short questions (under 40 characters) apart', () => {
    expect(r.shortCount).toBe(2);
    expect(r.shortAccuracy).toBe(0.5);
  });
  it('confident errors: wrong answers at confidence ≥ 0.9, as a share of all answers', () => {
    expect(r.confidentErrorRate).toBe(0.25);
    expect(r.confidentCount).toBe(2);
    expect(r.confidentAccuracy).toBe(0.5);
  });
  it('calibration error is how far confidence is from accuracy', () => {
    // bins: 0.9x → 2 answers, 1 right (conf ~0.935, acc 0.5); 0.6 → right; 0.5 → wrong
    expect(r.calibrationError).toBeCloseTo((2 / 4) * Math.abs(0.5 - 0.935) + (1 / 4) * 0.4 + (1 / 4) * 0.5, 6);
  });
});
