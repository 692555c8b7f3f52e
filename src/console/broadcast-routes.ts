import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ConsoleTools } from './console-server.ts';
import { broadcastMessages, type LineBroadcaster, type Quota } from '../broadcast/line-broadcaster.ts';
import {
  narrowcastRequest,
  parseTarget,
  progressFinal,
  progressFromJson,
  sendErrorText,
  targetFromJson,
  type NarrowcastProgress,
} from '../broadcast/narrowcast.ts';
import { audit } from './audit.ts';
import { html, SafeHtml } from './html.ts';
import { broadcastConfirmPage, broadcastListPage, narrowcastPage, UNAVAILABLE, type BroadcastDraft } from './pages/broadcast-page.ts';

export interface BroadcastRoutesOptions {
  /** Null without LINE credentials (simulator mode): the page says broadcasts need a LINE channel. */
  broadcaster: LineBroadcaster | null;
  /** Longest broadcast text. */
  charLimit: number;
  /** LINE's code of the deployment's prefecture (jp_11), preselected as a narrowcast's area; null or absent without one. */
  defaultArea?: () => string | null;
}

interface DraftRow {
  id: number;
  kind: string;
  text: string;
  retry_key: string;
  status: string;
  created_by: string;
  created_at: Date;
  sent_by: string | null;
  sent_at: Date | null;
  line_request_id: string | null;
  error: string | null;
  target: unknown;
  progress: unknown;
  progress_at: Date | null;
}

/**
 * Sending to friends (editors): to every friend (broadcast) or to those LINE picks by estimated
 * area and age band, an audience group and a cap (narrowcast). Write → preview and
 * confirmation (who receives it, what it costs of the month's quota; for a narrowcast, that
 * the number is only known after LINE has filtered) → send with the draft's own retry key →
 * for a narrowcast, its progress from LINE. Drafting, sending, failures and a narrowcast's end
 * are audit-logged. A draft is sent at most once: it is claimed in the store before the call,
 * and LINE refuses a second request with the same retry key.
 */
export function broadcastRoutes(options: BroadcastRoutesOptions) {
  return (app: FastifyInstance, tools: ConsoleTools) => {
    app.get<{ Querystring: { m?: string } }>('/admin/broadcast', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const { rows } = await tools.db().query<DraftRow>('SELECT * FROM broadcasts ORDER BY id DESC LIMIT 50');
      const body = broadcastListPage({
        message: request.query.m ?? null,
        available: options.broadcaster !== null,
        charLimit: options.charLimit,
        csrf: tools.session(request).csrfToken,
        defaultArea: options.defaultArea?.() ?? null,
        drafts: rows.map(toDraft),
      });
      return tools.render(reply, request, '一斉送信', body);
    });

    app.post<{ Body: Record<string, unknown> }>('/admin/broadcast/preview', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const form = request.body ?? {};
      const narrow = form['kind'] === 'narrowcast';
      const text = typeof form['text'] === 'string' ? form['text'].replace(/\r\n/g, '\n').trim() : '';
      const problems: string[] = [];
      if (!text || [...text].length > options.charLimit) problems.push(`文面は1〜${options.charLimit}文字にしてください。`);
      const parsed = narrow ? parseTarget(form) : null;
      if (parsed && !parsed.ok) problems.push(...parsed.problems);
      if (problems.length > 0) {
        return tools.render(reply, request, '一斉送信', html`<div class="error" role="alert">${problems.map((p) => html`<p>${p}</p>`)}</div><p><a href="/admin/broadcast">戻る</a></p>`, { status: 400 });
      }
      const target = parsed?.ok ? parsed.target : null;
      const name = tools.session(request).operator.name;
      const { rows } = await tools
        .db()
        .query<{ id: number }>('INSERT INTO broadcasts (text, retry_key, created_by, kind, target) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id', [
          text,
          randomUUID(),
          name,
          narrow ? 'narrowcast' : 'broadcast',
          target ? JSON.stringify(target) : null,
        ]);
      const id = Number(rows[0]!.id);
      await audit(tools.db(), name, narrow ? 'narrowcast_drafted' : 'broadcast_drafted', { id, chars: [...text].length, ...(target ? { target } : {}) });
      return reply.redirect(`/admin/broadcast/${id}`, 303);
    });

    app.get<{ Params: { id: string } }>('/admin/broadcast/:id', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      let draft = await findDraft(tools, request.params.id);
      if (!draft) return reply.code(404).send();
      const csrf = tools.session(request).csrfToken;
      const available = options.broadcaster !== null;

      if (draft.kind === 'narrowcast' && draft.status === 'sent') {
        const progressProblem = await refreshProgress(request, tools, options.broadcaster, draft);
        draft = (await findDraft(tools, String(draft.id)))!;
        const body = narrowcastPage(draft, { available, quota: null, followers: null, problem: null, csrf, progressProblem });
        return tools.render(reply, request, '絞り込み送信の状況', body);
      }

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
      if (draft.kind === 'narrowcast') {
        const body = narrowcastPage(draft, { available, quota, followers: recipients, problem, csrf, progressProblem: null });
        return tools.render(reply, request, '絞り込み送信の確認', body);
      }
      return tools.render(reply, request, '一斉送信の確認', broadcastConfirmPage(draft, { available, quota, recipients, problem, csrf }));
    });

    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/broadcast/:id/send', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      if (!options.broadcaster) return tools.render(reply, request, '一斉送信', UNAVAILABLE, { status: 409 });
      const draft = await findDraft(tools, request.params.id);
      if (!draft) return reply.code(404).send();
      if (request.body?.['confirm'] !== 'yes') return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      const name = tools.session(request).operator.name;
      const claimed = await tools.db().query("UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status IN ('draft', 'failed') RETURNING id", [draft.id]);
      if (claimed.rows.length === 0) return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      const narrow = draft.kind === 'narrowcast' && draft.target !== null;
      const messages = broadcastMessages(draft.text);
      const result = narrow
        ? await options.broadcaster.narrowcast(narrowcastRequest(messages, draft.target!), draft.retryKey)
        : await options.broadcaster.broadcast(messages, draft.retryKey);
      if (result.ok) {
        await tools.db().query("UPDATE broadcasts SET status = 'sent', sent_by = $2, sent_at = $3, line_request_id = $4, error = NULL WHERE id = $1", [draft.id, name, tools.clock(), result.requestId]);
        await audit(tools.db(), name, narrow ? 'narrowcast_sent' : 'broadcast_sent', { id: draft.id, lineRequestId: result.requestId, alreadyAccepted: result.alreadyAccepted });
        if (narrow) return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
        return reply.redirect(`/admin/broadcast?m=${encodeURIComponent('送信しました。')}`, 303);
      }
      const error = sendErrorText(result.status, result.message, result.details).slice(0, 600);
      await tools.db().query("UPDATE broadcasts SET status = 'failed', error = $2 WHERE id = $1", [draft.id, error]);
      await audit(tools.db(), name, narrow ? 'narrowcast_failed' : 'broadcast_failed', { id: draft.id, status: result.status, lineRequestId: result.requestId });
      // LINE's words and the request ID help support; the token is only ever in the request's header.
      request.log.warn({ draft: draft.id, kind: draft.kind, status: result.status, lineRequestId: result.requestId, lineMessage: result.message, lineDetails: result.details }, 'LINE refused a send from the console');
      return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
    });
  };
}

