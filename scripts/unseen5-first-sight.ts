/**
 * Set 5's first-sight file (tests/fixtures/images-unseen5/README.md): takes the results of
 * `npm run bench:ocr -- --set unseen5 --engines tesseract-js --out NAME.json` (var/NAME.json, which
 * holds every read) and writes the scores only: per image, per group and per layout, the summary
 * and webhook-to-reply times, **without any read text**, in set 4's form
 * (tests/fixtures/images-unseen4/first-sight-*.json). Prints the README's tables (Markdown) to
 * stdout; prints no read.
 *
 *   node scripts/unseen5-first-sight.ts RESULTS.json COMMIT "LOAD AT START" "LOAD AT END" > tables.md
 *     → tests/fixtures/images-unseen5/first-sight-<COMMIT's 7 first hex digits>.json
 *
 * Used by scripts/unseen5-first-sight.sh, which makes the worktree and runs the benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/runtime/project-paths.ts';

interface Row {
  id: string;
  layout: string;
  group: string;
  cer: number;
  cerMessage: number;
  cerTyped: number;
  ms: number;
  cpuMs: number;
  sameIntent: boolean;
  typedAsJudged?: boolean;
  readAsJudged?: boolean;
}

const [resultsPath, commit, loadStart, loadEnd] = process.argv.slice(2);
if (!resultsPath || !commit || !/^[0-9a-f]{7,40}$/.test(commit)) {
  console.error('usage: node scripts/unseen5-first-sight.ts RESULTS.json COMMIT ["LOAD AT START" "LOAD AT END"]');
  process.exit(2);
}
const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown> & { engines: Record<string, Record<string, unknown> & { rows: Row[] }> };
const engine = 'tesseract-js';
const summaryAll = results.engines[engine];
if (!summaryAll) throw new Error(`no ${engine} results in ${resultsPath}`);
const rows = summaryAll.rows;
const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'var', 'unseen5-images', 'manifest.json'), 'utf8')) as { file: string; intent: string }[];
const intentOf = new Map(manifest.map((m) => [m.file, m.intent]));

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
// As bench/ocr.ts computes them.
const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const figures = (of: Row[]) => ({
  n: of.length,
  cer: round(mean(of.map((r) => r.cer))),
  cerMessage: round(mean(of.map((r) => r.cerMessage))),
  cerTyped: round(mean(of.map((r) => r.cerTyped))),
  intentReadIsTyped: of.filter((r) => r.sameIntent).length,
  intentReadIsJudged: of.filter((r) => r.readAsJudged).length,
  intentTypedIsJudged: of.filter((r) => r.typedAsJudged).length,
  readP50ms: Math.round(pct(of.map((r) => r.ms), 50)),
  readP95ms: Math.round(pct(of.map((r) => r.ms), 95)),
  cpuP50ms: Math.round(pct(of.map((r) => r.cpuMs), 50)),
  cpuP95ms: Math.round(pct(of.map((r) => r.cpuMs), 95)),
});
const groups = ['screenshot', 'screen-photo', 'paper-photo'];
const byGroup: Record<string, ReturnType<typeof figures>> = {};
for (const g of groups) byGroup[g] = figures(rows.filter((r) => r.group === g));
byGroup['all'] = figures(rows);
const byLayout: Record<string, ReturnType<typeof figures>> = {};
for (const layout of [...new Set(rows.map((r) => r.layout))]) byLayout[layout] = figures(rows.filter((r) => r.layout === layout));
const { rows: _rows, byLayout: _l, byGroup: _g, ...summary } = summaryAll;
const loads = (s: string | undefined) => (s ? s.trim().split(/\s+/).slice(0, 3).map(Number) : undefined);
const out = {
  set: 'unseen5',
  commit,
  engine,
  note: 'First sight: scores per image without the reads (the reads stay in var/ of the measuring worktree, unshared). CER in %, NFKC, white space removed; cer = against everything the image shows, cerMessage = the message area, cerTyped = what a resident would type.',
  measuredAt: results['at'],
  ocrHost: results['ocrHost'],
  loadAverageAtStart: loads(loadStart) ?? results['loadAverageAtStart'],
  loadAverageAtEnd: loads(loadEnd),
  pipelineWorkers: results['pipelineWorkers'],
  summary,
  byGroup,
  byLayout,
  webhookToReply: results['webhookToReply'],
  images: rows.map((r) => ({ file: r.id, group: r.group, layout: r.layout, intent: intentOf.get(r.id), cer: r.cer, cerMessage: r.cerMessage, cerTyped: r.cerTyped, intentReadIsTyped: r.sameIntent, intentReadIsJudged: r.readAsJudged, intentTypedIsJudged: r.typedAsJudged, readMs: r.ms, cpuMs: r.cpuMs })),
};
const text = `${JSON.stringify(out, null, 1)}\n`;
// The file must carry no read: no Japanese at all (file names, layouts, intents and figures are ASCII).
if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) throw new Error('Japanese text in the first-sight file: refusing to write it');
const file = join(PROJECT_ROOT, 'tests', 'fixtures', 'images-unseen5', `first-sight-${commit.slice(0, 7)}.json`);
writeFileSync(file, text);
console.error(`wrote ${file}`);

const s = (ms: number) => (ms / 1000).toFixed(1);
const pc = (a: number, n: number) => `${a}/${n} (${round((100 * a) / n)} %)`;
const lines: string[] = [];
lines.push('| group | n | CER vs everything | CER vs message | CER vs typed | intent read = typed | read = judged | typed = judged | read p50 / p95 | CPU p50 / p95 |', '|---|---|---|---|---|---|---|---|---|---|');
for (const g of [...groups, 'all']) {
  const f = byGroup[g]!;
  lines.push(`| ${g} | ${f.n} | **${f.cer} %** | ${f.cerMessage} % | ${f.cerTyped} % | **${pc(f.intentReadIsTyped, f.n)}** | ${f.intentReadIsJudged}/${f.n} | ${f.intentTypedIsJudged}/${f.n} | ${s(f.readP50ms)} / ${s(f.readP95ms)} s | ${s(f.cpuP50ms)} / ${s(f.cpuP95ms)} s |`);
}
lines.push('', '| layout | group | n | CER vs everything | CER vs message | CER vs typed | intent read = typed | typed = judged |', '|---|---|---|---|---|---|---|---|');
for (const [layout, f] of Object.entries(byLayout)) {
  const g = rows.find((r) => r.layout === layout)!.group;
  lines.push(`| ${layout} | ${g} | ${f.n} | ${f.cer} % | ${f.cerMessage} % | ${f.cerTyped} % | ${f.intentReadIsTyped}/${f.n} | ${f.intentTypedIsJudged}/${f.n} |`);
}
const w = results['webhookToReply'] as Record<string, { n: number; p50ms: number; p95ms: number }> | undefined;
if (w) lines.push('', `Webhook → reply: ${groups.filter((g) => w[g]).map((g) => `${g} p50 ${s(w[g]!.p50ms)} s / p95 ${s(w[g]!.p95ms)} s (n ${w[g]!.n})`).join('; ')}.`);
const sm = summary as Record<string, number>;
lines.push(`Summary: screenshots CER ${sm['cerScreenshotsPct']} %, paper photos ${sm['cerPaperPhotosPct']} %, intent read = typed ${sm['sameIntentPct']} %, perfect read ${sm['perfectReadSameIntentPct']} %, typed = judged ${sm['typedAsJudgedPct']} %, peak RSS ${sm['peakRssMB']} MB (${sm['rssBeforeMB']} MB before), load ${JSON.stringify(out.loadAverageAtStart)} → ${JSON.stringify(out.loadAverageAtEnd)}.`);
console.log(lines.join('\n'));
