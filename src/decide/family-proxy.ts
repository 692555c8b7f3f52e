import { foldText } from '../nlu/normalise-text.ts';
import type { FamilyTexts, Relative } from '../replies/content/family-schema.ts';

/** The relative a message is written about (「母が…」「うちの父に…」), or null (see data/replies/family.yaml). */
export function relativeIn(text: string, family: FamilyTexts): Relative | null {
  const match = family.pattern.exec(foldText(text));
  return match?.[1] ? (family.relatives.get(match[1]) ?? null) : null;
}
