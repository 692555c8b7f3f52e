/**
 * Vitest global setup: says once, before the run, which optional services the tests would use
 * and which tests are skipped without them. (Each such test file used to print its own note.)
 * .ci/run installs and starts all of them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { OPENAPI_DIR, openApiAvailable } from './line-openapi.ts';
import { ensurePgliteTemplate } from './pglite-template.ts';
import { loadNluData } from '../../src/nlu/build-classifier.ts';
import { DEFAULT_CLASSIFIER_OPTIONS } from '../../src/nlu/classifier.ts';
import { modelCacheFile, modelCacheKey } from '../../src/nlu/model-cache.ts';
import { DATA_DIR, INTENTS_DIR, MODEL_CACHE_DIR, PROJECT_ROOT } from '../../src/runtime/project-paths.ts';

interface OptionalService {
  name: string;
  present: boolean;
  /** What is skipped (or changes) without it. */
  without: string;
  /** How to provide it. */
  how: string;
}

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

function tesseractJapanese(): boolean {
  try {
    return readdirSync('/usr/share/tesseract-ocr').some((v) => existsSync(join('/usr/share/tesseract-ocr', v, 'tessdata', 'jpn.traineddata')));
  } catch {
    return false;
  }
}

export function optionalServices(): OptionalService[] {
  return [
    {
      name: "LINE's OpenAPI spec",
      present: openApiAvailable(),
      without: 'validation of replies, webhook fixtures and the rich menu against LINE’s schemas is skipped',
      how: `${OPENAPI_DIR} (or LINE_OPENAPI_DIR)`,
    },
    {
      name: 'Chromium',
      present: existsSync('/usr/bin/chromium'),
      without: 'the browser tests (simulator, console) are skipped',
      how: 'apt-get install chromium fonts-noto-cjk',
    },
    {
      name: 'Redis (REDIS_TEST_URL)',
      present: Boolean(process.env['REDIS_TEST_URL']),
      without: 'the shared redelivery-store tests are skipped',
      how: 'redis-server --port 6390 & and REDIS_TEST_URL=redis://127.0.0.1:6390',
    },
    {
      name: 'redis-server',
      present: existsSync('/usr/bin/redis-server'),
      without: 'the Redis-outage test (which starts and stops its own redis-server) is skipped',
      how: 'apt-get install redis-server',
    },
    {
      name: 'PostgreSQL (DATABASE_TEST_URL)',
      present: Boolean(process.env['DATABASE_TEST_URL']),
      without: 'the report store is tested on the embedded PGlite only',
      how: 'a postgres://USER:PASS@HOST:PORT/DB whose user may create databases (.ci/run starts one on port 5433)',
    },
    {
      name: "Debian's tesseract-ocr with Japanese",
      present: onPath('tesseract') && tesseractJapanese(),
      without: 'images are read with tesseract.js (npm) only',
      how: 'apt-get install tesseract-ocr tesseract-ocr-jpn',
    },
  ];
}

/**
 * On a fresh clone (or after a change to intents/ or the NLU code): `npm run build:model` in a
 * process of its own trains the model and inflates kuromoji's dictionary into var/cache while
 * the PGlite template is built here, so that the two test workers do not each train the same
 * model at their first test (~4 s of CPU each). With the cache up to date it is not started.
 */
function warmModelCache(): Promise<void> {
  try {
    const nlu = loadNluData(DATA_DIR, INTENTS_DIR);
    if (existsSync(modelCacheFile(MODEL_CACHE_DIR, modelCacheKey(nlu.intents, nlu.lexicon, DEFAULT_CLASSIFIER_OPTIONS)))) return Promise.resolve();
  } catch {
    return Promise.resolve(); // invalid data: the tests say what is wrong
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/build-model.ts'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    child.on('exit', () => resolve());
    child.on('error', () => resolve());
  });
}

export default async function setup(): Promise<() => void> {
  // The run's own temporary folder (tests/support/temp-dir.ts), removed when the run ends.
  const tmpRoot = mkdtempSync(join(tmpdir(), 'mynumber-bot-tests-'));
  process.env['TEST_TMP_ROOT'] = tmpRoot;
  // The embedded stores of the tests start from a saved fresh data folder instead of initdb.
  const [template] = await Promise.all([ensurePgliteTemplate(), warmModelCache()]);
  process.env['TEST_PGLITE_TEMPLATE'] = template;
  const missing = optionalServices().filter((s) => !s.present);
  const out =
    missing.length === 0
      ? 'optional test services: all present (LINE OpenAPI spec, Chromium, Redis, PostgreSQL, Tesseract) — nothing is skipped for want of one\n'
      : 'optional test services missing (.ci/run provides them all):\n' +
        missing.map((s) => `  - ${s.name}: ${s.without} — ${s.how}\n`).join('');
  process.stdout.write(out);
  return () => rmSync(tmpRoot, { recursive: true, force: true });
}
