/**
 * `npm run eval`: k-fold cross-validation over `intents/` and accuracy on the dev set,
 * with per-intent precision/recall/F1 and the most-confused pairs. A report, not a test:
 * `npm test` separately enforces the dev-set threshold.
 *
 * Options: --folds N (default 5), --set FILE (default tests/fixtures/dev.jsonl), --json FILE (write the report).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNluData } from '../nlu/build-classifier.ts';
import { buildTokenizer } from '../nlu/tokenizer.ts';
import { trainClassifier } from '../nlu/classifier.ts';
import { evaluateLabelled, readLabelledSet, scoreByIntent, stratifiedFolds } from '../nlu/evaluation.ts';
import { DATA_DIR, INTENTS_DIR, PROJECT_ROOT } from '../runtime/project-paths.ts';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    set: { type: 'string', default: join(PROJECT_ROOT, 'tests', 'fixtures', 'dev.jsonl') },
    json: { type: 'string' },
  },
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const data = loadNluData(DATA_DIR, INTENTS_DIR);
  const tokenizer = await buildTokenizer();
  const deps = { tokenizer, lexicon: data.lexicon, signals: data.signals };
  const k = Number(values.folds);

  const pairs: { expected: string; predicted: string }[] = [];
  for (const fold of stratifiedFolds(data.intents, k, 7)) {
    const classifier = trainClassifier(fold.train, deps);
    for (const t of fold.test) pairs.push({ expected: t.intent, predicted: classifier.classify(t.text).intent });
  }
  const cv = scoreByIntent(pairs);
  console.log(`Cross-validation (${k} folds, ${pairs.length} examples): accuracy ${pct(cv.accuracy)}`);
  console.log('intent                          precision  recall     F1  support');
  for (const s of cv.perIntent) {
    console.log(`${s.intent.padEnd(32)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(7)}${String(s.support).padStart(9)}`);
  }
  console.log('most confused (expected → predicted):');
  for (const c of cv.confusions.slice(0, 10)) console.log(`  ${c.count} × ${c.expected} → ${c.predicted}`);

  const set = readLabelledSet(values.set);
  const full = trainClassifier(data.intents, deps);
  const dev = evaluateLabelled(full, set);
  console.log(`\nDev set (${set.length}): ${values.set}`);
  for (const e of dev.errors) console.log(`  ✗ ${e.id} expected ${e.expected.join('|')} got ${e.predicted} (${e.confidence}) ${e.text.slice(0, 50)}`);
  console.log(`  urgent missed: ${dev.urgentMissed.join(', ') || 'none'}; urgent false alarms: ${dev.urgentFalseAlarms.join(', ') || 'none'}`);
  console.log(`  contains_my_number missed: ${dev.myNumberMissed.join(', ') || 'none'}; false alarms: ${dev.myNumberFalseAlarms.join(', ') || 'none'}`);
  console.log(`Dev-set accuracy: ${pct(dev.accuracy)} (best answer: ${pct(dev.strictAccuracy)})`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ crossValidation: cv, dev }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
