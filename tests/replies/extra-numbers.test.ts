import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { AT, bubbles, classified, knowledge, replyTo, visibleText } from './fixtures.ts';

/**
 * A contact's second and third numbers (the paid 050 lines for IP phones) say what they are for
 * and that calls are charged, right by their buttons (#17 item 11): a grey 「050-…に電話」 alone
 * gave no reason to choose it.
 */
describe('extra numbers of a contact', () => {
  it('each button after the first has its label and the charge beside it', () => {
    const k = knowledge();
    const messages = replyTo('…', classified('scam.card_mail_request'), AT.weekdayAfternoon);
    const cards = messages.flatMap((m) => bubbles(m)).filter((b) => b.footer);
    const freedial = k.directory.contacts.get('mynumber_freedial')!;
    const card = cards.find((b) => visibleText([b]).split('\n').includes(freedial.name));
    expect(card).toBeDefined();
    const footer = (card!.footer as messagingApi.FlexBox).contents;
    for (const number of freedial.numbers.slice(1)) {
      const i = footer.findIndex((c) => c.type === 'button' && (c.action as messagingApi.URIAction).uri === number.tel);
      expect(i).toBeGreaterThan(0);
      const before = footer[i - 1] as messagingApi.FlexText;
      expect(before.type).toBe('text');
      expect(before.text).toContain(number.label!);
      if (number.charged) expect(before.text).toContain(k.replies.texts.contactCard.charged);
    }
  });
});
