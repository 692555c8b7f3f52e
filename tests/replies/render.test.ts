import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { NATIONAL_CONTACT_IDS } from '../../src/contacts/contact-ids.ts';
import { statusText } from '../../src/hours/status-text.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import type { Classification, Flag, RedFlag } from '../../src/nlu/classification.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import { fillTemplate } from '../../src/data/template.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import {
  AT,
  SAMPLE_MY_NUMBER,
  SAMPLE_RED_FLAGS,
  actions,
  bubbles,
  classified,
  knowledge,
  replyTo,
  replyToPostback,
  textEvent,
  visibleText,
} from './fixtures.ts';
import { RETIRED_NUMBERS, TAXONOMY_CONTACTS } from './taxonomy-contacts.ts';

const texts = knowledge().replies.texts;

/** A runtime whose classifier always answers `classification` (the pipeline is otherwise real). */
function stubRuntime(classification: Classification, deployment: string | null = null): Runtime {
  return { classifier: { classify: () => classification }, knowledge: knowledge(deployment) };
}

/** The first button's action in a bubble, in reading order (body, then footer). */
function firstButton(bubble: messagingApi.FlexBubble | undefined): messagingApi.Action | undefined {
  return bubble ? actions([bubble.header, bubble.body, bubble.footer])[0] : undefined;
}

function telUris(messages: readonly unknown[]): string[] {
  return actions(messages).flatMap((a) => (a.type === 'uri' && (a as messagingApi.URIAction).uri?.startsWith('tel:') ? [(a as messagingApi.URIAction).uri!] : []));
}

/** The contact-card message: the one whose bubbles carry tel: buttons after the verdict card. */
function contactCards(messages: messagingApi.Message[], deployment: string | null = null): messagingApi.FlexBubble[] {
  const names = new Set([...knowledge(deployment).directory.contacts.values()].map((c) => c.name));
  return messages.flatMap(bubbles).filter((b) => {
    const body = b.body?.contents?.map((c) => (c.type === 'text' ? c.text : '')) ?? [];
    return body.some((t) => t !== undefined && names.has(t));
  });
}

/** The contact name on a card (its first large bold line). */
function cardName(b: messagingApi.FlexBubble): string | undefined {
  const t = b.body?.contents?.find((c) => c.type === 'text' && c.size === 'lg');
  return t?.type === 'text' ? t.text : undefined;
}

describe('render: urgent and My Number', () => {
  it('leads an urgent reply with a 110 button', () => {
    for (const intent of INTENT_IDS.filter((i) => i.startsWith('scam.'))) {
      const messages = replyTo('いま家に来ています', classified(intent, ['urgent']), AT.weekdayNight);
      expect(firstButton(bubbles(messages[0])[0]), intent).toMatchObject({ type: 'uri', uri: 'tel:110' });
    }
  });

  it('stops the money first when it is already paid', () => {
    const messages = replyTo('電子マネーを買って番号を教えてしまいました', classified('scam.leak_threat', ['urgent']), AT.weekdayAfternoon);
    expect(visibleText([messages[0]])).toContain(texts.urgent.paid.title);
    expect(firstButton(bubbles(messages[0])[0])).toMatchObject({ uri: 'tel:110' });
  });

  it('first says not to send the My Number, and never repeats it', () => {
    for (const written of [SAMPLE_MY_NUMBER, '1234 5678 9018', '1234-5678-9018', '１２３４５６７８９０１８']) {
      const text = `市役所から電話でマイナンバーを聞かれました。${written} と伝えました`;
      for (const flags of [['contains_my_number'], ['contains_my_number', 'urgent']] satisfies Flag[][]) {
        const { messages } = respond(textEvent(text, AT.weekdayAfternoon), stubRuntime(classified('scam.fake_official_call', flags)), AT.weekdayAfternoon);
        expect((messages[0] as messagingApi.FlexMessage).altText).toBe(texts.myNumberWarning.title);
        const json = JSON.stringify(messages);
        expect(json).not.toMatch(/[0-9０-９]{12}/);
        expect(json.normalize('NFKC').replace(/[\s-]/g, '')).not.toContain(SAMPLE_MY_NUMBER);
        if (flags.includes('urgent')) expect(firstButton(bubbles(messages[0])[0])).toMatchObject({ uri: 'tel:110' });
      }
    }
  });
});

