import { join } from 'node:path';
import type { Classifier } from './classification.ts';
import { buildTokenizer, type Tokenizer } from './tokenizer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { loadSignals, type Signals } from './signals.ts';
import { loadIntents, type IntentDefinition } from './intents-loader.ts';
import { trainClassifier, DEFAULT_CLASSIFIER_OPTIONS, type ClassifierOptions } from './classifier.ts';

/** The NLU's data files, validated; loading them is synchronous and fails fast. */
export interface NluData {
  intents: IntentDefinition[];
  lexicon: Lexicon;
  signals: Signals;
}

export function loadNluData(dataDir: string, intentsDir: string): NluData {
  return {
    lexicon: loadLexicon(join(dataDir, 'lexicon.yaml')),
    signals: loadSignals(join(dataDir, 'signals.yaml')),
    intents: loadIntents(intentsDir),
  };
}

/** Builds the tokenizer (once) and trains the classifier on the intents. */
export async function buildClassifier(
  data: NluData,
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
  tokenizer?: Tokenizer,
): Promise<{ classifier: Classifier; tokenizer: Tokenizer }> {
  const tk = tokenizer ?? (await buildTokenizer());
  const classifier = trainClassifier(data.intents, { tokenizer: tk, lexicon: data.lexicon, signals: data.signals }, options);
  return { classifier, tokenizer: tk };
}
