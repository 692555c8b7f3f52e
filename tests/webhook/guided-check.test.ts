import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import type { IntentId } from '../../src/nlu/intent-ids.ts';
import { useBotWithFakeLineApi } from '../support/bot-with-fake-line-api.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { postbackEvent, textEvent } from '../support/signed-webhook.ts';
import { knowledge } from '../replies/fixtures.ts';
import { deliver, postbackButtons, replyOf, visibleText, type Sent } from './conversation.ts';

/**
 * The guided check through the real webhook and a fake LINE API: every path from the rich menu's
 * 「詐欺かも？」 to an answer, free text in the middle, and old or tampered buttons.
 */

const k = knowledge();
const check = k.replies.check;
/** The test app's pinned clock (tests/support/test-app.ts BOT_NOW). */
const NOW = new Date('2026-11-24T14:00:00+09:00');
const minute36 = (at: Date) => Math.floor(at.getTime() / 60_000).toString(36);
const START = 'v1|chk|-|-|-|-|-';
// Hundreds of taps from one test user: the per-user limit would (rightly) step in.
const ctx = useBotWithFakeLineApi({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

const tap = (data: string) => replyOf(ctx.bot.url, ctx.fake, postbackEvent(data));
const say = (text: string) => replyOf(ctx.bot.url, ctx.fake, textEvent(text));

/** The check buttons (answers) of a question reply. */
function answerButtons(messages: Sent): { label: string; data: string }[] {
  return postbackButtons(messages).filter((b) => b.data.startsWith('v1|chk|') && b.data !== START);
}

const questionText = (step: keyof typeof check.questions) => check.questions[step].text;
const leadOf = (intent: IntentId) => k.replies.intents.get(intent)!.lead;
const isQuestion = (messages: Sent) => answerButtons(messages).length > 0;

describe('guided check: step by step', () => {
  it('starts from the rich menu button with the intro and how they were contacted, options as buttons and chips', async () => {
    const messages = await tap(START);
    expect(messages).toHaveLength(1);
    const text = visibleText(messages);
    expect(text).toContain(check.texts.intro);
    expect(text).toContain(questionText('how'));
    const labels = answerButtons(messages).map((b) => b.label);
    expect(labels).toEqual(check.questions.how.options.map((o) => o.label));
    const chips = messages[0]!.quickReply?.items?.map((i) => (i.action as messagingApi.PostbackAction).label) ?? [];
    expect(chips).toEqual(expect.arrayContaining([...labels, check.texts.chooseFromList]));
    for (const b of answerButtons(messages)) expect(b.data.length).toBeLessThanOrEqual(300);
  });

  it('asks who, what and whether anything was handed over, then answers; 「いいえ」 gives no urgent banner', async () => {
    let messages = await tap(START);
    const pick = (label: string) => {
      const b = answerButtons(messages).find((x) => x.label === label);
      if (!b) throw new Error(`no button "${label}" in ${visibleText(messages)}`);
      return b.data;
    };
    messages = await tap(pick('電話'));
    expect(visibleText(messages)).toContain(questionText('who'));
    messages = await tap(pick('市役所・区役所'));
    expect(visibleText(messages)).toContain(questionText('what'));
    messages = await tap(pick('お金・電子マネー'));
    expect(visibleText(messages)).toContain(questionText('handed'));
    messages = await tap(pick('いいえ、まだ'));
    expect(isQuestion(messages)).toBe(false);
    expect(visibleText(messages)).toContain(leadOf('scam.fee_demand'));
    expect(visibleText(messages)).not.toContain(k.replies.texts.urgent.paid.title);
    expect(JSON.stringify(messages)).toContain('tel:188');
  });

  it('「はい、してしまった」 leads with the urgent "stop the money" banner and 110', async () => {
    const t = minute36(NOW);
    const messages = await tap(`v1|chk|mail|unknown|link|yes|${t}`);
    expect(visibleText([messages[0]])).toContain(k.replies.texts.urgent.paid.title);
    const firstTel = JSON.stringify(messages).match(/"uri":"(tel:[^"]+)"/)?.[1];
    expect(firstTel).toBe('tel:110');
    expect(visibleText(messages)).toContain(leadOf('scam.phishing'));
  });

  it('leads to the scenario a resident would expect for typical answers', async () => {
    const t = minute36(NOW);
    const cases: [string, IntentId][] = [
      ['phone|city|number|no', 'scam.fake_official_call'],
      ['phone|city|money|no', 'scam.fee_demand'],
      ['visit|city|card|no', 'scam.fake_official_visit'],
      ['visit|business|money|no', 'scam.sales_pitch'],
      ['line|police|money|no', 'scam.fake_police'],
      ['phone|police|card|no', 'scam.fake_police'],
      ['phone|insurance|money|no', 'scam.health_insurance'],
      ['letter|nation|card|no', 'scam.card_mail_request'],
      ['mail|unknown|money|no', 'scam.leak_threat'],
      ['mail|nation|nothing|-', 'scam.phishing'],
      ['phone|business|nothing|-', 'scam.sales_pitch'],
      ['phone|unknown|nothing|-', 'scam.fake_official_call'],
    ];
    for (const [answers, intent] of cases) {
      const messages = await tap(`v1|chk|${answers}|${t}`);
      expect(visibleText(messages), answers).toContain(leadOf(intent));
    }
  });
});

describe('guided check: every path', () => {
  it('reaches an answer on every path in at most three questions, plus 「もう渡しましたか？」 only when something was asked for', { timeout: 120_000 }, async () => {
    interface Node {
      data: string;
      asked: string[];
    }
    let level: Node[] = [{ data: START, asked: [] }];
    const answers: { path: string; asked: string[]; messages: Sent }[] = [];
    const problems: string[] = [];
    while (level.length > 0) {
      const next: Node[] = [];
      for (let i = 0; i < level.length; i += 25) {
        const chunk = level.slice(i, i + 25);
        const events = chunk.map((n) => postbackEvent(n.data));
        const replies = await deliver(ctx.bot.url, ctx.fake, events);
        chunk.forEach((node, j) => {
          const messages = replies.get(events[j]!['replyToken'] as string);
          if (!messages) return problems.push(`${node.data}: no reply`);
          if (openApiAvailable()) {
            const errors = validateSchema('ReplyMessageRequest', { replyToken: 't', messages });
            if (errors) problems.push(`${node.data}: ${errors.slice(0, 2).join('; ')}`);
          }
          const buttons = answerButtons(messages);
          if (buttons.length === 0) return answers.push({ path: node.data, asked: node.asked, messages });
          const step = (['how', 'who', 'what', 'handed'] as const).find((s) => visibleText(messages).includes(check.questions[s].text));
          if (!step) return problems.push(`${node.data}: neither a question nor an answer`);
          for (const b of buttons) next.push({ data: b.data, asked: [...node.asked, step] });
        });
      }
      level = next;
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // 5 ways × 6 callers × (1 "nothing asked" + 4 things asked × yes/no)
    expect(answers).toHaveLength(5 * 6 * (1 + 4 * 2));
    for (const a of answers) {
      const [, , how, who, what, handed] = a.path.split('|');
      expect(how !== '-' && who !== '-' && what !== '-', a.path).toBe(true);
      const nothing = what === 'nothing';
      expect(a.asked, a.path).toEqual(nothing ? ['how', 'who', 'what'] : ['how', 'who', 'what', 'handed']);
      if (nothing) expect(handed, a.path).toBe('-');
      else expect(['yes', 'no'], a.path).toContain(handed);
      const text = visibleText(a.messages);
      expect(text.includes(k.replies.texts.urgent.paid.title), a.path).toBe(handed === 'yes');
      expect(text, a.path).toContain(k.replies.texts.verdictBadges.scam);
      expect(a.messages.length, a.path).toBeLessThanOrEqual(5);
    }
  });
});

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

describe('guided check: free text, old and tampered buttons', () => {
  it('a vague message starts the check with what it already says: 「変な電話があった」 skips "how"', async () => {
    const messages = await say('さっき変な電話があったんです');
    expect(visibleText(messages)).toContain(questionText('who'));
    expect(visibleText(messages)).toContain(check.texts.intro);
    for (const b of answerButtons(messages)) expect(b.data.split('|')[2]).toBe('phone');
  });

  it('free text typed in the middle is understood: a full description is answered directly', async () => {
    await tap(START);
    const messages = await say('市役所の人から電話で、手数料としてお金を振り込むように言われました');
    expect(isQuestion(messages)).toBe(false);
    expect(visibleText(messages)).toContain(leadOf('scam.fee_demand'));
  });

  it('free text typed in the middle is not lost: a partial answer carries into the next question', async () => {
    await tap(START);
    const messages = await say('市役所の人でした');
    expect(visibleText(messages)).toContain(questionText('how'));
    const buttons = answerButtons(messages);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(b.data.split('|')[3]).toBe('city');
  });

  it('a clear short report is answered directly, without questions', async () => {
    const messages = await say('市役所から電話があった');
    expect(isQuestion(messages)).toBe(false);
    expect(visibleText(messages)).toContain(leadOf('scam.fake_official_call'));
  });

  it('an abandoned check expires: an old button says so and offers to start again', async () => {
    const old = minute36(new Date(NOW.getTime() - (check.expiresAfterMinutes + 1) * 60_000));
    const messages = await tap(`v1|chk|phone|city|-|-|${old}`);
    expect(visibleText(messages)).toContain(check.texts.expired);
    expect(postbackButtons(messages).map((b) => b.data)).toContain(START);
    expect(isQuestion(messages)).toBe(false);
  });

  it('a button still inside the time limit keeps working', async () => {
    const recent = minute36(new Date(NOW.getTime() - (check.expiresAfterMinutes - 1) * 60_000));
    const messages = await tap(`v1|chk|phone|city|-|-|${recent}`);
    expect(visibleText(messages)).toContain(questionText('what'));
  });

  it('tampered or foreign check data gets the main menu with the old-button line, never an answer', async () => {
    const t = minute36(NOW);
    const future = minute36(new Date(NOW.getTime() + 60 * 60_000));
    const tampered = [
      `v1|chk|fax|-|-|-|${t}`,
      `v1|chk|phone|mayor|-|-|${t}`,
      `v1|chk|phone|city|-|-|${future}`,
      `v1|chk|phone|city|-|${t}`,
      `v1|chk|phone|city|-|-|-`,
      `v1|chk|PHONE|-|-|-|${t}`,
      `v1|chk|phone|-|-|-|${t}|extra`,
      `v2|chk|phone|-|-|-|${t}`,
      `v1|chk|${'a'.repeat(300)}|-|-|-|${t}`,
    ];
    for (const data of tampered) {
      const messages = await tap(data);
      expect(visibleText(messages), data).toContain(k.replies.texts.unknownPostback);
      expect(isQuestion(messages), data).toBe(false);
    }
  });
});
