import type { Classifier } from '../nlu/classification.ts';

export type { Classifier };
import type { Knowledge } from './knowledge.ts';

/** Everything the pipeline needs, loaded once at start-up and then read-only. */
export interface Runtime {
  classifier: Classifier;
  knowledge: Knowledge;
}
