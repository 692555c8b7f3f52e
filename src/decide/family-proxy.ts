import { foldText } from '../nlu/normalise-text.ts';
import type { FamilyTexts, Relative } from '../content/family-schema.ts';

/** How far into a message the relative is looked for: the pattern is anchored at its start. */
const HEAD_CHARS = 80;

/** The relative a message is written about (「母が…」「うちの父に…」), or null (see data/replies/family.yaml). */
export function relativeIn(text: string, family: FamilyTexts): Relative | null {
  const match = family.pattern.exec(foldText(text.slice(0, HEAD_CHARS)));
  return match?.[1] ? (family.relatives.get(match[1]) ?? null) : null;
}
