import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_MAX_HOLD_MS, startPipelinePool, type PipelinePool } from '../../src/pipeline/pipeline-pool.ts';
import { respond, type Reply } from '../../src/pipeline/pipeline.ts';
import type { IncomingText } from '../../src/incoming/incoming.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { SLOW, SLOW_MS } from '../support/hanging-pipeline-worker.ts';

/**
 * Issue 18 (text replies while images are read): a text read from an image is classified after
 * the typed texts waiting with it (src/pipeline/pipeline-pool.ts), so a resident's typed question
 * is not held behind an image's long read on the pipeline worker. The stand-in worker spends
 * SLOW_MS on a text starting with SLOW, as a letter's read of several hundred characters does on
 * a busy machine, and answers every text as the real one does.
 */

const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' };
const workerUrl = new URL('../support/hanging-pipeline-worker.ts', import.meta.url);
const at = new Date('2026-11-24T21:00:00+09:00');
const LETTER = '【重要】マイナンバーカードの電子証明書の更新手続きが必要です。本日中に下記のリンクから暗証番号と口座番号を入力してください。手続きがない場合は保険証が使えなくなります。';

let runtime: Runtime;
let pool: PipelinePool;
beforeAll(async () => {
  runtime = await testRuntime('shiki');
  // A deadline far above SLOW_MS: nothing here is retired.
  pool = await startPipelinePool(1, sources, runtime.knowledge, { classifyDeadlineMs: 10_000, workerUrl });
}, 60_000);
afterAll(async () => {
  await pool.close();
});

function typed(body: string, id: string): IncomingText {
  return { kind: 'text', text: body, eventId: id, replyToken: `rt-${id}`, userKey: `u-${id}`, at, isRedelivery: false, chat: 'user', mentionsBot: false };
}

function readFromImage(body: string, id: string): IncomingText {
  return { ...typed(body, id), quoteToken: null, image: { confidence: 0.9, lowConfidence: false, images: 1 } };
}

/** Sends each event to the pool at once, in this order; resolves with the order the replies came back, each reply and its time. */
async function answered(events: IncomingText[]): Promise<{ order: string[]; replies: Map<string, Reply>; ms: Map<string, number> }> {
  const order: string[] = [];
  const replies = new Map<string, Reply>();
  const ms = new Map<string, number>();
  const started = performance.now();
  await Promise.all(
    events.map((e) =>
      pool.respond(e, at).then((reply) => {
        order.push(e.eventId);
        replies.set(e.eventId, reply);
        ms.set(e.eventId, performance.now() - started);
      }),
    ),
  );
  return { order, replies, ms };
}

describe('texts read from images on the pipeline worker (one worker, as PIPELINE_WORKERS=auto on 2 CPUs)', () => {
  it('answers a typed question that came after two images before either image, with the same replies as the main thread', async () => {
    // A typed text is being classified; two images' long reads and then a short typed question arrive.
    const events = [
      typed(`${SLOW}市役所を名乗る電話でマイナンバーを聞かれました`, 'typed-first'),
      readFromImage(`${SLOW}${LETTER}`, 'image-1'),
      readFromImage(`${SLOW}${LETTER}`, 'image-2'),
      typed('マイナンバーカードを落としました', 'typed-question'),
    ];
    const { order, replies, ms } = await answered(events);
    // The question waits for the text already being classified, not for the two reads queued before it.
    expect(order).toEqual(['typed-first', 'typed-question', 'image-1', 'image-2']);
    expect(ms.get('typed-question')!).toBeLessThan(ms.get('image-1')!);
    // Nothing else changes: each reply is what respond() gives on the main thread (the images' begin with what was read).
    for (const e of events) expect(replies.get(e.eventId)).toEqual(respond(e, runtime, at));
    expect(JSON.stringify(replies.get('image-1')!.messages)).toContain('マイナンバーカードの電子証明書');
  }, 30_000);

  it('answers an image read while typed texts keep the worker busy, once it has been held READ_MAX_HOLD_MS', async () => {
    // Typed texts, two in flight at every moment: the worker is never free of them.
    expect(READ_MAX_HOLD_MS).toBeLessThan(3 * SLOW_MS);
    const order: string[] = [];
    let sent = 0;
    const next = (): Promise<void> => {
      const id = `busy-${++sent}`;
      return pool.respond(typed(`${SLOW}警察を名乗る人から電話がありました`, id), at).then(() => {
        order.push(id);
        if (sent < 7) return next();
      });
    };
    const stream = Promise.all([next(), next()]);
    const image = pool.respond(readFromImage(LETTER, 'image-held'), at).then((reply) => {
      order.push('image-held');
      return reply;
    });
    await Promise.all([stream, image]);
    // Held past READ_MAX_HOLD_MS, it queues as a typed text would: answered before the stream ends, not after it.
    const position = order.indexOf('image-held');
    expect(position).toBeGreaterThan(0);
    expect(position).toBeLessThan(order.length - 2);
    expect(await image).toEqual(respond(readFromImage(LETTER, 'image-held'), runtime, at));
  }, 30_000);
});
