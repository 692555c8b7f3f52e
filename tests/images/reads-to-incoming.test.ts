import { describe, expect, it } from 'vitest';
import { incomingFromReads, withoutReadText } from '../../src/images/reads-to-incoming.ts';
import type { IncomingMedia } from '../../src/incoming/incoming.ts';
import { eventRecord } from '../../src/reports/event-record.ts';

const image: IncomingMedia = { kind: 'media', mediaType: 'image', eventId: 'e', replyToken: 'r', userKey: 'u', at: new Date('2026-11-24T05:00:00Z'), isRedelivery: false, chat: 'user' };
const read = (text: string, confidence: number) => ({ outcome: 'read' as const, text, confidence, layout: 'screenshot' as const, candidate: 'grey' as const, passes: 1 });

describe('reads → the event answered', () => {
  it('joins the reads of a set in order, with their confidence; unsure or partly unread sets are low confidence', () => {
    const both = incomingFromReads(image, [read('一枚目', 0.9), read('二枚目', 0.8)], 0.7);
    expect(both).toMatchObject({ kind: 'text', text: '一枚目\n二枚目', image: { images: 2, lowConfidence: false } });
    expect(incomingFromReads(image, [read('一枚目', 0.9), { outcome: 'no_text', layout: 'photo', passes: 1 }], 0.7)).toMatchObject({ image: { lowConfidence: true } });
    // The screen's own lines (date, 既読 and time) are not part of the text answered.
    expect(incomingFromReads(image, [read('今日 10:15\n一枚目\n既読 10:16', 0.9)], 0.7)).toMatchObject({ kind: 'text', text: '一枚目' });
    expect(incomingFromReads(image, [read('読めた', 0.5)], 0.7)).toMatchObject({ image: { lowConfidence: true } });
  });

  it('names why nothing was read', () => {
    expect(incomingFromReads(image, [{ outcome: 'no_text', layout: 'photo', passes: 1 }], 0.7)).toMatchObject({ kind: 'media', imageProblem: 'no_text' });
    expect(incomingFromReads(image, [{ outcome: 'problem', problem: 'too_many_pixels', detail: 'x' }], 0.7)).toMatchObject({ imageProblem: 'unreadable' });
    expect(incomingFromReads(image, [{ outcome: 'problem', problem: 'too_large', detail: 'x' }], 0.7)).toMatchObject({ imageProblem: 'too_large' });
    expect(incomingFromReads(image, [{ outcome: 'timeout', passes: 0 }], 0.7)).toMatchObject({ imageProblem: 'timeout' });
  });

  it('the report store records an image, never its read text, even with STORE_UNANSWERED_TEXT', () => {
    const answered = incomingFromReads(image, [read('よく分からない文 090-1234-5678', 0.9)], 0.7);
    const record = eventRecord(withoutReadText(answered), { decision: 'answer', intent: 'meta.out_of_scope', confidence: 0.2, flags: [], redFlags: [] }, false, 'line', true);
    expect(record.input).toBe('image');
    expect(JSON.stringify(record)).not.toContain('よく分からない');
    expect(record.unanswered).toBeNull();
  });
});
