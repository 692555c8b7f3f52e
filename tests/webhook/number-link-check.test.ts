import { describe, expect, it } from 'vitest';
import { useBotWithFakeLineApi } from '../support/bot-with-fake-line-api.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { postWebhook } from './post.ts';

const env = useBotWithFakeLineApi();

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

describe('the number and link check through the signed webhook', () => {
  it('answers a pasted fake SMS with one reply that goes through its numbers and links, valid for LINE', async () => {
    const sms =
      '【マイナポータル】マイナンバーカードの利用が停止されます。https://mynaportal-go.jp/login から手続きしてください。' +
      'お問い合わせ 0120-95-0178 または +1 202-555-0143。https://bit.ly/3abc';
    const res = await postWebhook(env.bot.url, callbackBody([textEvent(sms, 'reply-check-1')]));
    expect(res.status).toBe(200);
    const [reply] = await env.fake.waitFor(1, '/v2/bot/message/reply');
    const json = reply!.json as { replyToken: string; messages: unknown[] };
    expect(json.replyToken).toBe('reply-check-1');
    expect(json.messages.length).toBeLessThanOrEqual(5);
    const body = reply!.body.toString();
    expect(body).toContain('これはマイナンバー総合フリーダイヤルの公式の番号です');
    expect(body).toContain('番号が本物でも');
    expect(body).toContain('公式サイトに似せた別のアドレスです（正しくは myna.go.jp）');
    expect(body).toContain('0120-210-364');
    if (openApiAvailable()) expect(validateSchema('ReplyMessageRequest', json)).toBeNull();
  }, 60_000);
});
