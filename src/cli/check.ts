/**
 * `npm run -s check`: JSON Lines in (`{"text": "..."}`), one JSON line out per input, in order:
 * `{"numbers": [{"text", "normalized", "verdict", "contact"}], "links": [{"url", "host", "verdict", "officialHost"}]}`.
 * A number's verdict is `official` (with `contact`, the contact ID in data/), `international` or
 * `unknown`; a link's is `official`, `lookalike` (with `officialHost` when one is imitated),
 * `shortener`, `listed` (on the imported phishing list) or `unknown`. A public interface: keep
 * it stable. A line that is not valid input gets `{"error": "..."}` on its line.
 * Reads data/ and the phishing list in PHISHLIST_DIR; never opens a link.
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.ts';
import { createMessageChecker, type CheckResult } from '../checks/check-message.ts';
import { loadCheckData } from '../checks/load-check-data.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { loadPhishList } from '../phishlist/phishlist-store.ts';
import { DATA_DIR } from '../runtime/project-paths.ts';

/** The public JSON shape of one result. */
export function checkResultJson(result: CheckResult): object {
  return {
    numbers: result.numbers.map((n) => ({
      text: n.text,
      normalized: n.normalized,
      verdict: n.verdict,
      contact: n.official?.contactId ?? null,
    })),
    links: result.links.map((l) => ({ url: l.url, host: l.host, verdict: l.verdict, officialHost: l.officialHost?.host ?? null })),
  };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const checker = createMessageChecker(loadCheckData(DATA_DIR, loadPhishList(config.phishlistDir)));
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
    process.stdout.write(JSON.stringify(checkResultJson(checker.check(text))) + '\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write((err instanceof DataFileError ? err.message : String(err instanceof Error ? err.stack : err)) + '\n');
  process.exit(1);
});
