/**
 * `npm run -s check`: JSON Lines in (`{"text": "..."}`), one JSON line out per input, in order:
 * `{"numbers": [{"text", "normalized", "verdict", "contact"}], "links": [{"url", "host", "verdict", "officialHost"}]}`.
 * A number's verdict is `official` (with `contact`, the contact ID in data/), `international` or
 * `unknown`; a link's is `official`, `lookalike` (with `officialHost` when one is imitated),
 * `shortener`, `listed` (on the imported phishing list) or `unknown`. A public interface: keep
 * it stable. A line that is not valid input gets `{"error": "..."}` on its line.
 * Reads data/ and the phishing list in PHISHLIST_DIR; never opens a link.
 */
import { loadConfig } from '../config.ts';
import { createMessageChecker, type CheckResult } from '../checks/check-message.ts';
import { loadCheckData } from '../checks/load-check-data.ts';
import { answerJsonLines, exitOnError } from './json-lines.ts';
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
  await answerJsonLines((text) => checkResultJson(checker.check(text)));
}

main().catch(exitOnError);
