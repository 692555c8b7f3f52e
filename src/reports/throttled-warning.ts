import { maskSensitiveText } from '../privacy/mask-text.ts';
import type { Logger } from '../logger.ts';

/** A warning logged at most once per `intervalMs` (with how many were held back), for a store that is down. */
export function throttledWarning(logger: Logger, message: string, intervalMs = 60_000): (detail: string) => void {
  let last = 0;
  let held = 0;
  return (detail) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      held++;
      return;
    }
    logger.warn({ err: maskSensitiveText(detail), similarHeldBack: held }, message);
    last = now;
    held = 0;
  };
}
