import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Classifier } from './classification.ts';
import type { IntentDefinition } from './intents-loader.ts';
import { seededRandom } from './softmax-regression.ts';

/**
 * Measurement of the classifier, apart from the unit tests (as Rasa keeps `rasa test nlu`):
 * accuracy on a labelled set, k-fold cross-validation over `intents/`, per-intent
 * precision/recall/F1 and the most-confused pairs.
 */

const LabelledSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** Acceptable intents, best first. */
  intents: z.array(z.string()).min(1),
  flags: z.array(z.enum(['urgent', 'contains_my_number'])),
});
export type LabelledExample = z.infer<typeof LabelledSchema>;

/** Reads a JSON Lines evaluation set; a bad line is reported with its line number. */
export function readLabelledSet(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const parsed = LabelledSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export interface IntentScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

/** Per-intent P/R/F1 and confusions from (expected, predicted) pairs. */
export function scoreByIntent(pairs: readonly { expected: string; predicted: string }[]): {
  perIntent: IntentScore[];
  confusions: Confusion[];
  accuracy: number;
} {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const confusion = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  for (const { expected, predicted } of pairs) {
    if (expected === predicted) {
      inc(tp, expected);
      correct++;
    } else {
      inc(fn, expected);
      inc(fp, predicted);
      inc(confusion, `${expected}\u0000${predicted}`);
    }
  }
  const intents = [...new Set(pairs.flatMap((p) => [p.expected, p.predicted]))].sort();
  const perIntent = intents.map((intent) => {
    const t = tp.get(intent) ?? 0;
    const precision = t / Math.max(1, t + (fp.get(intent) ?? 0));
    const recall = t / Math.max(1, t + (fn.get(intent) ?? 0));
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, precision, recall, f1, support: t + (fn.get(intent) ?? 0) };
  });
  const confusions = [...confusion]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\u0000') as [string, string];
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count);
  return { perIntent, confusions, accuracy: pairs.length ? correct / pairs.length : 0 };
}

/** Expected calibration error: how far confidence is from accuracy, over 10 equal-width bins. */
export function calibration(predictions: readonly { confidence: number; correct: boolean }[]): {
  ece: number;
  bins: { from: number; count: number; confidence: number; accuracy: number }[];
} {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, count: 0, confidence: 0, accuracy: 0 }));
  for (const p of predictions) {
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
    bin.count++;
    bin.confidence += p.confidence;
    bin.accuracy += p.correct ? 1 : 0;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    ece += (bin.count / Math.max(1, predictions.length)) * Math.abs(bin.accuracy / bin.count - bin.confidence / bin.count);
    bin.confidence /= bin.count;
    bin.accuracy /= bin.count;
  }
  return { ece, bins: bins.filter((b) => b.count > 0) };
}

/** Messages shorter than this many characters count as short questions in the report. */
export const SHORT_MESSAGE_CHARS = 40;
/** Confidence from which a wrong answer counts as a confident error. */
export const CONFIDENT = 0.9;

export interface LabelledResult {
  accuracy: number;
  /** Best-answer accuracy (the first acceptable intent). */
  strictAccuracy: number;
  /** Share of messages where an acceptable intent is among the three best of the ranking. */
  top3Accuracy: number;
  /** Accuracy on messages shorter than SHORT_MESSAGE_CHARS characters, and how many there were. */
  shortAccuracy: number;
  shortCount: number;
  /** Share of all answers that are wrong with confidence ≥ CONFIDENT. */
  confidentErrorRate: number;
  /** Expected calibration error of the confidences on this set. */
  calibrationError: number;
  /** Accuracy among answers given with confidence ≥ CONFIDENT, and how many there were. */
  confidentAccuracy: number;
  confidentCount: number;
  myNumberMissed: string[];
  myNumberFalseAlarms: string[];
  urgentMissed: string[];
  urgentFalseAlarms: string[];
  errors: { id: string; text: string; expected: string[]; predicted: string; confidence: number }[];
}

/** Scores a classifier on a labelled set: an answer is right when it is one of the acceptable intents. */
export function evaluateLabelled(classifier: Classifier, set: readonly LabelledExample[]): LabelledResult {
  const result: LabelledResult = {
    accuracy: 0,
    strictAccuracy: 0,
    top3Accuracy: 0,
    shortAccuracy: 0,
    shortCount: 0,
    confidentErrorRate: 0,
    calibrationError: 0,
    confidentAccuracy: 0,
    confidentCount: 0,
    myNumberMissed: [],
    myNumberFalseAlarms: [],
    urgentMissed: [],
    urgentFalseAlarms: [],
    errors: [],
  };
  let ok = 0;
  let strict = 0;
  let top3 = 0;
  let shortOk = 0;
  let confidentWrong = 0;
  let confidentRight = 0;
  const confidences: { confidence: number; correct: boolean }[] = [];
  for (const ex of set) {
    const c = classifier.classify(ex.text);
    const correct = ex.intents.includes(c.intent);
    confidences.push({ confidence: c.confidence, correct });
    if (c.ranking.slice(0, 3).some((r) => ex.intents.includes(r.intent))) top3++;
    if ([...ex.text].length < SHORT_MESSAGE_CHARS) {
      result.shortCount++;
      if (correct) shortOk++;
    }
    if (c.confidence >= CONFIDENT) {
      if (correct) confidentRight++;
      else confidentWrong++;
    }
    if (correct) ok++;
    else result.errors.push({ id: ex.id, text: ex.text, expected: ex.intents, predicted: c.intent, confidence: c.confidence });
    if (ex.intents[0] === c.intent) strict++;
    const hasMn = c.flags.includes('contains_my_number');
    const wantMn = ex.flags.includes('contains_my_number');
    if (wantMn && !hasMn) result.myNumberMissed.push(ex.id);
    if (!wantMn && hasMn) result.myNumberFalseAlarms.push(ex.id);
    const hasU = c.flags.includes('urgent');
    const wantU = ex.flags.includes('urgent');
    if (wantU && !hasU) result.urgentMissed.push(ex.id);
    if (!wantU && hasU) result.urgentFalseAlarms.push(ex.id);
  }
  result.accuracy = set.length ? ok / set.length : 0;
  result.strictAccuracy = set.length ? strict / set.length : 0;
  result.top3Accuracy = set.length ? top3 / set.length : 0;
  result.shortAccuracy = result.shortCount ? shortOk / result.shortCount : 0;
  result.confidentErrorRate = set.length ? confidentWrong / set.length : 0;
  result.confidentCount = confidentRight + confidentWrong;
  result.confidentAccuracy = result.confidentCount ? confidentRight / result.confidentCount : 0;
  result.calibrationError = calibration(confidences).ece;
  return result;
}

export interface Fold {
  train: IntentDefinition[];
  test: { text: string; intent: string }[];
}

/** Stratified k folds of the intent examples (deterministic for a seed). */
export function stratifiedFolds(intents: readonly IntentDefinition[], k: number, seed: number): Fold[] {
  const random = seededRandom(seed);
  const shuffledPerIntent = intents.map((intent) => {
    const shuffled = [...intent.examples];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    return shuffled;
  });
  return Array.from({ length: k }, (_, f) => ({
    train: intents.map((intent, n) => ({ ...intent, examples: shuffledPerIntent[n]!.filter((_, i) => i % k !== f) })),
    test: intents.flatMap((intent, n) =>
      shuffledPerIntent[n]!.filter((_, i) => i % k === f).map((text) => ({ text, intent: intent.id })),
    ),
  }));
}
