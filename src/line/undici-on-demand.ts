import { createRequire } from 'node:module';

type Undici = typeof import('undici');

let undici: Undici | null = null;

/**
 * undici, loaded the first time a LINE call is made (or the reply sender is created) rather
 * than when the server starts: ~110 modules, ~0.15 s of CPU that the simulator, which never
 * calls LINE, does not need before it is ready (tests/startup/heavy-modules.test.ts).
 */
export function undiciOnDemand(): Undici {
  undici ??= createRequire(import.meta.url)('undici') as Undici;
  return undici;
}
