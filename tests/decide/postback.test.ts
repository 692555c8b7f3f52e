import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POSTBACK_CHARS, formatPostback, parsePostback, type Postback } from '../../src/postback/postback.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';

const postbacks: Postback[] = [
  ...INTENT_IDS.map((intent) => ({ kind: 'topic' as const, intent })),
  ...INTENT_IDS.flatMap((intent) => [true, false].map((helpful) => ({ kind: 'feedback' as const, helpful, intent }))),
  { kind: 'menu', menu: 'main' },
  { kind: 'guide', guide: 'forward' },
  { kind: 'check', state: null },
  { kind: 'check', state: { answers: { how: 'phone' }, startedAt: 29_583_360 } },
  { kind: 'check', state: { answers: { how: 'letter', who: 'insurance', what: 'nothing' }, startedAt: 29_583_360 } },
  { kind: 'check', state: { answers: { how: 'visit', who: 'business', what: 'money', handed: 'yes' }, startedAt: 29_583_360 } },
  { kind: 'check', state: { answers: { who: 'city' }, startedAt: 29_583_360 } },
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
    expect(formatPostback({ kind: 'check', state: null })).toBe('v1|chk|-|-|-|-|-');
    expect(formatPostback({ kind: 'check', state: { answers: { how: 'phone', what: 'money' }, startedAt: 36 } })).toBe('v1|chk|phone|-|money|-|10');
  });

  it('refuses check data that the bot never makes', () => {
    for (const data of ['v1|chk|-|-|-|-', 'v1|chk|phone|-|-|-|-', 'v1|chk|Phone|-|-|-|10', 'v1|chk|-|-|-|-|010', 'v1|chk|-|-|-|-|10|x', 'v1|chk|a-b|-|-|-|10']) {
      expect(parsePostback(data), data).toBeNull();
    }
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
