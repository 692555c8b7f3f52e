import type { Quota } from '../../broadcast/line-broadcaster.ts';
import {
  AGE_BOUNDS,
  PHASE_LABEL,
  PREFECTURES,
  progressErrorText,
  progressFinal,
  targetSummary,
  type NarrowcastProgress,
  type NarrowcastTarget,
} from '../../broadcast/narrowcast.ts';
import { INTERRUPTED_WORDS as W, type SendState } from '../../broadcast/interrupted-send.ts';
import { csrfField, html, num, SafeHtml } from '../html.ts';
import { jstTime } from './other-pages.ts';

/** One draft as the pages show it. */
export interface BroadcastDraft {
  id: number;
  kind: 'broadcast' | 'narrowcast';
  text: string;
  status: string;
  createdBy: string;
  createdAt: Date;
  sentBy: string | null;
  sentAt: Date | null;
  lineRequestId: string | null;
  error: string | null;
  target: NarrowcastTarget | null;
  progress: NarrowcastProgress | null;
  progressAt: Date | null;
  /** The send holding 'sending' (or the last one): when it started, and who. */
  claimedAt: Date | null;
  claimedBy: string | null;
  /** The retry key's first use (null: never, or not recorded). */
  firstAttemptAt: Date | null;
  /** An attempt ended without LINE's answer. */
  deliveryUnknown: boolean;
  /** What may be done with the draft now (interrupted-send.ts). */
  state: SendState;
  /** The draft this one was made from (closed with its delivery unknown). */
  replaces: number | null;
  /** For a closed draft: the one made from it. */
  replacedBy: number | null;
  closedBy: string | null;
  closedAt: Date | null;
}

const STATUS: Record<string, string> = { draft: '下書き', sending: '送信中', sent: '送信済み', failed: '送信できず（再送できます）' };
const NARROW_STATUS: Record<string, string> = { draft: '下書き', sending: '送信中', sent: 'LINE が受け付けました', failed: '送信できず（再送できます）' };

function statusLabel(d: BroadcastDraft): string {
  if (d.state.kind === 'stuck') return W.stuckLabel;
  if (d.state.kind === 'expired') return W.expiredLabel;
  if (d.state.kind === 'closed') return W.closedLabel;
  if (d.kind === 'narrowcast' && d.status === 'sent' && d.progress) return PHASE_LABEL[d.progress.phase];
  return (d.kind === 'narrowcast' ? NARROW_STATUS : STATUS)[d.status] ?? d.status;
}

export const UNAVAILABLE = html`<p>一斉送信には LINE のチャネル設定（<code>LINE_CHANNEL_SECRET</code> と <code>LINE_CHANNEL_ACCESS_TOKEN</code>）が必要です。シミュレーターでは送れません。</p>`;

/** A draft another tap is sending right now (inside its lease): no second form. */
function sending(leaseMinutes: number): SafeHtml {
  return html`<p role="status">いま LINE に送っているところです。しばらくしてから、このページを開き直してください。</p><p class="hint">${W.sendingHint(leaseMinutes)}</p>`;
}

/** On a draft made from one closed with its delivery unknown: check before sending. */
function replacesNote(d: BroadcastDraft): SafeHtml | string {
  return d.replaces === null || d.state.kind !== 'ready' ? '' : html`<p class="error" role="alert" id="replaces-note">${W.replacesNote(d.replaces)} <a href="/admin/broadcast/${d.replaces}">${d.replaces}番の下書き</a></p>`;
}

