import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { clockFrom, loadConfig } from '../../src/config.ts';
import { createRuntimeSlot } from '../../src/runtime/runtime-slot.ts';
import { captureLogger } from '../support/log-capture.ts';
import { TEST_ACCESS_TOKEN, TEST_CHANNEL_SECRET } from '../support/signed-webhook.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, visibleText, type SimulatorApp } from './simulator-app.ts';

const SCAM_CALL = '市役所の職員から電話でマイナンバーを聞かれた';
let sim: SimulatorApp;

beforeAll(async () => {
  sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:00:00+09:00' } });
});
afterAll(() => sim.close());

const post = (payload: unknown) => sim.app.server.inject({ method: 'POST', url: '/simulator/api/events', payload: payload as object });

describe('simulator mode only', () => {
  it('serves the chat page at / without LINE credentials, with a strict content security policy', async () => {
    const res = await sim.app.server.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('/simulator/app.js');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has no simulator route at all when LINE credentials are set', async () => {
    const config = loadConfig({ LINE_CHANNEL_SECRET: TEST_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN: TEST_ACCESS_TOKEN });
    const { app } = { app: await buildApp({ config, logger: captureLogger('silent').logger, runtime: createRuntimeSlot(await testRuntime()), sender: null, clock: clockFrom(config) }) };
    try {
      for (const [method, url] of [['GET', '/'], ['GET', '/simulator/app.js'], ['GET', '/simulator/api/status'], ['GET', '/simulator/api/richmenu']] as const) {
        expect((await app.server.inject({ method, url })).statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await app.server.inject({ method: 'POST', url: '/simulator/api/events', payload: { type: 'follow' } })).statusCode).toBe(404);
    } finally {
      await app.server.close();
    }
  });

  it('listens on loopback only unless SIMULATOR_HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('127.0.0.1');
    expect(loadConfig({ SIMULATOR_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('serves only the page files it knows', async () => {
    const js = await sim.app.server.inject({ method: 'GET', url: '/simulator/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    for (const url of ['/simulator/nope.js', '/simulator/..%2Fsimulator-plugin.ts', '/simulator/%2E%2E%2F%2E%2E%2Fconfig.ts', '/simulator/index.html']) {
      expect((await sim.app.server.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});

describe('POST /simulator/api/events runs the same pipeline as the webhook', () => {
  it('answers a reported scam call with words for the resident', async () => {
    const res = await post({ type: 'text', text: SCAM_CALL });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.messages.length).toBeGreaterThan(0);
    expect(body.messages.length).toBeLessThanOrEqual(5);
    expect(visibleText(body.messages).trim()).not.toBe('');
    expect(body.summary.intent).toMatch(/^scam\./);
  });

  it('answers a postback and a follow (the greeting)', async () => {
    for (const payload of [{ type: 'postback', data: 'v1|menu|main' }, { type: 'follow' }]) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(200);
      expect(res.json().messages.length).toBeGreaterThan(0);
    }
  });

  it('uses the clock field instant when given, else the server clock (BOT_NOW)', async () => {
    const fixed = await post({ type: 'text', text: '相談窓口', at: '2026-12-30T21:00:00+09:00' });
    expect(new Date(fixed.json().at).toISOString()).toBe('2026-12-30T12:00:00.000Z');
    const now = await post({ type: 'text', text: '相談窓口' });
    expect(new Date(now.json().at).toISOString()).toBe('2026-11-24T05:00:00.000Z');
    // A Tuesday afternoon and the year-end night: the contacts' open/closed words differ.
    expect(visibleText(fixed.json().messages)).not.toBe(visibleText(now.json().messages));
  });

  it('says which chat it was and that the bot answered (silent: false; the group tests below have silent: true)', async () => {
    const answered = (await post({ type: 'text', text: SCAM_CALL })).json();
    expect(answered).toMatchObject({ chat: 'user', silent: false });
    expect(answered.messages.length).toBeGreaterThan(0);
  });

  it.each([
    [{ type: 'text' }, /text/],
    [{ type: 'text', text: '' }, /text: text must not be empty/],
    [{ type: 'text', text: 'あ'.repeat(5001) }, /text/],
    [{ type: 'postback' }, /data/],
    [{ type: 'sticker' }, /type/],
    [{ type: 'text', text: 'こんにちは', at: '2026-12-30 21:00' }, /at: must be an ISO-8601 instant/],
    [{ type: 'text', text: 'こんにちは', userId: 'U123' }, /userId|Unrecognized/i],
    [{ type: 'text', text: 'こんにちは', chat: 'room' }, /chat: must be "user" or "group"/],
    [{ type: 'text', text: 'こんにちは', chat: 'group', mention: 'yes' }, /mention: must be true or false/],
    [{ type: 'postback', data: 'v1|menu|main', chat: 'family' }, /chat: must be "user" or "group"/],
    [{ type: 'postback', data: 'v1|menu|main', mention: true }, /mention/],
    [{ type: 'join', chat: 'user' }, /chat/],
    [[], /body|expected object/i],
  ])('rejects %j with 400 and says what is wrong', async (payload, message) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad_request');
    expect(res.json().message).toMatch(message);
  });

  it('answers 503 while the tokenizer and model are loading', async () => {
    const loading = await buildSimulatorApp({ runtime: null });
    try {
      const res = await loading.app.server.inject({ method: 'POST', url: '/simulator/api/events', payload: { type: 'follow' } });
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toBe('loading');
      const status = await loading.app.server.inject({ method: 'GET', url: '/simulator/api/status' });
      expect(status.json()).toMatchObject({ ready: false, dataError: null });
    } finally {
      await loading.close();
    }
  });

  it('logs what happened but never what the resident typed', async () => {
    const secret = '私のマイナンバーは123456789012です 090-1234-5678';
    const res = await post({ type: 'text', text: secret });
    expect(res.statusCode).toBe(200);
    const log = sim.logs.text();
    expect(log).toContain('simulator event handled');
    expect(log).not.toContain('123456789012');
    expect(log).not.toContain('090-1234-5678');
  });
});

describe('POST /simulator/api/events in a family group (chat: group)', () => {
  const FORWARDED_SMS =
    '【マイナンバー確認】あなたのマイナンバーカードに不正利用の疑いがあります。本日中に下記URLから暗証番号の再登録をしてください。手続きがない場合は利用停止となります。 https://myna-check.example.com/login';
  const groups = () => sim.runtime.get()!.knowledge.replies.groups;

  it.each(['おはよう〜今日は寒いね', '了解です', '市役所から電話あったよ', SCAM_CALL])('stays silent on chit-chat and short messages: %s', async (text) => {
    const res = await post({ type: 'text', text, chat: 'group' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ messages: [], silent: true, chat: 'group', summary: { kind: 'text', decision: null } });
    // The same words in the one-to-one chat get an answer.
    expect((await post({ type: 'text', text })).json().silent).toBe(false);
  });

  it('a forwarded scam SMS gets one short card for everyone, after a line quoting the message', async () => {
    const body = (await post({ type: 'text', text: FORWARDED_SMS, chat: 'group' })).json();
    expect(body).toMatchObject({ silent: false, chat: 'group', summary: { decision: 'group_answer' } });
    expect(body.messages).toHaveLength(2);
    expect(body.messages[0]).toMatchObject({ type: 'text', quoteToken: expect.stringMatching(/^simulator-quote-/) });
    expect(body.messages[1].type).toBe('flex');
    expect(visibleText(body.messages)).toContain(groups().reply.greeting);
  });

  it('@mention (mention: true) gets an answer to a short question, and the how-to-ask card for a greeting', async () => {
    const question = (await post({ type: 'text', text: '市役所から電話があったけど大丈夫？', chat: 'group', mention: true })).json();
    expect(question).toMatchObject({ silent: false, summary: { decision: 'group_answer' } });
    expect(visibleText(question.messages)).toContain(groups().reply.greeting);
    const greeting = (await post({ type: 'text', text: 'こんにちは', chat: 'group', mention: true })).json();
    expect(visibleText(greeting.messages)).toContain(groups().mentionHelp.title);
    // Without the mention, the same greeting is conversation.
    expect((await post({ type: 'text', text: 'こんにちは', chat: 'group', mention: false })).json().silent).toBe(true);
  });

  it('mention counts only in a group (LINE has no mentions in a one-to-one chat)', async () => {
    const res = await post({ type: 'text', text: 'こんにちは', chat: 'user', mention: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ chat: 'user', silent: false });
    expect(visibleText(res.json().messages)).not.toContain(groups().mentionHelp.title);
  });

  it('join (added to a group) gets the short explanation of how the bot behaves there', async () => {
    const body = (await post({ type: 'join' })).json();
    expect(body).toMatchObject({ chat: 'group', silent: false, summary: { kind: 'join', decision: 'group_notice' } });
    const text = visibleText(body.messages);
    expect(text).toContain(groups().join.title);
    for (const line of groups().join.lines) expect(text).toContain(line);
  });

  it('a postback tapped in the group is answered', async () => {
    const body = (await post({ type: 'postback', data: 'v1|topic|scam.phishing', chat: 'group' })).json();
    expect(body).toMatchObject({ chat: 'group', silent: false });
    expect(visibleText(body.messages)).toContain(sim.runtime.get()!.knowledge.replies.intents.get('scam.phishing')!.lead);
  });
});

describe('GET /simulator/api/richmenu', () => {
  it('gives a menu whose every area does something the pipeline understands', async () => {
    const res = await sim.app.server.inject({ method: 'GET', url: '/simulator/api/richmenu' });
    expect(res.statusCode).toBe(200);
    const { menu, imageUrl } = res.json();
    expect(menu.areas.length).toBeGreaterThan(0);
    const unknownButton = JSON.stringify((await post({ type: 'postback', data: 'v1|no-such|button' })).json().messages);
    for (const area of menu.areas) {
      expect(['message', 'postback', 'uri']).toContain(area.action.type);
      if (area.action.type === 'message') {
        const answer = await post({ type: 'text', text: area.action.text });
        expect(answer.json().messages.length, area.action.text).toBeGreaterThan(0);
      }
      if (area.action.type === 'postback') {
        const answer = await post({ type: 'postback', data: area.action.data });
        expect(answer.json().messages.length, area.action.data).toBeGreaterThan(0);
        if (area.action.data !== 'v1|menu|main') {
          expect(JSON.stringify(answer.json().messages), `${area.action.data} is understood, not answered as an unknown button`).not.toBe(unknownButton);
        }
      }
    }
    if (imageUrl) {
      const image = await sim.app.server.inject({ method: 'GET', url: imageUrl });
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toMatch(/^image\/(png|jpeg)/);
    }
  });
});
