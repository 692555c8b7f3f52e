/**
 * Timing of the number and link checks (issue #20), run on its own:
 * `node bench/check-timing.ts` (not part of `npm run bench`). Prints one JSON object:
 * - `perLinkUs`: p50/p99 microseconds of checking one link (a mix of official, look-alike, punycode,
 *   shortener, listed and unknown links; the goal is under 0.1 ms), against a phishing list of
 *   100,000 entries;
 * - `perMessageUs`: microseconds for a forwarded SMS with two numbers and two links;
 * - `import100k`: ms to import a generated 100,000-line CSV in JPCERT/CC's format (goal < 10 s).
 * Writes only under the system temp folder; nothing goes to the internet.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageChecker } from '../src/checks/check-message.ts';
import { loadCheckData } from '../src/checks/load-check-data.ts';
import { importFiles } from '../src/cli/phishlist.ts';
import { loadPhishList } from '../src/phishlist/phishlist-store.ts';
import { DATA_DIR } from '../src/runtime/project-paths.ts';
import { summarise } from './stats.ts';

const LINKS = [
  'https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form',
  'https://mynaportal-go.jp/login',
  'https://xn--mna-dfd.go.jp/',
  'https://bit.ly/3abcdE',
  'https://p1a2b.example-phish.cn/login/77',
  'https://example.com/some/page?x=1',
  'myna-point.com',
  'https://rnyna.go.jp.secure-login.com/verify',
];

/** A generated list of `lines` distinct URLs in JPCERT/CC's format. */
export function generatedPhishCsv(lines: number): string {
  const out = ['date,URL,description'];
  for (let i = 0; i < lines; i++) {
    out.push(`2025/09/${String((i % 28) + 1).padStart(2, '0')} 10:00:00,https://p${i.toString(36)}.example-phish.cn/login/${i},ブランド${i % 50}`);
  }
  return `${out.join('\n')}\n`;
}

export function timeChecks() {
  const dir = mkdtempSync(join(tmpdir(), 'check-timing-'));
  try {
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, generatedPhishCsv(100_000));
    const t0 = performance.now();
    importFiles(join(dir, 'store'), [csv], true);
    const import100k = performance.now() - t0;
    const checker = createMessageChecker(loadCheckData(DATA_DIR, loadPhishList(join(dir, 'store'))));

    for (let i = 0; i < 2000; i++) checker.check(LINKS[i % LINKS.length]!);
    const perLink: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const link = LINKS[i % LINKS.length]!;
      const s = performance.now();
      checker.check(link);
      perLink.push((performance.now() - s) * 1000);
    }
    const sms = '【マイナポータル】マイナンバーカードの利用停止を防ぐため、本日中に https://mynaportal-go.jp/login で手続きしてください。お問い合わせ 0120-95-0178 または +1 202-555-0143 https://bit.ly/3abcdE';
    const perMessage: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const s = performance.now();
      checker.check(sms);
      perMessage.push((performance.now() - s) * 1000);
    }
    return { perLinkUs: summarise(perLink), perMessageUs: { chars: sms.length, ...summarise(perMessage) }, import100k: { lines: 100_000, ms: Math.round(import100k) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(timeChecks(), null, 2)}\n`);
