/**
 * `npm run eval`: k-fold cross-validation over `intents/` and accuracy on the dev set,
 * with per-intent precision/recall/F1 and the most-confused pairs. A report, not a test:
 * `npm test` separately enforces the dev-set threshold.
 *
 * Options: --folds N (default 5), --set FILE (repeatable; default the labelled sets in
 * tests/fixtures, EVALUATION_SET_FILES: the gated sets and the first-sight yardsticks), --json FILE (write the report), --model logistic-regression|naive-bayes
 * (the alternative the default was chosen against), --temperature T and --oos-threshold X
 * (to re-tune the calibration and the out-of-scope threshold after editing intents/).
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNluData } from '../nlu/build-classifier.ts';
import { buildTokenizer } from '../nlu/tokenizer.ts';
import { DEFAULT_CLASSIFIER_OPTIONS, trainClassifier, type ClassifierOptions } from '../nlu/classifier.ts';
import { CONFIDENT, SHORT_MESSAGE_CHARS, calibration, evaluateLabelled, readLabelledSet, scoreByIntent, stratifiedFolds } from '../nlu/evaluation.ts';
import { DATA_DIR, EVALUATION_SET_FILES, INTENTS_DIR, PROJECT_ROOT } from '../runtime/project-paths.ts';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    set: {
      type: 'string',
      multiple: true,
      default: [...EVALUATION_SET_FILES],
    },
    json: { type: 'string' },
    model: { type: 'string', default: 'logistic-regression' },
    temperature: { type: 'string' },
    'oos-threshold': { type: 'string' },
  },
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const data = loadNluData(DATA_DIR, INTENTS_DIR);
  const tokenizer = await buildTokenizer();
  const deps = { tokenizer, lexicon: data.lexicon, signals: data.signals };
  const k = Number(values.folds);
  if (values.model !== 'logistic-regression' && values.model !== 'naive-bayes') {
    throw new Error(`--model must be logistic-regression or naive-bayes, got ${values.model}`);
  }
  const d = DEFAULT_CLASSIFIER_OPTIONS;
  const options: ClassifierOptions = {
    ...d,
    algorithm: values.model,
    model: { ...d.model, temperature: values.temperature ? Number(values.temperature) : d.model.temperature },
    outOfScopeThreshold: values['oos-threshold'] ? Number(values['oos-threshold']) : d.outOfScopeThreshold,
  };

  const pairs: { expected: string; predicted: string }[] = [];
  const confidences: { confidence: number; correct: boolean }[] = [];
  for (const fold of stratifiedFolds(data.intents, k, 7)) {
    const classifier = trainClassifier(fold.train, deps, options);
    for (const t of fold.test) {
      const c = classifier.classify(t.text);
      pairs.push({ expected: t.intent, predicted: c.intent });
      confidences.push({ confidence: c.confidence, correct: c.intent === t.intent });
    }
  }
  const cv = scoreByIntent(pairs);
  console.log(`Cross-validation (${k} folds, ${pairs.length} examples): accuracy ${pct(cv.accuracy)}`);
  console.log('intent                          precision  recall     F1  support');
  for (const s of cv.perIntent) {
    console.log(`${s.intent.padEnd(32)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(7)}${String(s.support).padStart(9)}`);
  }
  const cal = calibration(confidences);
  console.log(`calibration: expected calibration error ${pct(cal.ece)} (confidence → accuracy: ${cal.bins.map((b) => `${b.confidence.toFixed(2)}→${b.accuracy.toFixed(2)}`).join(' ')})`);
  console.log('most confused (expected → predicted):');
  for (const c of cv.confusions.slice(0, 10)) console.log(`  ${c.count} × ${c.expected} → ${c.predicted}`);

  const full = trainClassifier(data.intents, deps, options);
  const sets: Record<string, ReturnType<typeof evaluateLabelled>> = {};
  for (const file of values.set) {
    const set = readLabelledSet(file);
    const result = evaluateLabelled(full, set);
    sets[relative(PROJECT_ROOT, file)] = result;
    console.log(`\nLabelled set ${relative(PROJECT_ROOT, file)} (${set.length} messages)`);
    for (const e of result.errors) {
      console.log(`  ✗ ${e.id} expected ${e.expected.join('|')} got ${e.predicted} (${e.confidence}) ${e.text.replace(/\s+/g, ' ').slice(0, 50)}`);
    }
    console.log(`  urgent missed: ${result.urgentMissed.join(', ') || 'none'}; false alarms: ${result.urgentFalseAlarms.join(', ') || 'none'}`);
    console.log(`  contains_my_number missed: ${result.myNumberMissed.join(', ') || 'none'}; false alarms: ${result.myNumberFalseAlarms.join(', ') || 'none'}`);
  }
  console.log(`\nCross-validation accuracy: ${pct(cv.accuracy)}`);
  console.log(`set                                top-1   top-3   short (<${SHORT_MESSAGE_CHARS})   calib. err.  wrong at ≥${CONFIDENT}  (right when ≥${CONFIDENT})`);
  for (const [name, r] of Object.entries(sets)) {
    console.log(
      `${name.padEnd(34)}${pct(r.accuracy).padStart(6)}${pct(r.top3Accuracy).padStart(8)}${`${pct(r.shortAccuracy)} of ${r.shortCount}`.padStart(15)}${pct(r.calibrationError).padStart(13)}${pct(r.confidentErrorRate).padStart(13)}${`${pct(r.confidentAccuracy)} of ${r.confidentCount}`.padStart(17)}`,
    );
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ crossValidation: cv, sets }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
