import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.ts';
import type { AnswerDecision, Decision } from '../../src/decide/decision.ts';
import { INTENT_IDS, type IntentId } from '../../src/nlu/intent-ids.ts';
import { AT, SAMPLE_RED_FLAGS, classified, decideText, knowledge, postbackEvent } from '../replies/fixtures.ts';
import { TAXONOMY_CONTACTS } from '../replies/taxonomy-contacts.ts';

function answer(d: Decision | null): AnswerDecision {
  if (d?.kind !== 'answer') throw new Error(`expected an answer, got ${d?.kind ?? 'null'}`);
  return d;
}

/** `id` or `id→replaced` per contact card. */
function shown(d: AnswerDecision): string[] {
  return d.contacts.map((c) => (c.replaces ? `${c.contact.id}→${c.replaces}` : c.contact.id));
}

const base = { eventId: 'e', replyToken: 'r', userKey: 'u', isRedelivery: false, chat: 'user' as const };

describe('decide: messages', () => {
  it('shows each scam intent its taxonomy contacts, in order, with their status', () => {
    for (const intent of INTENT_IDS.filter((i) => i.startsWith('scam.'))) {
      const d = answer(decideText('…', classified(intent), AT.weekdayAfternoon, 'shiki'));
      expect(d.verdict, intent).toBe('scam');
      const requested = d.contacts.filter((c) => !c.replaces).map((c) => c.contact.id);
      expect(requested.slice(0, TAXONOMY_CONTACTS[intent]?.length), intent).toEqual(TAXONOMY_CONTACTS[intent]);
      for (const c of d.contacts) expect(c.status.open, `${intent} ${c.contact.id} open on a weekday afternoon`).toBe(true);
    }
  });

  it('puts 110 first when the scammer is there now', () => {
    const d = answer(decideText('いま家に市役所の人が来ています', classified('scam.fake_official_visit', ['urgent']), AT.weekdayAfternoon));
    expect(d.contacts[0]?.contact.id).toBe('police_emergency');
    expect(d.warnings).toEqual([{ kind: 'urgent', situation: 'present' }]);
    expect(shown(d).filter((id) => id === 'police_emergency')).toHaveLength(1);
  });

  it('tells "already paid" apart from "there now"', () => {
    const paid = answer(decideText('コンビニで電子マネーを買って番号を伝えてしまいました', classified('scam.leak_threat', ['urgent']), AT.weekdayAfternoon));
    expect(paid.warnings).toEqual([{ kind: 'urgent', situation: 'paid' }]);
    const both = answer(decideText('もう振り込んでしまった。いまも電話がつながっている', classified('scam.refund_atm', ['urgent']), AT.weekdayAfternoon));
    expect(both.warnings).toEqual([{ kind: 'urgent', situation: 'present' }]);
  });

  it('warns about a pasted My Number before anything else', () => {
    const d = answer(decideText('番号は 1234 5678 9018 です', classified('scam.fake_official_call', ['urgent', 'contains_my_number']), AT.weekdayAfternoon));
    expect(d.warnings.map((w) => w.kind)).toEqual(['contains_my_number', 'urgent']);
  });

  it('offers the prefectural police HQ when #9110 is closed at night (with a deployment)', () => {
    const d = answer(decideText('…', classified('scam.fake_official_call'), AT.weekdayNight, 'shiki'));
    expect(shown(d)).toContain('local_police_hq→police_consultation');
    const pc = d.contacts.find((c) => c.contact.id === 'police_consultation');
    expect(pc?.status.open).toBe(false);
  });

  it('keeps 110 first for an urgent case at night, even without a deployment', () => {
    const d = answer(decideText('いま電話がつながっています', classified('scam.name_lending', ['urgent']), AT.weekdayNight));
    expect(shown(d)[0]).toBe('police_emergency');
    expect(shown(d)).toContain('police_consultation');
  });

  it('over the year end, marks the free dial and 188 closed', () => {
    const d = answer(decideText('…', classified('scam.health_insurance'), AT.yearEnd, 'shiki'));
    const closed = d.contacts.filter((c) => !c.status.open).map((c) => c.contact.id);
    expect(closed).toEqual(expect.arrayContaining(['consumer_hotline', 'mynumber_freedial']));
  });

  it('asks the resident to contact their city office when no city is deployed', () => {
    expect(answer(decideText('…', classified('faq.misregistration'), AT.weekdayAfternoon)).askCityOffice).toBe(true);
    expect(answer(decideText('…', classified('faq.misregistration'), AT.weekdayAfternoon, 'shiki')).askCityOffice).toBe(false);
  });

  it('drops government links from the warning signs and masks digits in a host', () => {
    const flags = [...SAMPLE_RED_FLAGS, { kind: 'link' as const, host: 'pay-090123456789.example.net', government: false, shortener: false }];
    const d = answer(decideText('…', classified('scam.phishing', [], flags), AT.weekdayAfternoon));
    const hosts = d.redFlags.flatMap((f) => (f.kind === 'link' ? [f.host] : []));
    expect(hosts).not.toContain('www.digital.go.jp');
    expect(hosts).toContain('myna-point.example.com');
    expect(hosts.join(' ')).not.toMatch(/[0-9]{4}/);
  });

  it('asks for feedback on answers but not on small talk', () => {
    expect(answer(decideText('…', classified('scam.phishing'), AT.weekdayAfternoon)).askFeedback).toBe(true);
    expect(answer(decideText('ありがとう', classified('meta.thanks'), AT.weekdayAfternoon)).askFeedback).toBe(false);
  });

  it('answers out of scope when the intent is unknown or missing', () => {
    const k = knowledge();
    const unknown = decide({ incoming: { ...base, kind: 'text', text: 'x', mentionsBot: false, at: AT.weekdayAfternoon }, classification: classified('nope' as IntentId), now: AT.weekdayAfternoon, knowledge: k });
    expect(answer(unknown).contentId).toBe('meta.out_of_scope');
    const none = decide({ incoming: { ...base, kind: 'text', text: 'x', mentionsBot: false, at: AT.weekdayAfternoon }, classification: null, now: AT.weekdayAfternoon, knowledge: k });
    expect(answer(none).contentId).toBe('meta.out_of_scope');
  });

  it('is pure: the same input gives the same decision', () => {
    const a = decideText('いま来ています', classified('scam.fake_official_visit', ['urgent'], SAMPLE_RED_FLAGS), AT.weekdayNight, 'shiki');
    const b = decideText('いま来ています', classified('scam.fake_official_visit', ['urgent'], SAMPLE_RED_FLAGS), AT.weekdayNight, 'shiki');
    expect(a).toEqual(b);
  });
});

