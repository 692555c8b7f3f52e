import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ConsoleTools } from './console-server.ts';
import { broadcastMessages, type LineBroadcaster, type Quota } from '../broadcast/line-broadcaster.ts';
import { audit } from './audit.ts';
import { csrfField, html, num, SafeHtml } from './html.ts';
import { jstTime } from './pages/other-pages.ts';

export interface BroadcastRoutesOptions {
  /** Null without LINE credentials (simulator mode): the page says broadcasts need a LINE channel. */
  broadcaster: LineBroadcaster | null;
  /** Longest broadcast text. */
  charLimit: number;
}

interface DraftRow {
  id: number;
  text: string;
  retry_key: string;
  status: string;
  created_by: string;
  created_at: Date;
  sent_by: string | null;
  sent_at: Date | null;
  line_request_id: string | null;
  error: string | null;
}

const STATUS: Record<string, string> = { draft: '下書き', sending: '送信中', sent: '送信済み', failed: '送信できず（再送できます）' };

/**
 * Broadcast to every friend of the account (editors): write → preview and confirmation (who
 * receives it, what it costs of the month's quota) → send with the draft's own retry key.
 * Drafting and sending are audit-logged. A draft is sent at most once: it is claimed in the
 * store before the call, and LINE refuses a second request with the same retry key.
 */
