import { afterAll, describe, expect, it } from 'vitest';
import { startPipelinePool, type PipelinePool } from '../../src/pipeline/pipeline-pool.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { Incoming } from '../../src/incoming/incoming.ts';
import { loadRuntimeData } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { testRuntime } from '../support/test-runtime.ts';

/**
 * The server validates data/ and intents/ once, on the main thread, before it listens; the
 * pipeline workers get the NLU data from it (issue #17, item 17: they used to read and
 * validate every file again, the reply data included, and took as long as the main thread).
 * A worker given the data must not need the files at all.
 */
describe('a pipeline worker given the validated NLU data', () => {
  let pool: PipelinePool | null = null;
  afterAll(async () => {
    await pool?.close();
  });

  it('reads no data file: it starts and answers as the main thread with data/ and intents/ out of reach', async () => {
    const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' };
    const data = loadRuntimeData(sources);
    const missing = { ...sources, dataDir: '/nonexistent/data', intentsDir: '/nonexistent/intents' };
    pool = await startPipelinePool(1, missing, data.knowledge, { nlu: data.nlu });
    const at = new Date('2026-11-24T21:00:00+09:00');
    const incoming: Incoming = { kind: 'text', text: '市役所の職員を名乗る人から電話があり、還付金があるのでATMに行くよう言われました', eventId: 'e1', replyToken: 'r1', userKey: 'u1', at, isRedelivery: false, chat: 'user', mentionsBot: false };
    expect(await pool.respond(incoming, at)).toEqual(respond(incoming, await testRuntime('shiki'), at));
  }, 120_000);

  it('without the data, a worker reads the files itself (and a missing folder stops the pool from starting)', async () => {
    const missing = { dataDir: '/nonexistent/data', intentsDir: '/nonexistent/intents', deployment: 'shiki' };
    const knowledge = loadRuntimeData({ dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: 'shiki' }).knowledge;
    await expect(startPipelinePool(1, missing, knowledge)).rejects.toThrow(/nonexistent/);
  }, 120_000);
});
