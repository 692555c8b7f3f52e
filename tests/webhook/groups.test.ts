import type { messagingApi } from '@line/bot-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntentId } from '../../src/nlu/intent-ids.ts';
import { fillTemplate } from '../../src/data/template.ts';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { groupTextEvent, inChat, joinEvent, postbackEvent, stickerEvent, textEvent, type ChatSource } from '../support/signed-webhook.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { knowledge } from '../replies/fixtures.ts';
import { actions, deliver, replyOf, visibleText, type Sent } from './conversation.ts';

/**
 * The bot in a family group, through the real webhook and a fake LINE API: quiet on chat,
 * a short card for everyone on a confident scam match or when called, 「詳しく」 into the
 * one-to-one chat, and a short explanation when it joins.
 */

const BASIC_ID = '@123abcde';
const k = knowledge();
const groups = k.replies.groups;
const ROOM: ChatSource = { type: 'room', roomId: 'R0123456789abcdef0123456789abcdef', userId: 'U4af4980629dddddddddddddddddddddd' };

let fake: FakeLineApi;
/** Without LINE_BOT_BASIC_ID: 「詳しく」 is a postback. */
let bot: RunningApp;
/** With LINE_BOT_BASIC_ID: 「詳しく」 opens the one-to-one chat. */
let botWithId: RunningApp;
/** How many events `app` has logged as handled. */
const handledBy = (app: RunningApp) => () => app.logs.count('"msg":"event handled"');

beforeAll(async () => {
  fake = await startFakeLineApi();
  bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime() });
  botWithId = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime: await testRuntime(null, BASIC_ID), env: { LINE_BOT_BASIC_ID: BASIC_ID } });
});

afterAll(async () => {
  await bot.close();
  await botWithId.close();
  await fake.close();
});

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

function expectValid(messages: Sent): void {
  if (!openApiAvailable()) return;
  expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages })).toBeNull();
}

const one = (app: RunningApp, event: Record<string, unknown>) => replyOf(app.url, fake, event);

const leadOf = (intent: IntentId) => k.replies.intents.get(intent)!.lead;

/** A forwarded phishing SMS and a described call: the messages the family group is for. */
const FORWARDED_SMS =
  '【マイナンバー確認】あなたのマイナンバーカードに不正利用の疑いがあります。本日中に下記URLから暗証番号の再登録をしてください。手続きがない場合は利用停止となります。 https://myna-check.example.com/login';
const DESCRIBED_CALL = 'さっきお母さんの家に市役所の職員を名乗る人から電話があって、マイナンバーと銀行の口座番号を教えてほしいと言われたらしい';

describe('in a group, the bot stays quiet', () => {
  const chatter = [
    'お母さん、明日何時に来る？',
    '了解です',
    'ありがとう！',
    'おはよう〜今日は寒いね',
    '詐欺？',
    '変な電話あった',
    '市役所から電話あったよ',
    'マイナンバーカード作った？',
    '今日は市役所に行って、マイナンバーカードの更新をしてきました。待ち時間が長くて疲れたけど、無事に終わったよ',
    '来週の法事、お父さんの車で行くから駅で待っててね。お昼はみんなでお寿司にしよう',
    '保険証がマイナンバーカードに変わるらしいけど、お母さんはもう登録した？わからなかったら今度一緒にやろう',
    'このお店おいしかったよ https://tabelog.com/tokyo/A1301/ 今度みんなで行こう！駅から歩いて5分くらい',
    // Family talk that names an office and money or a PIN: warning-sign words, but not a scam.
    '警察署で免許の更新してきた。マイナ免許証にしたら手数料が少し安くなったよ',
    'ねえ、マイナンバーカードの暗証番号って何桁だっけ？忘れちゃった。市役所に行かないとダメかな',
    // Family news about scams in general, not a report of one.
    '警察から防犯の電話があったよ、最近マイナンバーの詐欺が多いから気をつけてって',
    '年金事務所で手続きしてきた。マイナンバーカード持っていってよかった',
  ];

  it.each(chatter)('no reply to chit-chat or short messages: %s', async (text) => {
    const replies = await deliver(bot.url, fake, [groupTextEvent(text)], 0, handledBy(bot));
    expect(replies.size).toBe(0);
  });

  it('no reply to stickers or photos, nor when another member (or @All) is mentioned', async () => {
    const events = [
      inChat(stickerEvent()),
      groupTextEvent('これ見て', { mention: { name: 'けんた', isSelf: false } }),
      groupTextEvent('明日の集合は10時です', { mention: 'all' }),
    ];
    const replies = await deliver(bot.url, fake, events, 0, handledBy(bot));
    expect(replies.size).toBe(0);
  });
});

