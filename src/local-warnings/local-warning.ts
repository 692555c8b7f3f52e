/**
 * A local warning an editor wrote in the console (「市内で、市役所職員を名乗る還付金の電話が続いて
 * います（12月7日）」), tied to scenarios (intent IDs) and shown near the top of every reply for
 * them until it expires. Loaded from the store by a side task and handed to decide as data.
 */
export interface LocalWarning {
  readonly id: number;
  readonly text: string;
  readonly intents: readonly string[];
  readonly expiresAt: Date;
}

/** Longest warning text (it sits above the answer; it must stay short). */
export const MAX_LOCAL_WARNING_CHARS = 200;

/** The texts of the warnings for `intent` that have not expired at `now`, oldest first. Pure. */
export function activeWarningTexts(warnings: readonly LocalWarning[] | undefined, intent: string, now: Date): string[] {
  if (!warnings || warnings.length === 0) return [];
  const t = now.getTime();
  return warnings.filter((w) => w.expiresAt.getTime() > t && w.intents.includes(intent)).map((w) => w.text);
}
