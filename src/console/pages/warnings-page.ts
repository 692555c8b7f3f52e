import type { StoredWarning } from '../../reports/local-warnings-store.ts';
import { MAX_LOCAL_WARNING_CHARS } from '../../local-warnings/local-warning.ts';
import { csrfField, html, SafeHtml } from '../html.ts';
import { jstTime } from './other-pages.ts';
import { byKind, TOPIC } from './intent-kinds.ts';

export interface WarningDraft {
  text: string;
  intents: string[];
  expires: string;
}

export function warningsPage(list: StoredWarning[], now: Date, canEdit: boolean, csrf: string, label: (id: string) => string, message: string | null): SafeHtml {
  const state = (w: StoredWarning) => (w.withdrawnAt ? '取り下げ済み' : w.expiresAt.getTime() <= now.getTime() ? '期限切れ' : '表示中');
  return html`${message ? html`<p class="notice" role="status">${message}</p>` : ''}
<p>地域の注意喚起は、選んだ${TOPIC}（詐欺の手口やよくある質問）への答えのいちばん上に、期限まで表示されます。</p>
${canEdit ? html`<p><a class="button" href="/admin/warnings/new">注意喚起を書く</a></p>` : ''}
<table id="warnings"><caption>注意喚起（新しい順）</caption>
<thead><tr><th scope="col">文面</th><th scope="col">表示する${TOPIC}</th><th scope="col">期限</th><th scope="col">状態</th><th scope="col">作成</th>${canEdit ? html`<th scope="col"></th>` : ''}</tr></thead>
<tbody>${list.map(
    (w) => html`<tr data-warning="${w.id}"><td class="text">${w.text}</td><td>${w.intents.map((id) => label(id)).join('、')}</td><td>${jstTime(w.expiresAt)}</td><td>${state(w)}</td><td>${w.createdBy}（${jstTime(w.createdAt)}）</td>
${canEdit ? html`<td>${state(w) === '表示中' ? html`<form method="post" action="/admin/warnings/${w.id}/withdraw">${csrfField(csrf)}<button type="submit" class="secondary">取り下げる</button></form>` : ''}</td>` : ''}</tr>`,
  )}</tbody></table>`;
}

export function warningForm(
  draft: WarningDraft,
  scenarios: string[],
  label: (id: string) => string,
  csrf: string,
  heading: string,
  problem: string | null,
  preview: readonly object[] | null = null,
): SafeHtml {
  // JSON inside a script element: '<' escaped so no text can close the element.
  const previewJson = preview ? JSON.stringify(preview).replace(/</g, '\\u003c') : null;
  return html`${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<form method="post" action="/admin/warnings">${csrfField(csrf)}
<p><label for="w-text">文面（${MAX_LOCAL_WARNING_CHARS}文字まで。短く、やさしい言葉で。日付を入れると伝わりやすくなります）</label><br>
<textarea id="w-text" name="text" rows="3" maxlength="${MAX_LOCAL_WARNING_CHARS}" required>${draft.text}</textarea></p>
<fieldset><legend>表示する${TOPIC}（1つ以上）</legend>
${byKind(scenarios, (id) => id).map(
  (g) => html`<fieldset class="kind-group"><legend>${g.kind.heading}</legend>
${g.items.map((id) => html`<label class="check"><input type="checkbox" name="intents" value="${id}"${draft.intents.includes(id) ? new SafeHtml(' checked') : ''}> ${label(id)}</label><br>`)}
</fieldset>`,
)}
</fieldset>
<p><label for="w-expires">表示する最後の日</label><br><input id="w-expires" type="date" name="expires" value="${draft.expires}" required></p>
<p><button type="submit">保存して表示を始める</button> <button type="submit" class="secondary" formmethod="get" formaction="/admin/warnings/new" formnovalidate>見え方を確かめる</button></p></form>
<h2>見え方</h2>
${previewJson
  ? html`<p>「${label(draft.intents[0]!)}」の答えが、LINEでこのように表示されます（ボタンはここでは動きません）。</p>
<script type="application/json" id="preview-messages">${new SafeHtml(previewJson)}</script><div id="preview" class="sim-preview"></div>`
  : html`<div class="preview" aria-label="答えのカードの上に表示される見え方"><div class="banner"><strong>${heading}</strong><br>${draft.text || '（文面）'}</div><p>（この下に、いつもの答えが続きます。文面と${TOPIC}を入れて「見え方を確かめる」を押すと、実際の答えで確かめられます）</p></div>`}`;
}
