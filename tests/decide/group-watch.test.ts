import { beforeAll, describe, expect, it } from 'vitest';
import { decideInGroup, isConfidentScamMatch } from '../../src/decide/group-reply.ts';
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

/** Whether the bot speaks unasked in a group on `text` (the whole rule: urgent, or a confident scam match). */
function speaks(text: string): boolean {
  const at = new Date('2026-12-01T14:00:00+09:00');
  const incoming = { kind: 'text' as const, text, mentionsBot: false, eventId: 'e', replyToken: 'r', userKey: 'u', at, isRedelivery: false, chat: 'group' as const };
  return decideInGroup(incoming, runtime.classifier.classify(text), at, runtime.knowledge) !== null;
}

describe('group watch on the labelled sets', () => {
  it('never speaks on a message that is not a scam report (or an urgent one, in any language)', () => {
    const chatty = sets
      .filter((m) => !m.intents[0]!.startsWith('scam.') && !m.flags.includes('urgent'))
      .filter((m) => speaks(m.text))
      .map((m) => `${m.id}: ${m.text.slice(0, 60)}`);
    expect(chatty).toEqual([]);
  });

  it('speaks on at least two in three scam reports of 25 characters or more', () => {
    const reports = sets.filter((m) => m.intents[0]!.startsWith('scam.') && [...m.text.trim()].length >= 25);
    const spoken = reports.filter((m) => isConfidentScamMatch(m.text, runtime.classifier.classify(m.text), runtime.knowledge));
    expect(reports.length).toBeGreaterThan(200);
    expect(spoken.length / reports.length).toBeGreaterThanOrEqual(2 / 3);
  });

  it('always speaks on a message labelled urgent that the classifier flags urgent', () => {
    const urgent = sets.filter((m) => m.flags.includes('urgent') && runtime.classifier.classify(m.text).flags.includes('urgent'));
    expect(urgent.length).toBeGreaterThan(50);
    expect(urgent.filter((m) => !speaks(m.text)).map((m) => m.id)).toEqual([]);
  });
});
