import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POSTBACK_CHARS, formatPostback, parsePostback, type Postback } from '../../src/decide/postback.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';

const postbacks: Postback[] = [
  ...INTENT_IDS.map((intent) => ({ kind: 'topic' as const, intent })),
  ...INTENT_IDS.flatMap((intent) => [true, false].map((helpful) => ({ kind: 'feedback' as const, helpful, intent }))),
  { kind: 'menu', menu: 'main' },
  { kind: 'guide', guide: 'forward' },
];

describe('postback data', () => {
  it('round-trips every button the bot makes, within LINE\'s 300 characters', () => {
    for (const p of postbacks) {
      const data = formatPostback(p);
      expect(data.length).toBeLessThanOrEqual(MAX_POSTBACK_CHARS);
      expect(parsePostback(data)).toEqual(p);
    }
  });

  it('has the documented shape', () => {
    expect(formatPostback({ kind: 'topic', intent: 'faq.lost_card' })).toBe('v1|topic|faq.lost_card');
    expect(formatPostback({ kind: 'feedback', helpful: true, intent: 'scam.phishing' })).toBe('v1|fb|yes|scam.phishing');
  });

  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (data) => {
        const p = parsePostback(data);
        if (p !== null) expect(formatPostback(p)).toBe(data);
      }),
    );
  });
});