/** The broadcast page: the two ways to send, then the drafts so far. */
export function broadcastListPage(options: {
  message: string | null;
  available: boolean;
  charLimit: number;
  csrf: string;
  /** The deployment's prefecture code (jp_11), preselected as the area; null without one. */
  defaultArea: string | null;
  drafts: BroadcastDraft[];
}): SafeHtml {
  const { charLimit, csrf, defaultArea } = options;
  const ageOptions = (bounds: readonly number[], suffix: string) => bounds.map((a) => html`<option value="${a}">${a}歳${suffix}</option>`);
  return html`${options.message ? html`<p class="notice" role="status">${options.message}</p>` : ''}
${options.available ? '' : UNAVAILABLE}
<h2>友だち全員に送る（一斉送信）</h2>
<p>友だち全員に、LINE でお知らせを送ります。送る前に、届く人数と今月の送信数の残りを確かめる画面が出ます。</p>
<form method="post" action="/admin/broadcast/preview">${csrfField(csrf)}<input type="hidden" name="kind" value="broadcast">
<p><label for="b-text">送る文面（${charLimit}文字まで）</label><br><textarea id="b-text" name="text" rows="5" maxlength="${charLimit}" required></textarea></p>
<p><button type="submit">確認画面へ</button></p></form>
<h2>条件で絞り込んで送る（ナローキャスト）</h2>
<p>地域や年齢で絞り込んで送ります。地域と年齢は LINE が推定したもので、推定できない人には届きません。届く人数は LINE が絞り込んだ後に決まるため、送る前にはわかりません。条件に合う人が少ないと（目安として50人未満）、LINE は送りません。</p>
<form method="post" action="/admin/broadcast/preview" id="narrowcast-form">${csrfField(csrf)}<input type="hidden" name="kind" value="narrowcast">
<p><label for="n-text">送る文面（${charLimit}文字まで）</label><br><textarea id="n-text" name="text" rows="5" maxlength="${charLimit}" required></textarea></p>
<p><label for="n-area">地域（都道府県）</label><br><select id="n-area" name="area"><option value="">絞り込まない</option>${PREFECTURES.map((name, i) => {
    const code = `jp_${String(i + 1).padStart(2, '0')}`;
    return html`<option value="${code}"${code === defaultArea ? new SafeHtml(' selected') : ''}>${name}</option>`;
  })}</select>${defaultArea ? html` <span class="hint">（このボットの市町村がある都道府県を選んであります）</span>` : ''}</p>
<fieldset><legend>年齢</legend>
<label for="n-age-from">下限</label> <select id="n-age-from" name="ageFrom"><option value="">指定しない</option>${ageOptions(AGE_BOUNDS, '以上')}</select>
<label for="n-age-to">上限</label> <select id="n-age-to" name="ageTo"><option value="">指定しない</option>${ageOptions(AGE_BOUNDS.slice(1), '未満')}</select>
<p class="hint">高齢の方がねらわれている手口には「60歳以上」や「65歳以上」が目安です。</p></fieldset>
<p><label for="n-audience">オーディエンスの番号（任意）</label><br><input id="n-audience" name="audienceGroupId" inputmode="numeric" autocomplete="off" size="20">
<span class="hint">LINE で作ったオーディエンスに送るときだけ入れます。</span></p>
<p><label for="n-max">届ける人数の上限（任意）</label><br><input id="n-max" name="max" inputmode="numeric" autocomplete="off" size="10"> 人
<span class="hint">空欄なら上限なし。上限を超える分は LINE が無作為に選びます。</span></p>
<p><label><input type="checkbox" name="upToRemainingQuota" value="yes" checked> 今月の送信数の残りを超えるときは、残りの数まで送る</label></p>
<p><button type="submit">確認画面へ</button></p></form>
<table id="broadcasts"><caption>これまでの送信</caption><thead><tr><th scope="col">文面</th><th scope="col">相手</th><th scope="col">状態</th><th scope="col">作成</th><th scope="col">送信</th></tr></thead>
<tbody>${options.drafts.map(
    (d) =>
      html`<tr data-broadcast="${d.id}"><td class="text"><a href="/admin/broadcast/${d.id}">${d.text}</a></td><td>${d.kind === 'narrowcast' ? `絞り込み（${d.target ? targetSummary(d.target).slice(0, -2).map((l) => l.value.replace(/（LINE の推定）$/, '')).join('・') || '上限のみ' : ''}）` : '友だち全員'}</td><td>${statusLabel(d)}</td><td>${d.createdBy}（${jstTime(d.createdAt)}）</td><td>${d.sentAt ? html`${d.sentBy}（${jstTime(d.sentAt)}）` : ''}</td></tr>`,
  )}</tbody></table>`;
}

/** The preview of the text as it will arrive (the same for both kinds). */
function preview(d: BroadcastDraft): SafeHtml {
  return html`<h2>送る文面</h2>
<div class="preview" aria-label="LINEで届く見え方"><p class="text">${d.text}</p></div>
<p>状態：<strong>${statusLabel(d)}</strong>${d.status !== 'sent' && d.error ? html`（前回のエラー：${d.error}）` : ''}</p>`;
}

function quotaText(quota: Quota | null): string {
  if (!quota) return '不明';
  if (quota.limit === null) return `${num(quota.used)}通（上限なし）`;
  return `${num(quota.used)}通 / 上限 ${num(quota.limit)}通（残り ${num(Math.max(0, quota.limit - quota.used))}通）`;
}

