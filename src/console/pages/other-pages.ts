import { csrfField, dayLabel, html, num, SafeHtml } from '../html.ts';
import type { OperatorListing } from '../operators.ts';
import { ROLE_LABELS, ROLES } from '../roles.ts';
import { kindOf, TOPIC } from './intent-kinds.ts';

const jstTime = (d: Date) => d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
export { jstTime };

export function loginPage(loginNonce: string, message: string | null): SafeHtml {
  return html`${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/admin/login" class="login">
<input type="hidden" name="_login" value="${loginNonce}">
<p><label for="name">アカウント名</label><br><input id="name" name="name" autocomplete="username" required maxlength="64"></p>
<p><label for="password">パスワード</label><br><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"></p>
<p><button type="submit">ログイン</button></p></form>
<p class="hint">アカウントはサーバーの管理者が <code>npm run operator -- add 名前 --role viewer</code> で作ります。5回続けて間違えると15分間ログインできません。</p>`;
}

export function unansweredPage(
  weeks: { from: string; to: string; outOfScope: number; lowConfidence: number }[],
  texts: { at: Date; reason: string; intent: string | null; text: string; expiresAt: Date }[] | null,
  mode: 'off' | 'hidden' | 'shown',
  label: (id: string) => string,
): SafeHtml {
  const reasons: Record<string, string> = { out_of_scope: '対象外', low_confidence: '自信が低い' };
  const list =
    mode === 'off'
      ? html`<p>文面は保存していません（<code>STORE_UNANSWERED_TEXT=true</code> で、番号やメールアドレスを伏せた文面を30日間保存できます）。</p>`
      : mode === 'hidden'
        ? html`<p>文面は編集者だけが見られます。</p>`
        : html`<table id="unanswered-texts"><caption>文面（番号・メールアドレスは伏せ字。30日で自動削除）</caption>
<thead><tr><th scope="col">日時</th><th scope="col">理由</th><th scope="col">近い${TOPIC}</th><th scope="col">文面</th><th scope="col">削除予定</th></tr></thead>
<tbody>${(texts ?? []).map((t) => html`<tr><td>${jstTime(t.at)}</td><td>${reasons[t.reason] ?? t.reason}</td><td>${t.intent ? html`${label(t.intent)}（${kindOf(t.intent).label}）` : ''}</td><td class="text">${t.text}</td><td>${jstTime(t.expiresAt)}</td></tr>`)}</tbody></table>
<p class="hint">よくある質問は、内容チームが <code>intents/</code> に例文として加えてください（文面をそのまま写さず、言い換えて）。</p>`;
  return html`<table class="numbers" id="unanswered-by-week"><caption>ボットが答えられなかったメッセージ（週ごと）</caption>
<thead><tr><th scope="col">期間</th><th scope="col">対象外</th><th scope="col">自信が低い</th></tr></thead>
<tbody>${weeks.map((w) => html`<tr><th scope="row">${dayLabel(w.from)}〜${dayLabel(w.to)}</th><td>${w.outOfScope}</td><td>${w.lowConfidence}</td></tr>`)}</tbody></table>
${list}`;
}

export function operatorsPage(list: OperatorListing[], csrf: string, message: string | null, self: string): SafeHtml {
  return html`${message ? html`<p class="notice" role="status">${message}</p>` : ''}
<table><caption>アカウント</caption><thead><tr><th scope="col">名前</th><th scope="col">役割</th><th scope="col">作成</th><th scope="col">状態</th><th scope="col"></th></tr></thead>
<tbody>${list.map(
    (o) => html`<tr><td>${o.name}</td><td>${ROLE_LABELS[o.role]}（${o.role}）</td><td>${jstTime(o.createdAt)}</td><td>${o.lockedUntil && o.lockedUntil.getTime() > Date.now() ? `${jstTime(o.lockedUntil)}までロック` : ''}</td>
<td>${o.name === self ? '' : html`<form method="post" action="/admin/operators/remove">${csrfField(csrf)}<input type="hidden" name="name" value="${o.name}"><button type="submit">削除</button></form>`}</td></tr>`,
  )}</tbody></table>
<h2>アカウントを追加</h2>
<form method="post" action="/admin/operators">${csrfField(csrf)}
<p><label for="op-name">名前</label><br><input id="op-name" name="name" required maxlength="64" pattern="[\\p{L}\\p{N}._\\-]{1,64}"></p>
<p><label for="op-role">役割</label><br><select id="op-role" name="role">${ROLES.map((r) => html`<option value="${r}">${ROLE_LABELS[r]}（${r}）</option>`)}</select></p>
<p><label for="op-password">パスワード（12文字以上）</label><br><input id="op-password" name="password" type="password" minlength="12" required autocomplete="new-password"></p>
<p><button type="submit">追加</button></p></form>`;
}

export function auditPage(rows: { at: Date; operator: string | null; action: string; detail: unknown }[]): SafeHtml {
  return html`<table id="audit"><caption>操作記録（新しい順、500件まで）</caption>
<thead><tr><th scope="col">日時</th><th scope="col">アカウント</th><th scope="col">操作</th><th scope="col">内容</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${jstTime(r.at)}</td><td>${r.operator ?? ''}</td><td>${r.action}</td><td><code>${JSON.stringify(r.detail)}</code></td></tr>`)}</tbody></table>`;
}

export function messagePage(text: string, link: { href: string; label: string } | null = null): SafeHtml {
  return html`<p>${text}</p>${link ? html`<p><a href="${link.href}">${link.label}</a></p>` : new SafeHtml('')}`;
}

export { num };
