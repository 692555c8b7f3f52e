import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRuntime, loadRuntimeData, type RuntimeSources } from '../../src/runtime/load-runtime.ts';
import { DATA_DIR, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { createRuntimeSlot } from '../../src/runtime/runtime-slot.ts';
import { createRuntimeReloader, type RuntimeReloader } from '../../src/simulator/runtime-reloader.ts';
import { captureLogger } from '../support/log-capture.ts';
import { testTokenizer } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';

// A staff member edits intents/ while the simulator runs, then presses send again.
const NEW_PHRASE = 'ぴよぽこぱんの件';
let root: string;
let sources: RuntimeSources;
let sim: SimulatorApp;
let reloader: RuntimeReloader;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'simulator-reload-'));
  cpSync(DATA_DIR, join(root, 'data'), { recursive: true });
  cpSync(INTENTS_DIR, join(root, 'intents'), { recursive: true });
  sources = { dataDir: join(root, 'data'), intentsDir: join(root, 'intents'), deployment: null };
  const slot = createRuntimeSlot();
  const logs = captureLogger('silent');
  reloader = createRuntimeReloader({ sources, slot, logger: logs.logger });
  const tokenizer = await testTokenizer();
  slot.set((await buildRuntime(loadRuntimeData(sources), tokenizer)).runtime);
  reloader.adopt(tokenizer);
  sim = await buildSimulatorApp({ runtime: null, runtimeSlot: slot, reloadRuntime: reloader.check });
});

afterAll(async () => {
  await sim.close();
  rmSync(root, { recursive: true, force: true });
});

const say = (text: string) => sim.app.server.inject({ method: 'POST', url: '/simulator/api/events', payload: { type: 'text', text } });
const thanksFile = () => join(sources.intentsDir, 'meta.thanks.yaml');
const feesFile = () => join(sources.intentsDir, 'faq.fees.yaml');

describe('editing data/ or intents/ shows on the next action', () => {
  it('a new example sentence changes how the same text is understood, without a restart', async () => {
    const before = await say(NEW_PHRASE);
    expect(before.statusCode).toBe(200);
    expect(before.json().summary.intent).not.toBe('faq.fees');

    const text = readFileSync(feesFile(), 'utf8');
    const added = ['ぴよぽこぱん', 'ぴよぽこぱんの件', 'ぴよぽこぱんについて'].map((e) => `  - ${e}\n`).join('');
    writeFileSync(feesFile(), text.replace(/^examples:\n/m, `examples:\n${added}`));
    const after = await say(NEW_PHRASE);
    expect(after.statusCode).toBe(200);
    expect(after.json().summary.intent).toBe('faq.fees');
  });

  it('a broken file is shown (file and place) instead of a reply, and the previous data keeps working', async () => {
    const good = readFileSync(thanksFile(), 'utf8');
    writeFileSync(thanksFile(), `${good}\nexamples: [unclosed\n`);

    const res = await say('ありがとう');
    expect(res.statusCode).toBe(422);
    const { dataError } = res.json();
    expect(dataError.file).toContain('meta.thanks.yaml');
    expect(dataError.issues.length).toBeGreaterThan(0);
    expect(dataError.issues[0].path).not.toBe('');

    const status = await sim.app.server.inject({ method: 'GET', url: '/simulator/api/status' });
    expect(status.json().dataError.file).toContain('meta.thanks.yaml');
    expect(sim.runtime.get()?.classifier.classify(NEW_PHRASE).intent).toBe('faq.fees');

    writeFileSync(thanksFile(), good);
    const fixed = await say('ありがとう');
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().messages.length).toBeGreaterThan(0);
  });

  it('does not reload when nothing changed, and shares one reload between simultaneous requests', async () => {
    let builds = 0;
    const slot = createRuntimeSlot();
    const counting = createRuntimeReloader({
      sources,
      slot,
      logger: captureLogger('silent').logger,
      build: async (data, tk) => {
        builds += 1;
        return buildRuntime(data, tk);
      },
    });
    counting.adopt(await testTokenizer());
    await counting.check();
    expect(builds).toBe(0);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(sources.dataDir, 'lexicon.yaml'), later, later);
    await Promise.all([counting.check(), counting.check(), counting.check()]);
    expect(builds).toBe(1);
    await counting.check();
    expect(builds).toBe(1);
  });
});
