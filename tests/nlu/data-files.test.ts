import { writeFileSync, cpSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntents, MIN_EXAMPLES } from '../../src/nlu/intents-loader.ts';
import { loadLexicon } from '../../src/nlu/lexicon.ts';
import { loadSignals } from '../../src/nlu/signals.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import { DATA_DIR, EVALUATION_SET_FILES, INTENTS_DIR } from '../../src/runtime/project-paths.ts';
import { readLabelledSet } from '../../src/nlu/evaluation.ts';
import { codePointLength, foldText } from '../../src/nlu/normalise-text.ts';
import { testTempDir } from '../support/temp-dir.ts';

function copyIntents(): string {
  const dir = testTempDir('intents');
  cpSync(INTENTS_DIR, dir, { recursive: true });
  return dir;
}

describe('intents/', () => {
  it('has one valid file per taxonomy intent, each with enough examples', () => {
    const intents = loadIntents(INTENTS_DIR);
    expect(intents.map((i) => i.id).sort()).toEqual([...INTENT_IDS].sort());
    for (const intent of intents) expect(intent.examples.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });

  // A labelled set is a yardstick, not training data: no dev sentence at all, and no held-out
  // sentence of 12 characters or more, is in intents/. Stock phrases (「おはようございます」
  // 「ヘルプ」「もしもし」) are in a held-out set and intents/ both by nature.
  it.each(EVALUATION_SET_FILES.map((file) => [basename(file), file] as const))('does not contain the sentences of %s', (name, file) => {
    const minChars = name === 'dev.jsonl' ? 1 : 12;
    const training = new Set(loadIntents(INTENTS_DIR).flatMap((i) => i.examples.map(foldText)));
    const leaked = readLabelledSet(file)
      .filter((d) => codePointLength(d.text) >= minChars && training.has(foldText(d.text)))
      .map((d) => d.id);
    expect(leaked).toEqual([]);
  });

  it('names the file and field of an operator mistake', () => {
    const dir = copyIntents();
    const file = join(dir, 'faq.fees.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^examples:/m, 'exmaples:'));
    expect(() => loadIntents(dir)).toThrow(/faq\.fees\.yaml[\s\S]*exmaples/);
  });

  it('rejects a file whose id does not match its name, and reports a missing intent', () => {
    const dir = copyIntents();
    const file = join(dir, 'meta.thanks.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: meta\.thanks$/m, 'id: meta.thank_you'));
    expect(() => loadIntents(dir)).toThrow(/meta\.thanks\.yaml[\s\S]*id[\s\S]*meta\.thank_you/);
  });

  it('rejects a YAML syntax error with its line', () => {
    const dir = copyIntents();
    writeFileSync(join(dir, 'meta.help.yaml'), 'id: meta.help\nexamples: [unclosed\n');
    expect(() => loadIntents(dir)).toThrow(/meta\.help\.yaml[\s\S]*\d+行目/);
  });
});

describe('data/lexicon.yaml and data/signals.yaml', () => {
  it('load', () => {
    expect(loadLexicon(join(DATA_DIR, 'lexicon.yaml')).terms.length).toBeGreaterThan(40);
    expect(loadSignals(join(DATA_DIR, 'signals.yaml')).urgentPatterns.length).toBeGreaterThan(5);
  });

  it('names the pattern that is not a valid regular expression', () => {
    const dir = testTempDir('signals');
    const file = join(dir, 'signals.yaml');
    writeFileSync(file, readFileSync(join(DATA_DIR, 'signals.yaml'), 'utf8').replace('  patterns:\n', '  patterns:\n    - "(unclosed"\n'));
    expect(() => loadSignals(file)).toThrow(/urgent\.patterns\[0\][\s\S]*regular expression/);
  });

  it('names a lexicon term with an unknown tag', () => {
    const dir = testTempDir('lexicon');
    const file = join(dir, 'lexicon.yaml');
    writeFileSync(file, 'terms:\n  - id: x\n    label: X\n    variants: [x]\n    tags: [importnat]\n');
    expect(() => loadLexicon(file)).toThrow(/terms\[id: \w+\]\.tags\[0\]/);
  });
});
