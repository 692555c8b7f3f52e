import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { actions, bubbles, classified, jst, knowledge, replyTo, visibleText } from './fixtures.ts';

/**
 * When every line a reply names is closed (no DEPLOYMENT, the year end at night, a Sunday
 * before dawn), the reply says so first, gives the next opening and offers 110 for danger; the
 * #9110 card says who answers at night instead of 「本日は受付していません」 (#17 item 10).
 */
const YEAR_END_NIGHT = jst('2026-12-31T22:00');
const SUNDAY_BEFORE_DAWN = jst('2026-12-06T03:00');
const WEEKDAY_MORNING = jst('2026-12-01T10:00');

const texts = () => knowledge().replies.texts;
const call = () => replyTo('市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました', classified('scam.fake_official_call'), YEAR_END_NIGHT);

/** The card of the contact whose name is `name` in the contacts carousel. */
function cardOf(messages: messagingApi.Message[], name: string): messagingApi.FlexBubble {
  const card = messages.flatMap((m) => bubbles(m)).find((b) => visibleText([b]).split('\n').includes(name));
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

describe('nothing open (no deployment)', () => {
  it('31 Dec 22:00: the first message says nothing is open, gives the next opening and a 110 button', () => {
    const messages = call();
    const first = visibleText([messages[0]]);
    expect(first).toContain(texts().nothingOpen.title);
    // #9110 opens first after the year end: Monday 4 January, 8:30.
    expect(first).toContain('1月4日(月) 8:30');
    expect(first).toContain('#9110');
    expect(actions([messages[0]])).toContainEqual(expect.objectContaining({ type: 'uri', uri: 'tel:110' }));
    expect(messages.length).toBeLessThanOrEqual(5);
  });

  it('a Sunday at 03:00: the same notice, with the line that opens first that morning', () => {
    const messages = replyTo('市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました', classified('scam.fake_official_call'), SUNDAY_BEFORE_DAWN);
    const first = visibleText([messages[0]]);
    expect(first).toContain(texts().nothingOpen.title);
    expect(first).toContain('本日 9:30');
    expect(first).toContain('マイナンバー総合フリーダイヤル');
    expect(actions([messages[0]])[0]).toMatchObject({ uri: 'tel:110' });
  });

  it('a weekday at 10:00: lines are open, no such notice', () => {
    const messages = replyTo('市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました', classified('scam.fake_official_call'), WEEKDAY_MORNING);
    expect(visibleText(messages)).not.toContain(texts().nothingOpen.title);
  });

  it('urgent: 110 is open, so the urgent banner leads and no "nothing open" notice is added', () => {
    const messages = replyTo('いま家に市役所の人が来ています', classified('scam.fake_official_visit', ['urgent']), YEAR_END_NIGHT);
    expect(visibleText(messages)).not.toContain(texts().nothingOpen.title);
    expect(visibleText([messages[0]])).toContain(texts().urgent.present.title);
  });
});

describe('the #9110 card at night', () => {
  it('says nights are answered by a duty desk or a recording, not 「本日は受付していません」 in red', () => {
    for (const at of [YEAR_END_NIGHT, SUNDAY_BEFORE_DAWN]) {
      const card = cardOf(replyTo('市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました', classified('scam.fake_official_call'), at), '警察相談専用電話');
      const text = visibleText([card]);
      expect(text).not.toContain('本日は受付していません');
      expect(text).toContain('当直');
      expect(text).toContain('留守番電話');
      // No "call now" look: the call button is not a filled, coloured one.
      const buttons = JSON.stringify(card.footer);
      expect(buttons).toContain('"style":"secondary"');
    }
  });

  it('keeps the 「緊急のときは110番へ」 note on the card', () => {
    const card = cardOf(call(), '警察相談専用電話');
    expect(visibleText([card])).toMatch(/緊急のときは110番/);
  });

  it('in the daytime on a weekday it is simply open', () => {
    const card = cardOf(replyTo('市役所の職員を名乗る人から電話があって、マイナンバーを聞かれました', classified('scam.fake_official_call'), WEEKDAY_MORNING), '警察相談専用電話');
    expect(visibleText([card])).toContain('受付中（17:15まで）');
  });
});
