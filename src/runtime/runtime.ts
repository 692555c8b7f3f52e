import type { Classification } from '../nlu/classification.ts';
import type { Knowledge } from './knowledge.ts';

/** Everything the pipeline needs, loaded once at start-up and then read-only. */
export interface Runtime {
  classifier: Classifier;
  knowledge: Knowledge;
}

/** `(text) → Classification`, with the tokenizer and the trained model inside. */
export interface Classifier {
  classify(text: string): Classification;
}
