import { beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { IncomingText } from '../../src/incoming/incoming.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { MAX_CLASSIFY_CHARS } from '../../src/nlu/normalise-text.ts';
import { testRuntime } from '../support/test-runtime.ts';

/**
 * Issue 17 item 1: the text is cut to what the classifier reads before anything reads it, so
 * every stage (classification, the number and link check, decide, render) reads the same text.
 */

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime('shiki');
}, 60_000);

const at = new Date('2026-11-24T14:00:00+09:00');
const text = (body: string): IncomingText => ({ kind: 'text', text: body, eventId: 'e', replyToken: 'r', userKey: 'u', at, isRedelivery: false, chat: 'user', mentionsBot: false });

describe('a text longer than the classifier reads', () => {
  it.each([
    ['a phone number', ' 0120-95-0178 に電話するよう言われました'],
    ['a link', ' https://mynumber-kakunin.example.top/login を開くよう言われました'],
    ['a My Number', ' 私の番号は 3141 5926 5352 です'],
  ])('gets the same answer as its first 5,000 characters: %s after them is not read', (_name, tail) => {
    const head = 'マイナンバーカードの更新のお知らせが届きました。'.repeat(400).slice(0, MAX_CLASSIFY_CHARS);
    expect(respond(text(head + tail), runtime, at)).toEqual(respond(text(head), runtime, at));
  });
});
