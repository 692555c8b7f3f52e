/**
 * `npm run -s classify`: JSON Lines in (`{"text": "..."}`), one JSON line out per input, in order:
 * `{"intent", "confidence", "flags", "redFlags", "ranking"}`. A public interface: keep it stable.
 * A line that is not valid input gets `{"error": "..."}` on its line, so outputs stay aligned.
 */
import { createInterface } from 'node:readline';
import { loadNluData, buildClassifier } from '../nlu/build-classifier.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../runtime/project-paths.ts';
import { loadConfig } from '../config.ts';
import { DataFileError } from '../data/data-file-error.ts';

async function main(): Promise<void> {
  // The model from the cache when it is up to date (MODEL_CACHE_DIR), as the server does.
  let cacheDir: string | null = MODEL_CACHE_DIR;
  try {
    cacheDir = loadConfig().modelCacheDir;
  } catch {
    // a setting this command does not use is invalid: keep the default cache
  }
  const { classifier } = await buildClassifier(loadNluData(DATA_DIR, INTENTS_DIR), undefined, undefined, cacheDir);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      process.stdout.write(JSON.stringify({ error: 'line is not JSON' }) + '\n');
      continue;
    }
    if (typeof text !== 'string') {
      process.stdout.write(JSON.stringify({ error: 'expected {"text": string}' }) + '\n');
      continue;
    }
    const c = classifier.classify(text);
    process.stdout.write(
      JSON.stringify({ intent: c.intent, confidence: c.confidence, flags: c.flags, redFlags: c.redFlags, ranking: c.ranking }) + '\n',
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write((err instanceof DataFileError ? err.message : String(err instanceof Error ? err.stack : err)) + '\n');
  process.exit(1);
});
