import type { Runtime } from './runtime.ts';

/**
 * Holds the runtime once start-up loading has finished. The server listens (and answers
 * /healthz) before the tokenizer is built; /readyz and the webhook look here.
 */
export interface RuntimeSlot {
  get(): Runtime | null;
  set(runtime: Runtime): void;
}

export function createRuntimeSlot(initial: Runtime | null = null): RuntimeSlot {
  let current = initial;
  return {
    get: () => current,
    set: (runtime) => {
      current = runtime;
    },
  };
}
