import type { RedFlag, RedFlagKind } from '../nlu/classification.ts';
import { digitRuns } from '../nlu/text-scan.ts';
import type { Verdict } from '../content/intent-content-schema.ts';

/** Most warning signs one reply lists. */
export const MAX_WARNING_SIGNS = 8;

const ORDER: readonly RedFlagKind[] = ['link', 'phone', 'money_demand', 'urgency_threat', 'impersonation', 'credential_request'];

/**
 * The red flags worth showing as 「この文面の危険サイン」, in a fixed order, each once:
 * links to government hosts are dropped (they are not a warning sign); a domestic phone number
 * counts only in a scam answer (“do not call back the number they gave”). Long digit runs in a
 * link host are masked so no number the resident sent is repeated back.
 */
export function warningSigns(redFlags: readonly RedFlag[], verdict: Verdict): RedFlag[] {
  const seen = new Set<string>();
  const kept: RedFlag[] = [];
  for (const flag of redFlags) {
    if (flag.kind === 'link' && flag.government && !flag.shortener) continue;
    if (flag.kind === 'phone' && !flag.international && verdict !== 'scam') continue;
    const shown = flag.kind === 'link' ? { ...flag, host: maskDigits(flag.host) } : flag;
    const key = flagKey(shown);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(shown);
  }
  kept.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return kept.slice(0, MAX_WARNING_SIGNS);
}

/** Everything that tells two red flags apart, as one string (what JSON.stringify gave, cheaper). */
function flagKey(flag: RedFlag): string {
  switch (flag.kind) {
    case 'link':
      return `link\u0000${flag.host}\u0000${flag.government}\u0000${flag.shortener}`;
    case 'phone':
      return `phone\u0000${flag.international}\u0000${flag.countryCode}`;
    default:
      return `${flag.kind}\u0000${flag.term}`;
  }
}

/**
 * Replaces each digit of a run of 4 or more with an asterisk (a host can carry a phone or My
 * Number), the run read as the classifier reads numbers (src/nlu/text-scan.ts): groups joined by
 * a hyphen or dot count together, so 「314-159-265-352.example.com」 is masked too, and any
 * digit (Arabic-Indic ٣ …) counts.
 */
export function maskDigits(text: string): string {
  let out = '';
  let from = 0;
  for (const run of digitRuns(text, { maxGap: 1 })) {
    if (run.digits.length < 4) continue;
    const span = text.slice(run.start, run.end);
    // A run holds digits and the separators between them: mask all but the separators.
    out += text.slice(from, run.start) + span.replace(/[^-.+_~\s]/gu, '*');
    from = run.end;
  }
  return out + text.slice(from);
}
