import { beforeAll, describe, expect, it } from 'vitest';
import { isConfidentScamMatch } from '../../src/decide/group-reply.ts';
import { readLabelledSet } from '../../src/nlu/evaluation.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { LABELLED_SET_FILES } from '../../src/runtime/project-paths.ts';
import { testRuntime } from '../support/test-runtime.ts';

/**
 * How often the bot would speak unasked in a family group (data/replies/groups.yaml `watch`),
 * measured on every labelled message: never on a message that is not a scam, and on most scam
 * reports long enough to judge. A change to the classifier or the watch rules that makes the
 * bot chattier, or deafer, fails here.
 */
const sets = LABELLED_SET_FILES.flatMap((f) => readLabelledSet(f));

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('group watch on the labelled sets', () => {
  it('never speaks on a message that is not a scam report', () => {
    const chatty = sets
      .filter((m) => !m.intents[0]!.startsWith('scam.'))
      .filter((m) => isConfidentScamMatch(m.text, runtime.classifier.classify(m.text), runtime.knowledge))
      .map((m) => `${m.id}: ${m.text.slice(0, 60)}`);
    expect(chatty).toEqual([]);
  });

  it('speaks on at least two in three scam reports of 25 characters or more', () => {
    const reports = sets.filter((m) => m.intents[0]!.startsWith('scam.') && [...m.text.trim()].length >= 25);
    const spoken = reports.filter((m) => isConfidentScamMatch(m.text, runtime.classifier.classify(m.text), runtime.knowledge));
    expect(reports.length).toBeGreaterThan(200);
    expect(spoken.length / reports.length).toBeGreaterThanOrEqual(2 / 3);
  });
});