describe('render: answers', () => {
  it('shows every scam intent its taxonomy contacts with a call button and whether they are open now', () => {
    const k = knowledge('shiki');
    for (const intent of INTENT_IDS.filter((i) => i.startsWith('scam.'))) {
      const messages = replyTo('…', classified(intent), AT.weekdayAfternoon, 'shiki');
      const cards = contactCards(messages, 'shiki');
      for (const id of TAXONOMY_CONTACTS[intent] ?? []) {
        const contact = k.directory.contacts.get(id)!;
        const card = cards.find((b) => visibleText([b.body]).includes(contact.name));
        expect(card, `${intent}: card for ${id}`).toBeDefined();
        if (contact.email) expect(visibleText([card]), `${intent}: ${id}`).toContain(contact.email);
        else expect(telUris([card]), `${intent}: ${id}`).toContain(contact.numbers[0]?.tel);
        expect(visibleText([card]), `${intent}: status of ${id}`).toContain(statusText(contact.hours, AT.weekdayAfternoon, k.hoursTexts));
      }
    }
  });

  it('leads with the verdict headline and says it in the altText with the first number', () => {
    const messages = replyTo('…', classified('scam.fake_official_call'), AT.weekdayAfternoon);
    const content = knowledge().replies.intents.get('scam.fake_official_call')!;
    const first = messages[0] as messagingApi.FlexMessage;
    expect(first.altText).toContain(content.headline);
    expect(first.altText).toContain('#9110');
    expect(bubbles(first)[0]?.header?.backgroundColor).toBe('#B71C1C');
  });

  it('lists every national contact under faq.contacts', () => {
    const k = knowledge();
    const messages = replyTo('相談窓口を教えて', classified('faq.contacts'), AT.weekdayAfternoon);
    const json = JSON.stringify(messages);
    for (const id of NATIONAL_CONTACT_IDS) {
      const c = k.directory.contacts.get(id)!;
      expect(json, id).toContain(c.name);
      if (c.numbers[0]) expect(telUris(messages), id).toContain(c.numbers[0].tel);
      else expect(json, id).toContain(c.email);
    }
  });

  it('with a deployment, faq.contacts also lists the city\'s contacts within 12 cards', () => {
    const messages = replyTo('相談窓口', classified('faq.contacts'), AT.weekdayAfternoon, 'shiki');
    expect(telUris(messages)).toEqual(expect.arrayContaining(['tel:0484731111', 'tel:0488320110']));
    for (const m of messages) expect(bubbles(m).length).toBeLessThanOrEqual(12);
  });

  it('at 21:00 says #9110 is outside its hours (who answers then) and offers the prefectural police HQ in its place', () => {
    const k = knowledge('shiki');
    const messages = replyTo('…', classified('scam.fake_official_call'), AT.weekdayNight, 'shiki');
    const text = visibleText(messages);
    const pc = k.directory.contacts.get('police_consultation')!;
    expect(text).toContain(fillTemplate(k.hoursTexts.afterHoursNext, { afterHours: pc.afterHours!, nextOpen: '12月2日(水) 8:30' }));
    expect(text).not.toContain(statusText(pc.hours, AT.weekdayNight, k.hoursTexts));
    expect(text).toContain(fillTemplate(texts.contactCard.standIn, { name: pc.name }));
    expect(telUris(messages)).toContain('tel:0488320110');
  });

  it('makes the call button of a closed line secondary and of an open line primary', () => {
    const name = knowledge().directory.contacts.get('mynumber_freedial')!.name;
    const card = (at: Date) => contactCards(replyTo('…', classified('scam.card_mail_request'), at)).find((b) => cardName(b) === name);
    expect(card(AT.weekdayNight)?.footer?.contents[0]).toMatchObject({ style: 'secondary' });
    expect(card(AT.weekdayAfternoon)?.footer?.contents[0]).toMatchObject({ style: 'primary' });
  });

  it('tells residents without a deployment to ask their city office', () => {
    expect(visibleText(replyTo('…', classified('faq.lost_card'), AT.weekdayAfternoon))).toContain(texts.cityOffice.lines[1]);
    expect(visibleText(replyTo('…', classified('faq.lost_card'), AT.weekdayAfternoon, 'shiki'))).not.toContain(texts.cityOffice.lines[1]);
  });

  it('shows the warning signs found in their message: their link host and the matched words', () => {
    const messages = replyTo('…', classified('scam.phishing', [], SAMPLE_RED_FLAGS), AT.weekdayAfternoon);
    const text = visibleText(messages);
    expect(text).toContain(texts.redFlags.title);
    expect(text).toContain('myna-point.example.com');
    expect(text).toContain('bit.ly');
    expect(text).toContain('+44');
    expect(text).toContain('手数料');
    expect(text).not.toContain('www.digital.go.jp');
  });

  it('closes the warning signs with advice that fits them: no "do not call the number" when they gave none', () => {
    const footer = texts.redFlags.footer;
    const shown = (flags: RedFlag[]) => visibleText(replyTo('…', classified('scam.fake_official_call', [], flags), AT.weekdayAfternoon));
    const all = Object.values(footer);
    const only = (text: string, expected: string) => {
      expect(text).toContain(expected);
      for (const other of all) if (other !== expected) expect(text).not.toContain(other);
    };
    only(shown(SAMPLE_RED_FLAGS), footer.linkAndPhone);
    only(shown(SAMPLE_RED_FLAGS.filter((f) => f.kind !== 'phone')), footer.link);
    // A number they were told on a call (no link: told in their own words) is "the number they gave".
    only(shown([{ kind: 'phone', international: false, countryCode: null }, { kind: 'money_demand', term: '還付金' }]), footer.phoneTold);
    // A call described in the resident's own words: a name and a demand, no link or number.
    const call = shown([{ kind: 'impersonation', term: '市役所' }, { kind: 'money_demand', term: '還付金' }]);
    only(call, footer.other);
    expect(call).not.toContain('電話番号にも');
    // A government link alone is not a warning sign: no card, so no closing line either.
    const government = shown([{ kind: 'link', host: 'www.digital.go.jp', government: true, shortener: false }]);
    for (const line of all) expect(government).not.toContain(line);
  });

  it('keeps within 5 messages when every part is present, still showing the warning signs', () => {
    const messages = replyTo('いま来ている', classified('scam.phishing', ['urgent', 'contains_my_number'], SAMPLE_RED_FLAGS), AT.weekdayAfternoon);
    expect(messages).toHaveLength(5);
    expect(visibleText(messages)).toContain(texts.redFlags.title);
  });

  it('asks 「役に立ちましたか？」 with yes/no chips and next questions under the last message', () => {
    const messages = replyTo('…', classified('scam.phishing'), AT.weekdayAfternoon);
    const last = messages.at(-1)!;
    expect(last).toMatchObject({ type: 'text', text: texts.feedback.question });
    const data = last.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).data);
    expect(data?.slice(0, 2)).toEqual(['v1|fb|yes|scam.phishing', 'v1|fb|no|scam.phishing']);
    expect(data).toContain('v1|topic|faq.misregistration');
    for (const m of messages.slice(0, -1)) expect(m.quickReply).toBeUndefined();
  });

  it('never shows a retired number', () => {
    for (const intent of INTENT_IDS) {
      for (const deployment of [null, 'shiki', 'shimada']) {
        const json = JSON.stringify(replyTo('…', classified(intent, ['urgent']), AT.yearEnd, deployment)).replace(/[-‐－ ]/g, '');
        for (const n of RETIRED_NUMBERS) expect(json, `${intent} ${deployment}`).not.toContain(n);
      }
    }
  });
});