describe('decide: other events', () => {
  const k = knowledge();
  const at = AT.weekdayAfternoon;
  const run = (incoming: Parameters<typeof decide>[0]['incoming']) => decide({ incoming, classification: null, now: at, knowledge: k });

  it('welcomes a new friend, asks for text on media, ignores the rest', () => {
    expect(run({ ...base, kind: 'follow', at })).toEqual({ kind: 'welcome' });
    expect(run({ ...base, kind: 'media', mediaType: 'sticker', at })).toEqual({ kind: 'media', mediaType: 'sticker' });
    expect(run({ ...base, kind: 'ignored', eventType: 'unfollow', at })).toBeNull();
  });

  it('answers a topic chosen from a menu like the intent itself, without warnings', () => {
    const d = answer(run(postbackEvent('v1|topic|faq.lost_card', at)));
    expect(d).toMatchObject({ contentId: 'faq.lost_card', origin: 'topic', warnings: [], redFlags: [] });
    expect(d.contacts[0]?.contact.id).toBe('mynumber_card_suspension');
  });

  it('opens menus and guides, thanks for feedback', () => {
    expect(run(postbackEvent('v1|menu|scam', at))).toEqual({ kind: 'menu', menuId: 'scam', reason: 'chosen' });
    expect(run(postbackEvent('v1|guide|forward', at))).toEqual({ kind: 'guide', guideId: 'forward' });
    expect(run(postbackEvent('v1|fb|no|scam.phishing', at))).toEqual({ kind: 'feedback', helpful: false, contentId: 'scam.phishing' });
  });

  it('shows the friendly main menu for old, unknown or tampered buttons', () => {
    for (const data of ['', 'hello', 'v2|topic|faq.fees', 'v1|topic|faq.nope', 'v1|menu|nope', 'v1|guide|nope', 'v1|fb|maybe|faq.fees', 'x'.repeat(400)]) {
      expect(run(postbackEvent(data, at)), data).toEqual({ kind: 'menu', menuId: 'main', reason: 'unknown_postback' });
    }
  });
});
