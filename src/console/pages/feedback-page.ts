import type { FeedbackReport, FeedbackWeek } from '../../reports/report-queries.ts';
import { html, rangeHeader, rangeLabel, SafeHtml } from '../html.ts';
import { byKind, kindOf, TOPIC } from './intent-kinds.ts';

/** 67%, or — when nobody answered. */
export function yesShare(yes: number, no: number): string {
  return yes + no === 0 ? '—' : `${Math.round((yes / (yes + no)) * 100)}%`;
}

const sumOf = (weeks: FeedbackWeek[], key: 'yes' | 'no') => weeks.reduce((s, w) => s + w[key], 0);

/** One topic's weeks: a chart (drawn by feedback-chart.js from the table) and the table. */
function topicWeeks(intent: string, weeks: FeedbackWeek[], label: (id: string) => string): SafeHtml {
  const name = label(intent);
  const kind = kindOf(intent).label;
  return html`<section class="fb-topic" id="fb-${intent}" aria-labelledby="fb-h-${intent}">
<h3 id="fb-h-${intent}">${name} <span class="kind">${kind}</span></h3>
<figure class="chart small"><canvas id="fb-chart-${intent}" data-y-title="回答の数" role="img" aria-label="「${name}」の週ごとの回答の棒グラフと、役に立った割合の折れ線。同じ数字をすぐ下の表に示します。"></canvas></figure>
<table class="numbers" data-feedback-table="${intent}"><caption>「${name}」（${kind}）：週ごと</caption>
<thead><tr><th scope="col">期間</th><th scope="col">役に立った</th><th scope="col">役に立たなかった</th><th scope="col">役に立った割合</th></tr></thead>
<tbody>${weeks.map((w) => html`<tr data-week="${w.from}"><th scope="row">${rangeHeader(w.from, w.to)}</th><td>${w.yes}</td><td>${w.no}</td><td>${yesShare(w.yes, w.no)}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row">計</th><td>${sumOf(weeks, 'yes')}</td><td>${sumOf(weeks, 'no')}</td><td>${yesShare(sumOf(weeks, 'yes'), sumOf(weeks, 'no'))}</td></tr></tfoot></table>
</section>`;
}

/** 「役に立ったか」: the answers to 「役に立ちましたか？」, per topic (grouped by kind) and per week, as charts and tables. */
export function feedbackPage(data: FeedbackReport, label: (id: string) => string): SafeHtml {
  const first = data.weeks[0]!;
  const last = data.weeks[data.weeks.length - 1]!;
  const totalYes = sumOf(data.byWeek, 'yes');
  const totalNo = sumOf(data.byWeek, 'no');
  // Most answered first within each kind.
  const ordered = [...data.byIntentWeek].sort((a, b) => sumOf(b.weeks, 'yes') + sumOf(b.weeks, 'no') - (sumOf(a.weeks, 'yes') + sumOf(a.weeks, 'no')) || a.intent.localeCompare(b.intent));
  const groups = byKind(ordered, (t) => t.intent);
  const byIntent = new Map(data.byIntent.map((r) => [r.intent, r]));
  const summary = html`<table class="numbers" id="feedback-by-intent"><caption>${TOPIC}別（${rangeLabel(first.from, last.to)}の${data.weeks.length}週間）</caption>
<thead><tr><th scope="col">${TOPIC}</th><th scope="col">役に立った</th><th scope="col">役に立たなかった</th><th scope="col">役に立った割合</th></tr></thead>
${groups.map(
  (g) => html`<tbody><tr class="group"><th scope="rowgroup" colspan="4">${g.kind.heading}</th></tr>
${g.items.map((t) => {
  const r = byIntent.get(t.intent)!;
  return html`<tr data-intent="${t.intent}"><th scope="row"><a href="#fb-${t.intent}">${label(t.intent)}</a></th><td>${r.yes}</td><td>${r.no}</td><td>${yesShare(r.yes, r.no)}</td></tr>`;
})}</tbody>`,
)}
<tfoot><tr><th scope="row">計</th><td>${totalYes}</td><td>${totalNo}</td><td>${yesShare(totalYes, totalNo)}</td></tr></tfoot></table>`;
  const weekly = html`<table class="numbers" id="feedback-by-week"><caption>すべての${TOPIC}：週ごと</caption>
<thead><tr><th scope="col">期間</th><th scope="col">役に立った</th><th scope="col">役に立たなかった</th><th scope="col">割合</th></tr></thead>
<tbody>${data.byWeek.map((w) => html`<tr data-week="${w.from}"><th scope="row">${rangeHeader(w.from, w.to)}</th><td>${w.yes}</td><td>${w.no}</td><td>${yesShare(w.yes, w.no)}</td></tr>`)}</tbody></table>`;
  return html`<p>答えのあとの「役に立ちましたか？」に、「はい」（役に立った）、「いいえ」（役に立たなかった）と答えた数です。期間は日本時間の7日ごと（最後は今日まで）。割合は「はい」÷ 回答の数で、回答が少ない週は大きく動きます。</p>
${data.byIntentWeek.length === 0 ? html`<p class="calm">この${data.weeks.length}週間、回答はまだありません。</p>` : ''}
${summary}
${weekly}
${groups.map(
  (g) => html`<section class="fb-kind" aria-labelledby="fb-kind-${g.kind.id}"><h2 id="fb-kind-${g.kind.id}">週ごとの推移：${g.kind.heading}</h2>
<p class="hint">棒は回答の数（青：役に立った、橙：役に立たなかった）、線は役に立った割合（右の目盛り）です。</p>
<div class="fb-grid">${g.items.map((t) => topicWeeks(t.intent, t.weeks, label))}</div></section>`,
)}`;
}
