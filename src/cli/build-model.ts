/**
 * `npm run build:model`: trains the classifier and writes it to the model cache
 * (MODEL_CACHE_DIR, default var/cache), so the next start loads it instead of training —
 * run when building the Docker image. The same folder gets kuromoji's inflated dictionary
 * and every YAML file of data/ and intents/ as parsed (the start then only validates them).
 * Prints whether the model was already up to date.
 * Exit 1 when the data is invalid or the cache cannot be written.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { openParsedYamlCache, yamlParserVersion } from '../data/parsed-yaml-cache.ts';
import { readYamlFile, useParsedYamlCache } from '../data/read-yaml-file.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { buildClassifier, loadNluData } from '../nlu/build-classifier.ts';
import { DATA_DIR, INTENTS_DIR } from '../runtime/project-paths.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  const dir = config.modelCacheDir;
  if (dir === null) {
    process.stderr.write('MODEL_CACHE_DIR=off: there is no model cache to build\n');
    return 1;
  }
  const started = performance.now();
  // Every data file as parsed, whichever DEPLOYMENT the server will run with (a file the parser
  // refuses is left out here; the start reports it).
  const parsed = openParsedYamlCache(dir, yamlParserVersion());
  useParsedYamlCache(parsed);
  for (const file of [...yamlFiles(DATA_DIR), ...yamlFiles(INTENTS_DIR)]) {
    try {
      readYamlFile(file, z.unknown());
    } catch {
      // reported by the loaders below or at start
    }
  }
  parsed.save();
  const built = await buildClassifier(loadNluData(DATA_DIR, INTENTS_DIR), undefined, undefined, dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shown = relative(process.cwd(), dir) || '.';
  switch (built.model) {
    case 'loaded':
      process.stdout.write(`model cache ${shown}: up to date (${seconds} s)\n`);
      return 0;
    case 'trained-and-written':
      process.stdout.write(`model cache ${shown}: trained and written (${seconds} s)\n`);
      return 0;
    default:
      process.stderr.write(`model cache ${shown}: cannot write there (${built.model})\n`);
      return 1;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataFileError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`build:model failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
