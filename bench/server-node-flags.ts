/**
 * The Node flags the server runs with, as `npm start` gives them (package.json's `start`
 * script: `sh scripts/node.sh <flags> src/server.ts`). The benchmark starts the bot with the
 * same flags, so it measures the server as deployed; the Dockerfile's CMD carries them too
 * (tests/bench/server-node-flags.test.ts keeps the three in step).
 */
import { readFileSync } from 'node:fs';

const PACKAGE_JSON = new URL('../package.json', import.meta.url);

/** The `--` options between the Node launcher and `src/server.ts` in a start command. */
export function nodeFlagsOf(command: string): string[] {
  const words = command.trim().split(/\s+/);
  const entry = words.indexOf('src/server.ts');
  if (entry < 0) throw new Error(`start command does not run src/server.ts: ${command}`);
  return words.slice(0, entry).filter((w) => w.startsWith('--'));
}

export function serverNodeFlags(packageJson: URL = PACKAGE_JSON): string[] {
  const start = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> }).scripts?.['start'];
  if (!start) throw new Error(`${packageJson.pathname}: no "start" script`);
  return nodeFlagsOf(start);
}