/**
 * Asks LINE how a sent narrowcast is going (until it has succeeded or failed), keeps the
 * answer, and audit-logs its end once. Returns a problem to show, or null.
 */
async function refreshProgress(request: FastifyRequest, tools: ConsoleTools, broadcaster: LineBroadcaster | null, draft: BroadcastDraft): Promise<string | null> {
  if (!broadcaster || !draft.lineRequestId || progressFinal(draft.progress)) return null;
  const answer = await broadcaster.narrowcastProgress(draft.lineRequestId);
  if (!answer.ok) {
    request.log.warn({ draft: draft.id, status: answer.status, lineRequestId: draft.lineRequestId, lineMessage: answer.message }, 'narrowcast progress could not be read');
    return `LINE から最新の状況を取得できませんでした（${answer.status ?? '接続エラー'}）。しばらくしてから更新してください。`;
  }
  const p: NarrowcastProgress = answer.progress;
  const updated = await tools
    .db()
    .query<{ id: number }>(
      "UPDATE broadcasts SET progress = $2::jsonb, progress_at = $3 WHERE id = $1 AND (progress IS NULL OR progress->>'phase' NOT IN ('succeeded', 'failed')) RETURNING id",
      [draft.id, JSON.stringify(p), tools.clock()],
    );
  if (updated.rows.length > 0 && progressFinal(p)) {
    await audit(tools.db(), null, 'narrowcast_finished', {
      id: draft.id,
      lineRequestId: draft.lineRequestId,
      phase: p.phase,
      targetCount: p.targetCount,
      successCount: p.successCount,
      failureCount: p.failureCount,
      errorCode: p.errorCode,
    });
  }
  return null;
}

function toDraft(r: DraftRow): BroadcastDraft & { retryKey: string } {
  return {
    id: Number(r.id),
    kind: r.kind === 'narrowcast' ? 'narrowcast' : 'broadcast',
    text: r.text,
    status: r.status,
    createdBy: r.created_by,
    createdAt: r.created_at,
    sentBy: r.sent_by,
    sentAt: r.sent_at,
    lineRequestId: r.line_request_id,
    error: r.error,
    target: targetFromJson(r.target),
    progress: progressFromJson(r.progress),
    progressAt: r.progress_at,
    retryKey: r.retry_key,
  };
}

async function findDraft(tools: ConsoleTools, idText: string): Promise<(BroadcastDraft & { retryKey: string }) | null> {
  const id = Number(idText);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const { rows } = await tools.db().query<DraftRow>('SELECT * FROM broadcasts WHERE id = $1', [id]);
  return rows[0] ? toDraft(rows[0]) : null;
}

export { SafeHtml };
