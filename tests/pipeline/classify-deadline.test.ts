import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipelinePool, type PipelinePool } from '../../src/pipeline/pipeline-pool.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import { CLASSIFY_DEADLINE_FLAG, pastDeadlineReply } from '../../src/pipeline/past-deadline.ts';
import type { IncomingText } from '../../src/incoming/incoming.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { CRASH, HANG } from '../support/hanging-pipeline-worker.ts';
import { startFakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp } from '../support/test-app.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { postWebhook } from '../webhook/post.ts';

/**
 * Issue 17 item 1: a message whose classification takes too long gets a safe answer, and other
 * residents' messages are not held up behind it (src/pipeline/pipeline-pool.ts).
 */

/** Far above an ordinary text's time on a worker (a few ms), even on a busy test machine. */
const DEADLINE_MS = 1000;
const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' };
const workerUrl = new URL('../support/hanging-pipeline-worker.ts', import.meta.url);
const at = new Date('2026-11-24T21:00:00+09:00');

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime('shiki');
}, 60_000);

function text(body: string, id: string, extra: Partial<IncomingText> = {}): IncomingText {
  return { kind: 'text', text: body, eventId: id, replyToken: `rt-${id}`, userKey: `u-${id}`, at, isRedelivery: false, chat: 'user', mentionsBot: false, ...extra };
}

const ORDINARY = ['マイナンバーカードを落としました', '警察を名乗る人から電話でキャッシュカードを渡すように言われています', '市役所から還付金があると電話がありました'];

async function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await p;
  return { value, ms: performance.now() - start };
}

/** What the guided check's first question says (data/replies/guided-check.yaml), as the resident sees it. */
function expectGuidedCheckStart(messages: readonly unknown[]): void {
  const json = JSON.stringify(messages);
  expect(json).toContain(runtime.knowledge.replies.check.texts.intro);
  expect(json).toContain(runtime.knowledge.replies.check.questions.how.text);
}

describe('a text past its classification deadline (CLASSIFY_DEADLINE_MS), one worker', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await startPipelinePool(1, sources, runtime.knowledge, { classifyDeadlineMs: DEADLINE_MS, workerUrl });
  }, 60_000);
  afterAll(async () => {
    await pool.close();
  });

  it('gets the first question of the guided check soon after the deadline; the texts queued behind it are answered as usual, and the next ones promptly', async () => {
    const stuck = timed(pool.respond(text(`${HANG}マイナンバーの件で`, 'hang-1'), at));
    const queued = ORDINARY.map((body, i) => pool.respond(text(body, `queued-${i}`), at));
    const { value: reply, ms } = await stuck;
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(ms).toBeLessThan(DEADLINE_MS + 1500);
    expect(reply.summary).toEqual({ kind: 'text', decision: 'check_question', intent: null, confidence: null, flags: [CLASSIFY_DEADLINE_FLAG], redFlags: [] });
    expectGuidedCheckStart(reply.messages);
    // Those queued behind it wait for the new worker (the pool has one), then get their own answers.
    const answers = await Promise.all(queued);
    answers.forEach((answer, i) => expect(answer).toEqual(respond(text(ORDINARY[i]!, `queued-${i}`), runtime, at)));
    // The new worker is ready now: the next text is answered in ordinary time.
    const { value, ms: nextMs } = await timed(pool.respond(text(ORDINARY[0]!, 'after'), at));
    expect(value.summary.intent).toBe('faq.lost_card');
    expect(nextMs).toBeLessThan(DEADLINE_MS);
  }, 90_000);

  it('answers a text longer than LINE allows as the main thread does (both read its first 5,000 characters)', async () => {
    const long = text('市役所を名乗る電話でマイナンバーを聞かれました。'.repeat(600), 'long');
    expect(await pool.respond(long, at)).toEqual(respond(long, runtime, at));
  }, 60_000);

  it('treats a worker that dies on a text the same way, and goes on', async () => {
    const dead = pool.respond(text(`${CRASH}`, 'crash-1'), at);
    const behind = pool.respond(text(ORDINARY[1]!, 'behind-crash'), at);
    expect((await dead).summary.flags).toEqual([CLASSIFY_DEADLINE_FLAG]);
    expectGuidedCheckStart((await dead).messages);
    expect(await behind).toEqual(respond(text(ORDINARY[1]!, 'behind-crash'), runtime, at));
  }, 60_000);
});

describe('a text past its deadline, two workers', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await startPipelinePool(2, sources, runtime.knowledge, { classifyDeadlineMs: DEADLINE_MS * 3, workerUrl });
  }, 90_000);
  afterAll(async () => {
    await pool.close();
  });

  it('through the webhook: the resident gets the check question, the log line says classify_deadline, the next resident is answered meanwhile', async () => {
    // First in this block: both workers are fresh (a hanging text retires its worker for a while).
    const fake = await startFakeLineApi();
    // The app closes its pipeline when it closes: give it one that leaves this pool running.
    const bot = await startTestApp({ lineApiBaseUrl: fake.baseUrl, runtime, pipeline: { respond: pool.respond, close: async () => undefined } });
    try {
      expect((await postWebhook(bot.url, callbackBody([textEvent(`${HANG}長い転送文`, 'rt-hang')]))).status).toBe(200);
      const started = performance.now();
      expect((await postWebhook(bot.url, callbackBody([textEvent(ORDINARY[0]!, 'rt-next')]))).status).toBe(200);
      await fake.waitFor(1, '/v2/bot/message/reply', 30_000);
      // The other resident's reply left while the first text was still being read.
      expect(performance.now() - started).toBeLessThan(DEADLINE_MS * 3);
      const replies = await fake.waitFor(2, '/v2/bot/message/reply', 30_000);
      const tokens = replies.map((r) => (r.json as { replyToken: string }).replyToken);
      expect(tokens).toEqual(['rt-next', 'rt-hang']);
      expectGuidedCheckStart([replies[1]!.json]);
      const handled = bot.logs.lines.filter((l) => l.includes('"event handled"')).map((l) => JSON.parse(l) as { flags: string[] });
      expect(handled.map((l) => l.flags)).toContainEqual([CLASSIFY_DEADLINE_FLAG]);
    } finally {
      await bot.close();
      await fake.close();
    }
  }, 90_000);
});

describe('the answer past the deadline in a group (pastDeadlineReply, which the pool gives every such text)', () => {
  // A pure function of the text's chat: tested here without hanging two more workers (each one
  // retired costs a new worker's start-up).
  it('stays silent unless the bot was @mentioned (as for any text it could not read)', () => {
    const quiet = pastDeadlineReply(text('長い転送文', 'hang-group', { chat: 'group' }), runtime, at);
    const called = pastDeadlineReply(text('長い転送文', 'hang-group-2', { chat: 'group', mentionsBot: true }), runtime, at);
    expect(quiet.messages).toEqual([]);
    expect(quiet.summary.flags).toEqual([CLASSIFY_DEADLINE_FLAG]);
    expect(called.summary.flags).toEqual([CLASSIFY_DEADLINE_FLAG]);
    expectGuidedCheckStart(called.messages);
  });
});
