import { TREND_FACTOR, TREND_MIN_REPORTS, type WeekReport } from '../../reports/report-queries.ts';
import type { RecorderStats } from '../../reports/recorder.ts';
import { dayHeader, dayLabel, html, num, SafeHtml } from '../html.ts';
import { byKind, kindOf, TOPIC } from './intent-kinds.ts';

function change(total: number, average: number | undefined): string {
  if (average === undefined || average === 0) return total > 0 ? '新規' : '—';
  const pct = Math.round(((total - average) / average) * 100);
  return `${pct > 0 ? '+' : ''}${pct}%`;
}

/** A wide table in a region that scrolls sideways on a narrow screen (keyboard-focusable, named by the table's caption). */
function scrolling(captionId: string, table: SafeHtml): SafeHtml {
  return html`<div class="scroll" role="region" aria-labelledby="${captionId}" tabindex="0">${table}</div>`;
}

/** 「この7日間」: reports by topic, grouped by kind (chart + the same numbers as a table), trends, urgent cases, images, groups, hours (chart + table). */
export function weekPage(report: WeekReport, label: (intent: string) => string, recorder: RecorderStats | null, storeProblem: string | null, canEdit: boolean): SafeHtml {
  const sorted = [...report.byIntent.keys()].sort((a, b) => sum(report.byIntent.get(b)!) - sum(report.byIntent.get(a)!) || a.localeCompare(b));
  // 手口 first, then よくある質問 (most reported first within each): the table's row groups, and the chart's stacks in the same order.
  const groups = byKind(sorted, (id) => id);
  const intents = groups.flatMap((g) => g.items);
  const columns = report.days.length + 4;
  const dayTotals = report.days.map((_, i) => intents.reduce((s, id) => s + report.byIntent.get(id)![i]!, 0));
  const trending = new Set(report.trending);
  const lost = recorder?.lost ?? 0;
  const status =
    storeProblem || lost > 0 || report.lostRecorded > 0
      ? html`<section class="notice" aria-labelledby="rec-status"><h2 id="rec-status">記録の状態</h2>
${storeProblem ? html`<p>データベースに接続できません。ボットは答え続けていますが、その間の件数は記録されません。</p>` : ''}
${lost > 0 ? html`<p>このサーバーが起動してから、記録できなかった件数：<strong>${num(lost)}件</strong>（データベースの停止中など）。</p>` : ''}
${report.lostRecorded > 0 ? html`<p>記録できなかった件数（直近5週間、全サーバー）：<strong>${num(report.lostRecorded)}件</strong></p>` : ''}</section>`
      : '';
  const alerts = report.trending.length
    ? html`<section class="alert" aria-labelledby="trend"><h2 id="trend">急に増えている相談</h2>
<p>この7日間の件数が、前の4週間の週平均の${TREND_FACTOR}倍以上（かつ${TREND_MIN_REPORTS}件以上）です。</p><ul>
${report.trending.map((id) => {
  const total = sum(report.byIntent.get(id)!);
  const avg = report.previousWeeklyAverage.get(id) ?? 0;
  return html`<li><strong>${label(id)}</strong>（${kindOf(id).label}）：${num(total)}件（前4週の週平均 ${avg.toFixed(1)}件）
${canEdit ? html` <a class="button" href="/admin/warnings/new?intent=${encodeURIComponent(id)}">${kindOf(id).draftWarning}</a>` : ''}</li>`;
})}</ul></section>`
    : html`<p class="calm">急に増えている相談はありません。</p>`;
  const table = html`<table id="week-table" class="numbers">
<caption id="week-cap">${TOPIC}別・日別の相談件数（この7日間と、前の4週間の週平均との比較）</caption>
<thead><tr><th scope="col">${TOPIC}</th>${report.days.map((d) => html`<th scope="col" data-day="${d}">${dayHeader(d)}</th>`)}<th scope="col">7日間の計</th><th scope="col">前4週の週平均</th><th scope="col">増減</th></tr></thead>
${groups.map(
    (g) => html`<tbody><tr class="group"><th scope="rowgroup" colspan="${columns}">${g.kind.heading}</th></tr>
${g.items.map((id) => {
  const counts = report.byIntent.get(id)!;
  const total = sum(counts);
  const avg = report.previousWeeklyAverage.get(id);
  return html`<tr data-intent="${id}" data-kind="${g.kind.id}" data-legend="${label(id)}（${g.kind.label}）"${trending.has(id) ? new SafeHtml(' class="trending"') : ''}><th scope="row">${label(id)}${trending.has(id) ? html` <span class="badge">急増</span>` : ''}</th>${counts.map((n) => html`<td>${n}</td>`)}<td class="total">${total}</td><td>${avg === undefined ? '0' : avg.toFixed(1)}</td><td>${change(total, avg)}</td></tr>`;
})}</tbody>`,
  )}
<tfoot><tr><th scope="row">計</th>${dayTotals.map((n) => html`<td>${n}</td>`)}<td class="total">${sum(dayTotals)}</td><td></td><td></td></tr></tfoot></table>`;
  const urgent = html`<table class="numbers"><caption id="urgent-cap">緊急（いま被害が起きそうな相談）</caption>
<thead><tr>${report.days.map((d) => html`<th scope="col">${dayHeader(d)}</th>`)}<th scope="col">計</th></tr></thead>
<tbody><tr>${report.urgentByDay.map((n) => html`<td>${n}</td>`)}<td class="total">${sum(report.urgentByDay)}</td></tr></tbody></table>`;
  const residents = html`<table class="numbers"><caption id="residents-cap">利用した人の数（日ごと。日をまたいだ同じ人は区別できません）</caption>
<thead><tr>${report.days.map((d) => html`<th scope="col">${dayHeader(d)}</th>`)}</tr></thead>
<tbody><tr>${report.residentsByDay.map((n) => html`<td>${n}</td>`)}</tr></tbody></table>`;
  const hours = html`<table id="hour-table" class="numbers hours"><caption id="hour-cap">時間帯別の相談件数（この7日間、日本時間）</caption>
<thead><tr>${report.byHour.map((_, h) => html`<th scope="col" data-hour="${h}">${h}時</th>`)}</tr></thead>
<tbody><tr>${report.byHour.map((n) => html`<td>${n}</td>`)}</tr></tbody></table>`;
  return html`${status}
<p>期間：${dayLabel(report.days[0]!)}〜${dayLabel(report.days[6]!)}（日本時間）。記録した出来事 ${num(report.eventsTotal)}件${report.simulatorEvents ? html`（うちシミュレーター ${num(report.simulatorEvents)}件）` : ''}。相談件数は、ボットが詐欺の手口やよくある質問に答えたメッセージの数です（あいさつ・対象外・グループで黙った発言は数えません）。</p>
${alerts}
<section aria-labelledby="chart-h"><h2 id="chart-h">${TOPIC}別の相談件数</h2>
${sum(dayTotals) === 0 ? html`<p class="calm" id="week-chart-empty">この7日間の相談はまだありません。ボットが答えると、ここに日別のグラフが出ます。</p>` : html`<figure class="chart"><canvas id="week-chart" role="img" aria-label="日別・${TOPIC}別の相談件数の積み上げ棒グラフ。同じ数字を下の表に示します。"></canvas></figure>`}
${scrolling('week-cap', table)}</section>
<section aria-labelledby="hours-h"><h2 id="hours-h">時間帯別の相談件数</h2>
${sum(report.byHour) === 0 ? html`<p class="calm" id="hour-chart-empty">この7日間の相談はまだありません。</p>` : html`<figure class="chart hours-chart"><canvas id="hour-chart" data-x-title="時（日本時間）" data-y-title="件数" role="img" aria-label="0時から23時まで、時間帯別（日本時間）の相談件数の棒グラフ。同じ数字をすぐ下の表に示します。"></canvas></figure>`}
${scrolling('hour-cap', hours)}</section>
<section aria-labelledby="more-h"><h2 id="more-h">そのほか</h2>
${scrolling('urgent-cap', urgent)}
<dl class="facts"><dt>読み取った画像</dt><dd>${num(report.images.read)}件（受け取った画像 ${num(report.images.received)}件）</dd>
<dt>グループでの発言</dt><dd>${num(report.groups.messages)}件（うちボットが答えた ${num(report.groups.spoke)}件）</dd></dl>
${scrolling('residents-cap', residents)}</section>
<p><a href="/admin/export.csv?from=${report.days[0]}&amp;to=${report.days[6]}">この7日間をCSVで保存</a>（Excelで開けます）。期間を変えるには：</p>
<form method="get" action="/admin/export.csv" class="inline"><label>開始日 <input type="date" name="from" value="${report.days[0]}" required></label>
<label>終了日 <input type="date" name="to" value="${report.days[6]}" required></label> <button type="submit">CSVを保存</button></form>`;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