describe('in a group, the bot speaks up on a confident scam match', () => {
  it('a forwarded phishing SMS gets one short card for everyone, with a call button and 「詳しく」', async () => {
    const messages = await one(bot, groupTextEvent(FORWARDED_SMS));
    // A short text quoting the forwarded message (quoteToken from the webhook), then the card.
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ type: 'text', quoteToken: expect.any(String) });
    expectValid(messages);
    const text = visibleText(messages);
    expect(text).toContain(groups.reply.greeting);
    expect(text).toContain(leadOf('scam.phishing'));
    const acts = actions(messages);
    expect(acts.some((a) => a.type === 'uri' && ((a as messagingApi.URIAction).uri ?? '').startsWith('tel:'))).toBe(true);
    const more = acts.find((a) => a.label === groups.reply.more) as messagingApi.PostbackAction | undefined;
    expect(more?.type).toBe('postback');
    expect(more?.data).toBe('v1|topic|scam.phishing');
    expect(messages.some((m) => m.quickReply)).toBe(false);
    // Short: no steps list, no feedback question, no contact carousel.
    expect(text).not.toContain(k.replies.texts.feedback.question);
    expect(text).not.toContain(k.replies.texts.headings.steps);
  });

  it('a described call in a room gets the card too', async () => {
    const messages = await one(bot, groupTextEvent(DESCRIBED_CALL, { source: ROOM }));
    expect(messages).toHaveLength(2);
    expect(visibleText(messages)).toContain(leadOf('scam.fake_official_call'));
  });

  it('a parent describing a call in plain words (one kind of warning sign, a clear scam) gets the card', async () => {
    const messages = await one(bot, groupTextEvent('さっき市役所の職員を名乗る人から電話があって、マイナンバーを教えてほしいと言われました'));
    expect(messages).toHaveLength(2);
    expect(visibleText(messages)).toContain(leadOf('scam.fake_official_call'));
  });

  // Under taxonomy v2 these read as the openers of the refund and fake-official scams (0.86, 0.93):
  // a refund letter 「from the city」 and a call-back request 「from the city about the insurance
  // card」 are exactly what the scams start with, so the family sees the short card — which says
  // what the real offices do (no refund through an ATM or by phone; call the office's own number).
  it.each([
    ['市役所から還付金の手紙が届いてたよ。ちゃんと市役所の封筒だったから大丈夫だと思うけど、一応見ておいて', 'scam.refund_atm'],
    ['お母さん、市役所から電話あった？保険証の件で確認したいって言ってたよ。折り返し電話してあげてね', 'scam.fake_official_call'],
  ] as const)('family talk relaying a textbook opener gets the card: %s', async (text, intent) => {
    const messages = await one(bot, groupTextEvent(text));
    expect(messages).toHaveLength(2);
    expect(visibleText(messages)).toContain(leadOf(intent));
  });

  it('an urgent match leads with 110', async () => {
    const messages = await one(bot, groupTextEvent('いま警察を名乗る人が母の家に来ていて、キャッシュカードを渡すように言われているそうです。暗証番号も聞かれたって'));
    expectValid(messages);
    const tels = actions(messages).filter((a) => a.type === 'uri').map((a) => (a as messagingApi.URIAction).uri);
    expect(tels[0]).toBe('tel:110');
  });

  it('「詳しく」 opens the one-to-one chat with the request typed in, and that request gets the full answer', async () => {
    const messages = await one(botWithId, groupTextEvent(FORWARDED_SMS));
    expectValid(messages);
    const more = actions(messages).find((a) => a.label === groups.reply.more) as messagingApi.URIAction;
    expect(more.type).toBe('uri');
    const uri = more.uri ?? '';
    const prefix = `https://line.me/R/oaMessage/${encodeURIComponent(BASIC_ID)}/?`;
    expect(uri.startsWith(prefix)).toBe(true);
    const typed = decodeURIComponent(uri.slice(prefix.length));
    expect(typed).toBe(fillTemplate(groups.reply.detailRequest, { topic: k.replies.intents.get('scam.phishing')!.chip }));
    // The resident sends it in the one-to-one chat: the full answer, steps and contact cards.
    const full = await one(botWithId, textEvent(typed));
    const text = visibleText(full);
    expect(text).toContain(leadOf('scam.phishing'));
    expect(text).toContain(k.replies.texts.headings.steps);
    expect(full.length).toBeGreaterThan(1);
  });
});

describe('in a group, the bot answers when called', () => {
  it('@mention with a short question gets the short card even below the watch length', async () => {
    const messages = await one(bot, groupTextEvent('市役所から電話があったけど大丈夫？', { mention: { name: 'マイナ詐欺相談', isSelf: true } }));
    expectValid(messages);
    expect(visibleText(messages)).toContain(leadOf('scam.fake_official_call'));
  });

  it('@mention with a greeting gets a short "how to ask me" card', async () => {
    const messages = await one(bot, groupTextEvent('こんにちは', { mention: { name: 'マイナ詐欺相談', isSelf: true } }));
    expectValid(messages);
    expect(visibleText(messages)).toContain(groups.mentionHelp.title);
  });

  it('a bare @mention gets the same card', async () => {
    const messages = await one(bot, groupTextEvent('', { mention: { name: 'マイナ詐欺相談', isSelf: true } }));
    expect(visibleText(messages)).toContain(groups.mentionHelp.title);
  });

  it('a postback tapped in the group (the 「詳しく」 fallback) is answered in full', async () => {
    const messages = await one(bot, inChat(postbackEvent('v1|topic|scam.phishing')));
    expect(visibleText(messages)).toContain(leadOf('scam.phishing'));
  });

  it('joining a group gets a short explanation of how it behaves there', async () => {
    const messages = await one(bot, joinEvent());
    expectValid(messages);
    const text = visibleText(messages);
    expect(text).toContain(groups.join.title);
    for (const line of groups.join.lines) expect(text).toContain(line);
  });
});