/** The confirmation of a broadcast to every friend: who receives it, what it costs. */
export function broadcastConfirmPage(d: BroadcastDraft, o: { available: boolean; quota: Quota | null; recipients: number | null; problem: string | null; csrf: string; leaseMinutes: number }): SafeHtml {
  const remaining = o.quota && o.quota.limit !== null ? o.quota.limit - o.quota.used : null;
  const tooMany = remaining !== null && o.recipients !== null && o.recipients > remaining;
  return html`${preview(d)}
${d.status === 'sent'
  ? html`<p>${jstTime(d.sentAt!)} に ${d.sentBy} が送信しました。同じ下書きはもう送れません。</p>`
  : !o.available
    ? UNAVAILABLE
    : d.state.kind === 'sending'
      ? sending(o.leaseMinutes)
      : html`${replacesNote(d)}<h2>確認</h2>
<dl class="facts" id="broadcast-facts"><dt>届く人数</dt><dd>${o.recipients === null ? '不明（LINE の統計がまだないか、使えないアカウントです）' : `${num(o.recipients)}人（友だちのうち、ブロックしていない人）`}</dd>
<dt>今月の送信数</dt><dd>${quotaText(o.quota)}</dd>
<dt>この送信で使う数</dt><dd>${o.recipients === null ? '届く人数と同じ数' : `${num(o.recipients)}通`}（1人に1通として数えます）</dd></dl>
${o.problem ? html`<p class="error">${o.problem}</p>` : ''}
${tooMany ? html`<p class="error" role="alert">今月の残りより多い人数です。上限を超える分は届きません。</p>` : ''}
<form method="post" action="/admin/broadcast/${d.id}/send">${csrfField(o.csrf)}
<p><label><input type="checkbox" name="confirm" value="yes" required> ${o.recipients === null ? '友だち全員' : `${num(o.recipients)}人`}に送ることを確認しました</label></p>
<p><button type="submit">送信する</button> <a href="/admin/broadcast">やめる</a></p></form>`}`;
}

/**
 * The confirmation of a narrowcast (before it is sent) or its progress (after). The number of
 * recipients is not known before LINE has filtered: the page says so, and shows the ceiling
 * it can be (friends, the cap, what is left of the month's quota) instead.
 */
export function narrowcastPage(
  d: BroadcastDraft,
  o: { available: boolean; quota: Quota | null; followers: number | null; problem: string | null; csrf: string; progressProblem: string | null; leaseMinutes: number },
): SafeHtml {
  const target = d.target!;
  const conditions = html`<dl class="facts" id="narrowcast-target">${targetSummary(target).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`;
  if (d.status === 'sent') {
    return html`${preview(d)}<h2>送る相手の条件</h2>${conditions}${progressSection(d, o.progressProblem)}`;
  }
  if (!o.available) return html`${preview(d)}<h2>送る相手の条件</h2>${conditions}${UNAVAILABLE}`;
  if (d.state.kind === 'sending') return html`${preview(d)}<h2>送る相手の条件</h2>${conditions}${sending(o.leaseMinutes)}`;
  const remaining = o.quota && o.quota.limit !== null ? Math.max(0, o.quota.limit - o.quota.used) : null;
  const ceilings = [o.followers, target.max, target.upToRemainingQuota ? remaining : null].filter((n): n is number => n !== null);
  const most = ceilings.length > 0 ? Math.min(...ceilings) : null;
  const capOverQuota = remaining !== null && remaining > 0 && target.max !== null && target.max > remaining;
  const smallAccount = o.followers !== null && o.followers < 100 && (target.area !== null || target.ageFrom !== null || target.ageTo !== null);
  return html`${preview(d)}
<h2>送る相手の条件</h2>${conditions}
${replacesNote(d)}<h2>確認</h2>
<dl class="facts" id="narrowcast-facts"><dt>届く人数</dt><dd>送る前にはわかりません。LINE が条件で絞り込んでから決まります。${o.followers === null ? '' : `友だち（ブロックしていない人）${num(o.followers)}人のうち、条件に合う人だけに届きます。`}</dd>
<dt>人数の上限</dt><dd>${target.max === null ? 'なし' : `${num(target.max)}人`}</dd>
<dt>今月の送信数</dt><dd>${quotaText(o.quota)}</dd>
<dt>この送信で使う数</dt><dd>届いた人数と同じ数（1人に1通として数えます）${most === null ? '' : `。多くても ${num(most)}通です`}</dd></dl>
${o.problem ? html`<p class="error">${o.problem}</p>` : ''}
${remaining === 0 ? html`<p class="error" role="alert">今月の送信数の残りがありません。いま送っても届きません。</p>` : ''}
${smallAccount ? html`<p class="error" role="alert">友だち（ブロックしていない人）が100人未満です。地域や年齢での絞り込みは、条件に合う人が少なすぎて送られないことがあります。</p>` : ''}
${capOverQuota ? html`<p class="error" role="alert">人数の上限が、今月の残り（${num(remaining!)}通）より多くなっています。${target.upToRemainingQuota ? '残りの数まで送ります。' : '残りを超える分は送れず、送信全体が失敗することがあります。'}</p>` : ''}
<p>地域と年齢は LINE の推定です。推定できない人や、推定が違う人がいます。条件に合う人が少ないと（目安として50人未満）、LINE は送らず、送信後の状況に「送れませんでした」と出ます。</p>
<form method="post" action="/admin/broadcast/${d.id}/send">${csrfField(o.csrf)}
<p><label><input type="checkbox" name="confirm" value="yes" required> 届く人数は送るまでわからないことを理解し、この条件で送ることを確認しました</label></p>
<p><button type="submit">この条件で送信する</button> <a href="/admin/broadcast">やめる</a></p></form>`;
}

