/**
 * `npm run -s classify`: JSON Lines in (`{"text": "..."}`), one JSON line out per input, in order:
 * `{"intent", "confidence", "flags", "redFlags", "ranking"}`. A public interface: keep it stable.
 * A line that is not valid input gets `{"error": "..."}` on its line, so outputs stay aligned.
 */
import { loadNluData, buildClassifier } from '../nlu/build-classifier.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR } from '../runtime/project-paths.ts';
import { loadConfig } from '../config.ts';
import { answerJsonLines, exitOnError } from './json-lines.ts';

async function main(): Promise<void> {
  // The model from the cache when it is up to date (MODEL_CACHE_DIR), as the server does.
  let cacheDir: string | null = MODEL_CACHE_DIR;
  try {
    cacheDir = loadConfig().modelCacheDir;
  } catch {
    // a setting this command does not use is invalid: keep the default cache
  }
  const { classifier } = await buildClassifier(loadNluData(DATA_DIR, INTENTS_DIR), undefined, undefined, cacheDir);
  await answerJsonLines((text) => {
    const c = classifier.classify(text);
    // The public shape of a red flag is as before this round: the matched `words` (which the
    // reply's warning-sign card shows) stay inside the bot.
    const redFlags = c.redFlags.map((f) => Object.fromEntries(Object.entries(f).filter(([key]) => key !== 'words')));
    return { intent: c.intent, confidence: c.confidence, flags: c.flags, redFlags, ranking: c.ranking };
  });
}

main().catch(exitOnError);
