/** One morpheme as the classifier uses it. */
export interface Morpheme {
  surface: string;
  /** Dictionary (base) form, or the surface when kuromoji has none. */
  base: string;
  /** Reading in katakana, or the surface when unknown. */
  reading: string;
  pos: string;
}
