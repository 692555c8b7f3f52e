import { describe, expect, it } from 'vitest';
import { confidenceBand, eventRecord } from '../../src/reports/event-record.ts';

const AT = new Date('2026-12-07T01:00:00Z');
const TEXT = '090-1234-5678 から電話、マイナンバー 1234 5678 9018 を聞かれた';
const text = (t = TEXT) => ({ kind: 'text', chat: 'user', at: AT, userKey: 'u_abc', text: t });
const summary = (intent: string | null, confidence: number | null) => ({ decision: intent ? 'answer' : null, intent, confidence, flags: [], redFlags: ['phone', 'phone'] });

describe('event records', () => {
  it('bands the confidence: high ≥ 0.8, medium ≥ 0.5, low below', () => {
    expect([0.95, 0.8, 0.79, 0.5, 0.49, null].map(confidenceBand)).toEqual(['high', 'high', 'medium', 'medium', 'low', null]);
  });

  it('keeps no text of an answered message, even with STORE_UNANSWERED_TEXT on', () => {
    const r = eventRecord(text(), summary('scam.fake_official_call', 0.95), false, 'line', true);
    expect(JSON.stringify(r)).not.toContain('090');
    expect(r).toMatchObject({ input: 'text', intent: 'scam.fake_official_call', confidenceBand: 'high', redFlags: ['phone'], unanswered: null });
  });

  it('marks an unanswered message without its text unless the operator opted in, and then masked', () => {
    expect(eventRecord(text(), summary('meta.out_of_scope', 0.9), false, 'line', false).unanswered).toEqual({ reason: 'out_of_scope', maskedText: null });
    const kept = eventRecord(text(), summary('faq.fees', 0.3), false, 'line', true).unanswered;
    expect(kept?.reason).toBe('low_confidence');
    expect(kept?.maskedText).not.toMatch(/\d{4}/);
    expect(kept?.maskedText).toContain('[number:12]');
  });

  it('a group message the bot stayed silent on is not “unanswered”', () => {
    expect(eventRecord({ ...text(), chat: 'group' }, summary('meta.out_of_scope', 0.9), true, 'line', true).unanswered).toBeNull();
  });

  it('keeps only intent and yes/no of a feedback tap, and nothing of any other postback', () => {
    const fb = (data: string) => eventRecord({ kind: 'postback', chat: 'user', at: AT, userKey: 'u', data }, summary(null, null), false, 'line', true);
    expect(fb('v1|fb|no|scam.phishing').feedback).toEqual({ intent: 'scam.phishing', helpful: false });
    expect(fb('v1|topic|scam.phishing').feedback).toBeNull();
    expect(fb('v1|fb|yes|not-an-intent').feedback).toBeNull();
    expect(JSON.stringify(fb('v1|fb|maybe|secret-ish-data'))).not.toContain('secret');
  });

  it('names media by their type (images read are counted from this)', () => {
    expect(eventRecord({ kind: 'media', chat: 'user', at: AT, userKey: 'u', mediaType: 'image' }, summary(null, null), false, 'line', false).input).toBe('image');
  });
});
