import { describe, expect, it } from 'vitest';
import { AT, SAMPLE_MY_NUMBER, SAMPLE_RED_FLAGS, classified, replyTo, replyToPostback } from './fixtures.ts';

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

  it('the main menu after an old button', () => {
    expect(replyToPostback('an-old-button', AT.weekdayAfternoon)).toMatchSnapshot();
  });
});
