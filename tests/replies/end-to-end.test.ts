import type { messagingApi } from '@line/bot-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { AT, actions, bubbles, groupTextEvent, knowledge, textEvent, visibleText } from './fixtures.ts';

/** Through the real classifier: what a resident sends → what they read. */
describe('end to end (real classifier, 志木市)', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await testRuntime('shiki');
  }, 120_000);

  const send = (text: string, at = AT.weekdayAfternoon) => respond(textEvent(text, at), runtime, at);

  it('a pasted My Number: the warning first, the number nowhere', () => {
    const { messages, summary } = send('市役所の人に言われたので、マイナンバー 1234 5678 9018 を送ります。これで大丈夫ですか');
    expect(summary.flags).toContain('contains_my_number');
    expect((messages[0] as messagingApi.FlexMessage).altText).toBe(knowledge().replies.texts.myNumberWarning.title);
    expect(JSON.stringify(messages).replace(/[\s-]/g, '')).not.toMatch(/[0-9]{12}/);
  });

  it('someone at the door now: 110 is the first button', () => {
    const { messages, summary } = send('いま家に市役所の人が来ていて、マイナンバーカードを渡せと言われています');
    expect(summary.flags).toContain('urgent');
    expect(actions([bubbles(messages[0])[0]])[0]).toMatchObject({ uri: 'tel:110' });
  });

  it('a phishing SMS: the verdict, their link host as a warning sign, the contacts', () => {
    const { messages, summary } = send('【マイナポイント】ポイントの受け取り期限が迫っています。こちらから手続きしてください https://mynapoint-kakunin.example.com/login');
    expect(summary.intent).toBe('scam.phishing');
    const text = visibleText(messages);
    expect(text).toContain(knowledge().replies.intents.get('scam.phishing')!.headline);
    expect(text).toContain('mynapoint-kakunin.example.com');
    expect(text).toContain('188');
  });

  it('in a family group, an urgent report always speaks (#17 item 9): 110 first', () => {
    const text = '母に市役所の職員を名乗る人から電話があって、今からマイナンバーカードを取りに来るって言われたらしい';
    const at = AT.weekdayAfternoon;
    const { messages, summary } = respond(groupTextEvent(text, at), runtime, at);
    expect(summary.flags).toContain('urgent');
    expect(summary.decision).toBe('group_answer');
    expect(visibleText(messages)).toContain(knowledge().replies.texts.urgent.present.title);
    expect(actions(messages).find((a) => a.type === 'uri' && (a.uri ?? '').startsWith('tel:'))).toMatchObject({ uri: 'tel:110' });
  });

  it('in a group, the reply quotes the message it answers (#17 item 14): a short text first, with its quoteToken', () => {
    const text = '母に市役所の職員を名乗る人から電話があって、今からマイナンバーカードを取りに来るって言われたらしい';
    const at = AT.weekdayAfternoon;
    for (const mention of [false, true]) {
      const { messages } = respond(groupTextEvent(text, at, mention, 'quote-token-1'), runtime, at);
      expect(messages[0]).toMatchObject({ type: 'text', quoteToken: 'quote-token-1' });
      expect(messages.length).toBeLessThanOrEqual(5);
      expect(messages.slice(1).some((m) => 'quoteToken' in m)).toBe(false);
    }
    const help = respond(groupTextEvent('こんにちは', at, true, 'quote-token-2'), runtime, at);
    expect(help.messages[0]).toMatchObject({ type: 'text', quoteToken: 'quote-token-2' });
    // One-to-one: nothing to point at, no quote.
    expect(JSON.stringify(respond({ ...textEvent(text, at), quoteToken: 'q' } as never, runtime, at).messages)).not.toContain('quoteToken');
  });

  it('a described call: 「このお話の危険サイン」 with the words they actually heard (#17 item 12)', () => {
    const { messages } = send('市役所の職員を名乗る人から電話があって、今すぐ手続きしないとマイナンバーカードが失効すると言われました');
    const text = visibleText(messages);
    const { redFlags } = knowledge().replies.texts;
    expect(text).toContain(redFlags.titleTold);
    expect(text).not.toContain(redFlags.title);
    expect(text).not.toContain('送られた文面');
    expect(text).toContain('「今すぐ」');
    expect(text).toMatch(/「失効(する)?」/);
    expect(text).not.toContain('至急・本日中 など');
    // Named once: 「名乗っている相手：「市役所」」, not 「…「市役所・区役所を名乗る」」.
    const named = text.split('\n').find((l) => l.startsWith('名乗っている相手'));
    expect(named).toBeDefined();
    expect(named!.match(/名乗/g)).toHaveLength(1);
    expect(named).toContain('市役所');
  });

  it('a forwarded SMS with a link keeps 「この文面の危険サイン」', () => {
    const { messages } = send('【マイナポイント】ポイントの受け取り期限が迫っています。至急こちらから手続きしてください https://mynapoint-kakunin.example.com/login');
    const text = visibleText(messages);
    expect(text).toContain(knowledge().replies.texts.redFlags.title);
    expect(text).toContain('「至急」');
  });
});