export function broadcastRoutes(options: BroadcastRoutesOptions) {
  return (app: FastifyInstance, tools: ConsoleTools) => {
    const unavailable = html`<p>一斉送信には LINE のチャネル設定（<code>LINE_CHANNEL_SECRET</code> と <code>LINE_CHANNEL_ACCESS_TOKEN</code>）が必要です。シミュレーターでは送れません。</p>`;

    app.get<{ Querystring: { m?: string } }>('/admin/broadcast', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const { rows } = await tools.db().query<DraftRow>('SELECT * FROM broadcasts ORDER BY id DESC LIMIT 50');
      const csrf = tools.session(request).csrfToken;
      const body = html`${request.query.m ? html`<p class="notice" role="status">${request.query.m}</p>` : ''}
${options.broadcaster ? '' : unavailable}
<p>友だち全員に、LINE でお知らせを送ります。送る前に、届く人数と今月の送信数の残りを確かめる画面が出ます。</p>
<form method="post" action="/admin/broadcast/preview">${csrfField(csrf)}
<p><label for="b-text">送る文面（${options.charLimit}文字まで）</label><br><textarea id="b-text" name="text" rows="5" maxlength="${options.charLimit}" required></textarea></p>
<p><button type="submit">確認画面へ</button></p></form>
<table id="broadcasts"><caption>これまでの一斉送信</caption><thead><tr><th scope="col">文面</th><th scope="col">状態</th><th scope="col">作成</th><th scope="col">送信</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td class="text"><a href="/admin/broadcast/${r.id}">${r.text}</a></td><td>${STATUS[r.status] ?? r.status}</td><td>${r.created_by}（${jstTime(r.created_at)}）</td><td>${r.sent_at ? html`${r.sent_by}（${jstTime(r.sent_at)}）` : ''}</td></tr>`)}</tbody></table>`;
      return tools.render(reply, request, '一斉送信', body);
    });

    app.post<{ Body: Record<string, unknown> }>('/admin/broadcast/preview', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const text = typeof request.body?.['text'] === 'string' ? request.body['text'].replace(/\r\n/g, '\n').trim() : '';
      if (!text || [...text].length > options.charLimit) {
        return tools.render(reply, request, '一斉送信', html`<p class="error" role="alert">文面は1〜${options.charLimit}文字にしてください。</p><p><a href="/admin/broadcast">戻る</a></p>`, { status: 400 });
      }
      const name = tools.session(request).operator.name;
      const { rows } = await tools.db().query<{ id: number }>('INSERT INTO broadcasts (text, retry_key, created_by) VALUES ($1, $2, $3) RETURNING id', [text, randomUUID(), name]);
      const id = Number(rows[0]!.id);
      await audit(tools.db(), name, 'broadcast_drafted', { id, chars: [...text].length });
      return reply.redirect(`/admin/broadcast/${id}`, 303);
    });

    app.get<{ Params: { id: string } }>('/admin/broadcast/:id', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const draft = await findDraft(tools, request.params.id);
      if (!draft) return reply.code(404).send();
      let quota: Quota | null = null;
      let recipients: number | null = null;
      let problem: string | null = null;
      if (options.broadcaster && draft.status !== 'sent') {
        [quota, recipients] = await Promise.all([
          options.broadcaster.quota().catch((err: unknown) => {
            problem = `LINE から送信数の残りを取得できませんでした（${err instanceof Error ? err.message : String(err)}）。`;
            return null;
          }),
          options.broadcaster.recipients(tools.clock()),
        ]);
      }
      const remaining = quota && quota.limit !== null ? quota.limit - quota.used : null;
      const tooMany = remaining !== null && recipients !== null && recipients > remaining;
      const csrf = tools.session(request).csrfToken;
      const body = html`<h2>送る文面</h2>
<div class="preview" aria-label="LINEで届く見え方"><p class="text">${draft.text}</p></div>
<p>状態：<strong>${STATUS[draft.status] ?? draft.status}</strong>${draft.error ? html`（前回のエラー：${draft.error}）` : ''}</p>
${draft.status === 'sent'
  ? html`<p>${jstTime(draft.sent_at!)} に ${draft.sent_by} が送信しました。同じ下書きはもう送れません。</p>`
  : !options.broadcaster
    ? unavailable
    : html`<h2>確認</h2>
<dl class="facts" id="broadcast-facts"><dt>届く人数</dt><dd>${recipients === null ? '不明（LINE の統計がまだないか、使えないアカウントです）' : `${num(recipients)}人（友だちのうち、ブロックしていない人）`}</dd>
<dt>今月の送信数</dt><dd>${quota ? (quota.limit === null ? `${num(quota.used)}通（上限なし）` : `${num(quota.used)}通 / 上限 ${num(quota.limit)}通（残り ${num(remaining!)}通）`) : '不明'}</dd>
<dt>この送信で使う数</dt><dd>${recipients === null ? '届く人数と同じ数' : `${num(recipients)}通`}（1人に1通として数えます）</dd></dl>
${problem ? html`<p class="error">${problem}</p>` : ''}
${tooMany ? html`<p class="error" role="alert">今月の残りより多い人数です。上限を超える分は届きません。</p>` : ''}
<form method="post" action="/admin/broadcast/${draft.id}/send">${csrfField(csrf)}
<p><label><input type="checkbox" name="confirm" value="yes" required> ${recipients === null ? '友だち全員' : `${num(recipients)}人`}に送ることを確認しました</label></p>
<p><button type="submit">送信する</button> <a href="/admin/broadcast">やめる</a></p></form>`}`;
      return tools.render(reply, request, '一斉送信の確認', body);
    });

    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/broadcast/:id/send', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      if (!options.broadcaster) return tools.render(reply, request, '一斉送信', unavailable, { status: 409 });
      const draft = await findDraft(tools, request.params.id);
      if (!draft) return reply.code(404).send();
      if (request.body?.['confirm'] !== 'yes') return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      const name = tools.session(request).operator.name;
      const claimed = await tools.db().query("UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status IN ('draft', 'failed') RETURNING id", [draft.id]);
      if (claimed.rows.length === 0) return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      const result = await options.broadcaster.broadcast(broadcastMessages(draft.text), draft.retry_key);
      if (result.ok) {
        await tools.db().query("UPDATE broadcasts SET status = 'sent', sent_by = $2, sent_at = $3, line_request_id = $4, error = NULL WHERE id = $1", [draft.id, name, tools.clock(), result.requestId]);
        await audit(tools.db(), name, 'broadcast_sent', { id: draft.id, lineRequestId: result.requestId, alreadyAccepted: result.alreadyAccepted });
        return reply.redirect(`/admin/broadcast?m=${encodeURIComponent('送信しました。')}`, 303);
      }
      const error = `${result.status ?? '接続エラー'} ${result.message}`.slice(0, 300);
      await tools.db().query("UPDATE broadcasts SET status = 'failed', error = $2 WHERE id = $1", [draft.id, error]);
      await audit(tools.db(), name, 'broadcast_failed', { id: draft.id, status: result.status, lineRequestId: result.requestId });
      return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
    });
  };
}

async function findDraft(tools: ConsoleTools, idText: string): Promise<DraftRow | null> {
  const id = Number(idText);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const { rows } = await tools.db().query<DraftRow>('SELECT * FROM broadcasts WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export { SafeHtml };
