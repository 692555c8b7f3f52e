import { describe, expect, it } from 'vitest';
import { useBotWithFakeLineApi } from '../support/bot-with-fake-line-api.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { textEvent } from '../support/signed-webhook.ts';
import { knowledge } from '../replies/fixtures.ts';
import { replyOf, visibleText } from './conversation.ts';

/** A relative writing for a parent one-to-one (「母が…」), through the real webhook and a fake LINE API. */

const k = knowledge();
const family = k.replies.family;
const ctx = useBotWithFakeLineApi();

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

const say = (text: string) => replyOf(ctx.bot.url, ctx.fake, textEvent(text));

describe('family proxy', () => {
  it('「母が…」 gets advice phrased for passing on and a plain message to forward to her', async () => {
    const messages = await say('母が市役所を名乗る人から電話で、マイナンバーと口座番号を聞かれたそうです');
    if (openApiAvailable()) expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages })).toBeNull();
    const text = visibleText(messages);
    expect(text).toContain('お母さま');
    expect(text).toContain(family.intro.lines[0]!.replace('{polite}', 'お母さま'));
    const content = k.replies.intents.get('scam.fake_official_call')!;
    const last = messages[messages.length - 1]!;
    expect(last.type).toBe('text');
    const forward = (last as { text: string }).text;
    expect(forward.startsWith('お母さんへ')).toBe(true);
    expect(forward).toContain(content.lead);
    for (const step of content.steps) expect(forward).toContain(step);
    expect(forward).toMatch(/#9110|188|0120-95-0178/);
    // No "was this helpful?" in the middle of passing advice on; the number is never the user's.
    expect(text).not.toContain(k.replies.texts.feedback.question);
  });

  it('recognises other relatives and lead-ins: 「昨日、うちの祖母に…」 → おばあさま / おばあちゃん', async () => {
    const messages = await say('昨日、うちの祖母に警察を名乗る電話があって、キャッシュカードを預かると言われたそうです');
    expect(visibleText(messages)).toContain('おばあさま');
    const last = messages[messages.length - 1] as { type: string; text: string };
    expect(last.text.startsWith('おばあちゃんへ')).toBe(true);
  });

  it('a resident writing about themselves gets the usual answer with the feedback question', async () => {
    const messages = await say('市役所を名乗る人から電話で、マイナンバーと口座番号を聞かれました');
    const text = visibleText(messages);
    expect(text).not.toContain('お母さま');
    expect(text).toContain(k.replies.texts.feedback.question);
  });

  it('a relative word without the pattern is not a family request: 「お母さん明日何時に来る？」', async () => {
    const messages = await say('お母さん明日何時に来る？');
    expect(visibleText(messages)).not.toContain('お母さま');
  });
});