describe('render: other replies', () => {
  it('asks for text when a sticker or photo arrives, offering the forwarding guide', () => {
    const { messages } = respond({ eventId: 'e', replyToken: 'r', userKey: 'u', isRedelivery: false, chat: 'user', kind: 'media', mediaType: 'image', at: AT.weekdayAfternoon }, stubRuntime(classified('meta.help')), AT.weekdayAfternoon);
    expect(visibleText(messages)).toContain(texts.media.byType.image);
    expect(messages[0]?.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).data)).toContain('v1|guide|forward');
  });

  it('shows the main menu with a friendly line for an old button', () => {
    const messages = replyToPostback('v0|something-old', AT.weekdayAfternoon);
    expect(visibleText(messages)).toContain(texts.unknownPostback);
    expect(actions(messages).map((a) => (a as messagingApi.PostbackAction).data)).toContain('v1|topic|faq.lost_card');
  });

  it('answers a chip like the intent itself', () => {
    const viaChip = replyToPostback('v1|topic|scam.fake_police', AT.weekdayAfternoon);
    const viaText = replyTo('…', classified('scam.fake_police'), AT.weekdayAfternoon);
    expect(viaChip).toEqual(viaText);
  });

  it('thanks for feedback', () => {
    expect(replyToPostback('v1|fb|yes|scam.phishing', AT.weekdayAfternoon)[0]).toMatchObject({ type: 'text', text: texts.feedback.thanksYes });
    const no = replyToPostback('v1|fb|no|scam.phishing', AT.weekdayAfternoon)[0];
    expect(no).toMatchObject({ type: 'text', text: texts.feedback.thanksNo });
    expect(no?.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).data)).toContain('v1|topic|faq.contacts');
  });
});
