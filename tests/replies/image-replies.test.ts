import { beforeAll, describe, expect, it } from 'vitest';
import type { messagingApi } from '@line/bot-sdk';
import { maskTwelveDigitRuns, shortenedReadText, withImageRead } from '../../src/replies/image-replies.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { IncomingText } from '../../src/incoming/incoming.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { characterErrorRate } from '../../src/images/cer.ts';
import { openApiAvailable, validateSchema } from '../support/line-openapi.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

const NOW = new Date('2026-11-24T14:00:00+09:00');
const READ = '警察庁からのお知らせです。あなたのマイナンバーが犯罪に使われた疑いがあります。至急 050-3188-2041 までお電話ください。\nhttps://police-check.example.top/';

function fromImage(text: string, confidence = 0.9, images = 1): IncomingText {
  return {
    kind: 'text',
    text,
    mentionsBot: false,
    quoteToken: null,
    eventId: 'e1',
    replyToken: 'r',
    userKey: 'u',
    at: NOW,
    isRedelivery: false,
    chat: 'user',
    image: { confidence, lowConfidence: confidence < 0.7, images },
  };
}

const shown = (m: messagingApi.Message) => JSON.stringify(m);

describe('the answer to a text read from an image', () => {
  it('starts with what was read, then the same answer as the typed text, in at most 5 valid messages', () => {
    const typed = respond({ ...fromImage(READ), image: undefined }, runtime, NOW);
    const read = respond(fromImage(READ), runtime, NOW);
    expect(read.summary.intent).toBe(typed.summary.intent);
    expect(read.messages.length).toBeLessThanOrEqual(5);
    expect((read.messages[0] as messagingApi.FlexMessage).altText).toBe('画像から読み取った文字');
    expect(shown(read.messages[0]!)).toContain('050-3188-2041');
    expect(shown(read.messages[0]!)).toContain('https://police-check.example.top/');
    // The answer itself follows unchanged (the first of the typed reply is the second here).
    expect(read.messages[1]).toEqual(typed.messages[0]);
    if (openApiAvailable()) {
      for (const m of read.messages) expect(validateSchema('Message', m)).toBeNull();
    }
  });

  it('says so plainly when the read was unsure, and the last message offers the topics', () => {
    const read = respond(fromImage(READ, 0.5), runtime, NOW);
    expect(shown(read.messages[0]!)).toContain('一部読み取れませんでした');
    const chips = read.messages.at(-1)!.quickReply?.items ?? [];
    expect(chips.length).toBeGreaterThan(2);
    const sure = respond(fromImage(READ, 0.95), runtime, NOW);
    expect(shown(sure.messages[0]!)).not.toContain('一部読み取れませんでした');
  });

  it('names the number of images of a set', () => {
    expect(shown(respond(fromImage(READ, 0.9, 3), runtime, NOW).messages[0]!)).toContain('3枚の画像');
  });

  it('never shows a 12-digit number, however OCR split it, and keeps phone numbers', () => {
    const text = 'お客様の個人番号 4821 7365 20\n94 の登録に誤り。連絡先 0120-58-3947';
    const out = shortenedReadText(text, runtime.knowledge);
    expect(out).toContain('************');
    expect(out.replace(/\s/g, '')).not.toMatch(/4821|7365|2094/);
    expect(out).toContain('0120-58-3947');
    expect(maskTwelveDigitRuns('123456789012', '#')).toBe('#');
    expect(maskTwelveDigitRuns('1234567890123', '#')).toBe('1234567890123');
  });

  it('shortens a long read to the configured length', () => {
    const max = runtime.knowledge.replies.images.read.maxChars;
    const out = shortenedReadText('あ'.repeat(max + 50), runtime.knowledge);
    expect(out.startsWith('あ'.repeat(max))).toBe(true);
    expect(out).toContain(runtime.knowledge.replies.images.read.cut);
  });

  it('does not change the shared (cached) messages of the answer', () => {
    const typed = respond({ ...fromImage(READ), image: undefined }, runtime, NOW);
    const before = JSON.stringify(typed.messages);
    withImageRead(typed.messages, READ, { confidence: 0.4, lowConfidence: true, images: 1 }, runtime.knowledge);
    expect(JSON.stringify(typed.messages)).toBe(before);
  });
});

describe('character error rate', () => {
  it('is 0 for the same text however spaced or full-width, and counts edits over the known length', () => {
    expect(characterErrorRate('マイナ ンバー\n０１２', 'マイナンバー012')).toBe(0);
    expect(characterErrorRate('マイナソバー', 'マイナンバー')).toBeCloseTo(1 / 6);
    expect(characterErrorRate('', 'あいう')).toBe(1);
  });
});
