import { foldText } from '../nlu/normalise-text.ts';
import type { UrgencyCues } from '../content/urgency-schema.ts';
import type { UrgentSituation } from './decision.ts';

/**
 * Which urgent banner an urgent message gets: `paid` when the text says the money, cards or
 * codes already went and nothing says the scammer is still there or the resident is on the way;
 * `present` otherwise (110 at once is the safe default).
 */
export function urgentSituation(text: string, cues: UrgencyCues): UrgentSituation {
  const folded = foldText(text);
  const present = cues.present.some((re) => re.test(folded));
  const paid = cues.paid.some((re) => re.test(folded));
  return paid && !present ? 'paid' : 'present';
}
