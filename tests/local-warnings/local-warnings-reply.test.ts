import { beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import type { LocalWarning } from '../../src/local-warnings/local-warning.ts';
import { activeWarningTexts } from '../../src/local-warnings/local-warning.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { openApiAvailable, OPENAPI_SKIP_NOTE, validateSchema } from '../support/line-openapi.ts';

const NOW = new Date('2026-12-07T10:00:00+09:00');
const WARNING: LocalWarning = { id: 1, text: '市内で、市役所職員を名乗る還付金の電話が続いています（12月7日）', intents: ['scam.refund_atm'], expiresAt: new Date('2026-12-21T00:00:00+09:00') };
const EXPIRED: LocalWarning = { id: 2, text: '古いお知らせ', intents: ['scam.refund_atm'], expiresAt: new Date('2026-12-07T09:00:00+09:00') };

const base = { eventId: 'e1', replyToken: null, userKey: 'u_x', at: NOW, isRedelivery: false, chat: 'user' as const };
const topic = (intent: string) => ({ ...base, kind: 'postback' as const, data: `v1|topic|${intent}` });

/** Every text of a reply's flex contents, in reading order. */
function texts(messages: readonly unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['type'] === 'text' && typeof o['text'] === 'string') out.push(o['text']);
      for (const [k, x] of Object.entries(o)) if (k !== 'quickReply' && k !== 'altText') walk(x);
    }
  };
  walk(messages);
  return out;
}

describe('local warnings in replies', () => {
  let runtime: Runtime;
  let withWarnings: Runtime;
  beforeAll(async () => {
    runtime = await testRuntime();
    withWarnings = { ...runtime, knowledge: { ...runtime.knowledge, localWarnings: [WARNING, EXPIRED] } };
  });

  it('only the warnings for that scenario that have not expired', () => {
    expect(activeWarningTexts([WARNING, EXPIRED], 'scam.refund_atm', NOW)).toEqual([WARNING.text]);
    expect(activeWarningTexts([WARNING], 'scam.phishing', NOW)).toEqual([]);
    expect(activeWarningTexts([WARNING], 'scam.refund_atm', new Date('2026-12-21T00:00:00+09:00'))).toEqual([]);
  });

  it('shows the warning at the top of the answer card, under the heading from texts.yaml', () => {
    const reply = respond(topic('scam.refund_atm'), withWarnings, NOW);
    const all = texts(reply.messages);
    const heading = runtime.knowledge.replies.texts.localWarning.heading;
    expect(all.slice(0, 2)).toEqual([heading, WARNING.text]);
    expect(all).not.toContain(EXPIRED.text);
  });

  it('leaves other scenarios, and replies without warnings, exactly as they were', () => {
    const plain = respond(topic('scam.phishing'), runtime, NOW);
    expect(respond(topic('scam.phishing'), withWarnings, NOW).messages).toEqual(plain.messages);
    expect(texts(respond(topic('scam.refund_atm'), runtime, NOW).messages)).not.toContain(WARNING.text);
  });

  it('also on an answer to a written message of that scenario', () => {
    const reply = respond({ ...base, kind: 'text', text: '市役所の者ですが医療費の還付金があるのでATMに行ってくださいと電話がありました', mentionsBot: false }, withWarnings, NOW);
    expect(reply.summary.intent).toBe('scam.refund_atm');
    expect(texts(reply.messages)).toContain(WARNING.text);
  });

  it.runIf(openApiAvailable())('is a valid LINE reply', () => {
    const reply = respond(topic('scam.refund_atm'), withWarnings, NOW);
    expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages: reply.messages })).toBeNull();
  });
  it.skipIf(openApiAvailable())(OPENAPI_SKIP_NOTE, () => undefined);
});
