import type { Logger } from '../logger.ts';
import type { Tokenizer } from '../nlu/tokenizer.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { buildRuntime, loadRuntimeData, type RuntimeData, type RuntimeSources } from '../runtime/load-runtime.ts';
import { filesFingerprint } from './files-fingerprint.ts';

/** A data file that failed to load on a reload, as the simulator page shows it. */
export interface DataErrorView {
  /** The file, relative to the working directory where shorter (e.g. `data/contacts.yaml`). */
  file: string;
  /** Where in the file (dotted path or `line N`) and what is wrong. */
  issues: { path: string; message: string }[];
}

/** After a check: null when the running data is current, else why the last edit did not load. */
export interface ReloadState {
  dataError: DataErrorView | null;
}

export interface RuntimeReloader {
  /**
   * Reloads data/ and intents/ when a file there changed since the last attempt (reusing the
   * tokenizer, ~1 s) and swaps the runtime in. On a broken file the previous runtime stays and the
   * error is reported until a later edit loads. Concurrent callers share one reload.
   */
  check(): Promise<ReloadState>;
  /** Start-up built the runtime: reuse its tokenizer on reloads. Before this, check() does nothing. */
  adopt(tokenizer: Tokenizer): void;
}

export interface RuntimeReloaderOptions {
  sources: RuntimeSources;
  slot: RuntimeSlot;
  logger: Logger;
  /** Replaceable for tests; default: the server's own loaders. */
  load?: (sources: RuntimeSources) => RuntimeData;
  build?: (data: RuntimeData, tokenizer: Tokenizer) => Promise<{ runtime: Runtime }>;
}

/**
 * Creates the reloader. Create it BEFORE the start-up load: the fingerprint taken here is what the
 * first runtime is assumed to reflect, so an edit made during start-up is picked up on the first check.
 */
export function createRuntimeReloader(options: RuntimeReloaderOptions): RuntimeReloader {
  const { sources, slot, logger } = options;
  const load = options.load ?? loadRuntimeData;
  const build = options.build ?? ((data: RuntimeData, tk: Tokenizer) => buildRuntime(data, tk));
  const dirs = [sources.dataDir, sources.intentsDir];
  let loadedFingerprint = filesFingerprint(dirs);
  let tokenizer: Tokenizer | null = null;
  let dataError: DataErrorView | null = null;
  let running: Promise<ReloadState> | null = null;

  async function reload(fingerprint: string): Promise<ReloadState> {
    // Remember the attempt first: a broken file is reported once per edit, not reloaded per request.
    loadedFingerprint = fingerprint;
    const started = performance.now();
    try {
      const data = load(sources);
      const built = await build(data, tokenizer as Tokenizer);
      slot.set(built.runtime);
      dataError = null;
      logger.info({ ms: Math.round(performance.now() - started) }, 'simulator: data changed, runtime reloaded');
    } catch (err) {
      dataError = toView(err);
      logger.warn({ file: dataError.file, issues: dataError.issues }, 'simulator: data changed but does not load; keeping the previous runtime');
    }
    return { dataError };
  }

  return {
    adopt(tk) {
      tokenizer = tk;
    },
    check() {
      if (running) return running;
      if (!tokenizer) return Promise.resolve({ dataError });
      const fingerprint = filesFingerprint(dirs);
      if (fingerprint === loadedFingerprint) return Promise.resolve({ dataError });
      running = reload(fingerprint).finally(() => {
        running = null;
      });
      return running;
    },
  };
}

function toView(err: unknown): DataErrorView {
  if (err instanceof DataFileError) return { file: err.file, issues: err.issues.map((i) => ({ path: i.path, message: i.message })) };
  return { file: '', issues: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
}
