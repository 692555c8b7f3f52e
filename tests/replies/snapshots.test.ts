import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.ts';
import { render } from '../../src/replies/render.ts';
import { AT, SAMPLE_MY_NUMBER, SAMPLE_RED_FLAGS, classified, jst, knowledge, replyTo, replyToPostback, textEvent } from './fixtures.ts';

/** A message in the family group, as decided and rendered (志木市, with the account's basic ID). */
function groupReply(text: string, intent: Parameters<typeof classified>[0], flags: Parameters<typeof classified>[1], at: Date) {
  const k = { ...knowledge('shiki'), lineBasicId: '@123abcde' };
  const incoming = { ...textEvent(text, at), chat: 'group' as const, mentionsBot: true };
  const decision = decide({ incoming, classification: classified(intent, flags, SAMPLE_RED_FLAGS), now: at, knowledge: k });
  return decision ? render(decision, k) : [];
}

const minute36 = (at: Date) => Math.floor(at.getTime() / 60_000).toString(36);

/**
 * Rendered replies of key cases with a pinned clock (Japan time). A change here is a change a
 * resident sees: review the diff, then update with `npx vitest run tests/replies -u`.
 */
describe('rendered replies (snapshots)', () => {
  it('a fake official call on a weekday afternoon (志木市): everything open', () => {
    expect(replyTo('市役所からマイナンバーを教えてと電話がありました', classified('scam.fake_official_call', [], SAMPLE_RED_FLAGS.slice(3)), AT.weekdayAfternoon, 'shiki')).toMatchSnapshot();
  });

  it('the same at 21:00: #9110 closed, the prefectural police HQ in its place', () => {
    expect(replyTo('市役所からマイナンバーを教えてと電話がありました', classified('scam.fake_official_call'), AT.weekdayNight, 'shiki')).toMatchSnapshot();
  });

  it('the same on 12/30: the year end', () => {
    expect(replyTo('市役所からマイナンバーを教えてと電話がありました', classified('scam.fake_official_call'), AT.yearEnd, 'shiki')).toMatchSnapshot();
  });

  it('31 Dec 22:00 without a deployment: nothing is open, said first with the next opening and 110', () => {
    expect(replyTo('市役所からマイナンバーを教えてと電話がありました', classified('scam.fake_official_call'), jst('2026-12-31T22:00'))).toMatchSnapshot();
  });

  it('urgent: someone at the door now', () => {
    expect(replyTo('いま家に市役所の人が来ていてカードを渡せと言っています', classified('scam.fake_official_visit', ['urgent']), AT.weekdayAfternoon)).toMatchSnapshot();
  });

  it('a pasted My Number', () => {
    expect(replyTo(`マイナンバーを聞かれたので ${SAMPLE_MY_NUMBER} と答えました`, classified('faq.told_number', ['contains_my_number']), AT.weekdayAfternoon)).toMatchSnapshot();
  });

  it('faq.contacts without a deployment', () => {
    expect(replyTo('相談窓口を教えてください', classified('faq.contacts'), AT.sundayMorning)).toMatchSnapshot();
  });

  it('a question in English', () => {
    expect(replyTo('Is this My Number call a scam?', classified('faq.foreign_language'), AT.weekdayAfternoon)).toMatchSnapshot();
  });

  it('the guided check: the first question from the rich menu', () => {
    expect(replyToPostback('v1|chk|-|-|-|-|-', AT.weekdayAfternoon)).toMatchSnapshot();
  });

  it('the guided check: 「もう渡しましたか？」 after a money demand by phone', () => {
    expect(replyToPostback(`v1|chk|phone|city|money|-|${minute36(AT.weekdayAfternoon)}`, AT.weekdayAfternoon)).toMatchSnapshot();
  });

  it('the group card for a forwarded phishing SMS on a Sunday', () => {
    expect(groupReply('【マイナポイント】本日中に手続きを https://myna.example.com', 'scam.phishing', [], AT.sundayMorning)).toMatchSnapshot();
  });

  it('the group card when someone is at the door now', () => {
    expect(groupReply('いま母の家に市役所の人が来ていてカードを渡せと言っています', 'scam.fake_official_visit', ['urgent'], AT.weekdayNight)).toMatchSnapshot();
  });

  it('a relative asking for her mother', () => {
    expect(replyTo('母が警察を名乗る電話でキャッシュカードを預けるように言われたそうです', classified('scam.fake_police'), AT.weekdayAfternoon, 'shiki')).toMatchSnapshot();
  });

  it('the main menu after an old button', () => {
    expect(replyToPostback('an-old-button', AT.weekdayAfternoon)).toMatchSnapshot();
  });
});
