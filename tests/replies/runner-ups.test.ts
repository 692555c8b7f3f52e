import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { runnerUps } from '../../src/decide/runner-ups.ts';
import { formatPostback } from '../../src/postback/postback.ts';
import type { Classification } from '../../src/nlu/classification.ts';
import type { IntentId } from '../../src/nlu/intent-ids.ts';
import { openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { AT, knowledge, replyTo } from './fixtures.ts';

/** A classification with an explicit ranking (best first); confidence is the top score. */
function ranked(...ranking: [IntentId, number][]): Classification {
  return { intent: ranking[0]![0], confidence: ranking[0]![1], flags: [], redFlags: [], ranking: ranking.map(([intent, score]) => ({ intent, score })) };
}

const hasContent = (id: IntentId) => knowledge().replies.intents.has(id);
const chipsOf = (messages: messagingApi.Message[]) => messages.at(-1)?.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).data) ?? [];
const topic = (intent: IntentId) => formatPostback({ kind: 'topic', intent });

describe('runner-ups when the classifier is unsure (issue #16)', () => {
  it('offers nothing when the answer is given with confidence of 0.9 or more', () => {
    expect(runnerUps(ranked(['faq.pin', 0.93], ['faq.safety', 0.05]), 'faq.pin', hasContent)).toEqual([]);
  });

  it('offers the next two, best first, skipping conversation intents and scores too small to matter', () => {
    const c = ranked(['faq.notification_delivery', 0.48], ['meta.out_of_scope', 0.2], ['faq.card_procedures', 0.17], ['faq.fees', 0.1], ['faq.pin', 0.02]);
    expect(runnerUps(c, 'faq.notification_delivery', hasContent)).toEqual(['faq.card_procedures', 'faq.fees']);
    const thin = ranked(['scam.phishing', 0.7], ['scam.general_phishing', 0.28], ['faq.pin', 0.01]);
    expect(runnerUps(thin, 'scam.phishing', hasContent)).toEqual(['scam.general_phishing']);
  });

  it('never offers the intent already shown (the out-of-scope answer to an unsure message offers the topics instead)', () => {
    const c = ranked(['faq.card_procedures', 0.26], ['faq.lost_card', 0.2], ['faq.fees', 0.1]);
    expect(runnerUps(c, 'meta.out_of_scope', hasContent)).toEqual(['faq.card_procedures', 'faq.lost_card']);
  });

  it('puts the other topics first among the chips and says so under the feedback question', () => {
    const unsure = ranked(['faq.notification_delivery', 0.48], ['faq.card_procedures', 0.4], ['faq.fees', 0.08]);
    const messages = replyTo('更新のお知らせがまだ届かないのですが', unsure, AT.weekdayAfternoon);
    expect(chipsOf(messages).slice(0, 2)).toEqual([topic('faq.card_procedures'), topic('faq.fees')]);
    const last = messages.at(-1) as messagingApi.TextMessage;
    expect(last.text).toContain(knowledge().replies.texts.feedback.question);
    expect(last.text).toContain(knowledge().replies.texts.feedback.otherTopics);
    if (openApiAvailable()) expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages })).toBeNull();
  });

  it('a sure answer keeps its chips and its question as they were', () => {
    const sure = ranked(['faq.notification_delivery', 0.95], ['faq.card_procedures', 0.03]);
    const messages = replyTo('更新のお知らせがまだ届かないのですが', sure, AT.weekdayAfternoon);
    expect(chipsOf(messages)).not.toContain(topic('faq.card_procedures'));
    expect((messages.at(-1) as messagingApi.TextMessage).text).toBe(knowledge().replies.texts.feedback.question);
  });
});