function progressSection(d: BroadcastDraft, problem: string | null): SafeHtml {
  const p = d.progress;
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${num(n)}人`);
  return html`<section id="narrowcast-progress" aria-labelledby="progress-h"><h2 id="progress-h">送信後の状況</h2>
<p>${jstTime(d.sentAt!)} に ${d.sentBy} が送り、LINE が受け付けました。同じ下書きはもう送れません。</p>
<dl class="facts"><dt>LINE の受付番号</dt><dd><code>${d.lineRequestId ?? '不明'}</code></dd>
<dt>状況</dt><dd><strong>${p ? PHASE_LABEL[p.phase] : '確かめられていません'}</strong></dd>
<dt>対象の人数</dt><dd>${count(p?.targetCount)}</dd>
<dt>届いた人数</dt><dd>${count(p?.successCount)}</dd>
<dt>届かなかった人数</dt><dd>${count(p?.failureCount)}</dd>
${p?.completedTime ? html`<dt>終わった時刻</dt><dd>${jstTime(new Date(p.completedTime))}</dd>` : ''}
${d.progressAt ? html`<dt>状況を確かめた時刻</dt><dd>${jstTime(d.progressAt)}</dd>` : ''}</dl>
${p?.phase === 'failed' ? html`<p class="error" role="alert">${progressErrorText(p.errorCode) ?? '送れませんでした。'}${p.failedDescription ? `（LINE の説明：${p.failedDescription}）` : ''}</p>` : ''}
${problem ? html`<p class="error">${problem}</p>` : ''}
${progressFinal(p) ? '' : html`<p><a class="button" href="/admin/broadcast/${d.id}">最新の状況に更新する</a> <span class="hint">LINE が絞り込みと送信を終えるまで、数分以上かかることがあります。</span></p>`}
</section>`;
}

/**
 * A draft whose send was cut off (left 'sending' past its lease), whose delivery is unknown with
 * a key LINE no longer honours, or that was closed so: what is known, and the one safe step —
 * send again with the same key while LINE honours it; after that, a new draft of the same content.
 */
export function interruptedPage(d: BroadcastDraft, o: { available: boolean; csrf: string; leaseMinutes: number }): SafeHtml {
  const conditions = d.kind === 'narrowcast' && d.target ? html`<h2>送る相手の条件</h2><dl class="facts" id="narrowcast-target">${targetSummary(d.target).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>` : '';
  const state = d.state;
  const when = (t: Date | null) => (t ? jstTime(t) : null);
  let section: SafeHtml;
  if (state.kind === 'stuck') {
    section = html`<section id="interrupted" aria-labelledby="interrupted-h"><h2 id="interrupted-h">${W.stuckHeading}</h2>
<p>${W.stuckWhat(when(state.since), state.by, o.leaseMinutes)}</p>
<p>${W.stuckHow}</p>
<p>${W.stuckUntil(jstTime(state.resendUntil))}</p>
${o.available
  ? html`<form method="post" action="/admin/broadcast/${d.id}/resume">${csrfField(o.csrf)}<p><button type="submit">${W.resendButton}</button> <a href="/admin/broadcast">やめる</a></p></form>`
  : UNAVAILABLE}</section>`;
  } else if (state.kind === 'expired') {
    section = html`<section id="interrupted" aria-labelledby="interrupted-h"><h2 id="interrupted-h">${W.expiredHeading}</h2>
<p>${state.cause === 'stuck' ? W.expiredWhatStuck(when(state.since), state.by) : W.expiredWhatFailed}</p>
<p>${W.expiredWhy}</p>
<p>${W.expiredCheck}</p>
<form method="post" action="/admin/broadcast/${d.id}/redraft">${csrfField(o.csrf)}<p><button type="submit">${W.redraftButton}</button> <a href="/admin/broadcast">やめる</a></p></form></section>`;
  } else {
    section = html`<section id="interrupted" aria-labelledby="interrupted-h"><h2 id="interrupted-h">${W.closedLabel}</h2>
<p>${d.closedAt && d.closedBy ? W.closedWhat(jstTime(d.closedAt), d.closedBy) : ''}</p>
${d.replacedBy !== null ? html`<p><a href="/admin/broadcast/${d.replacedBy}">${W.closedNext}（${d.replacedBy}番）</a></p>` : ''}</section>`;
  }
  return html`${preview(d)}${conditions}${section}`;
}
