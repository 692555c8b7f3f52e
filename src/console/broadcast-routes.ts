import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { INTERRUPTED_WORDS, outcomeUnknown, RESEND_WINDOW_MS, sendLeaseMs, sendState } from '../broadcast/interrupted-send.ts';
import { audit } from './audit.ts';
import { html, SafeHtml } from './html.ts';
import { broadcastConfirmPage, broadcastListPage, interruptedPage, narrowcastPage, UNAVAILABLE, type BroadcastDraft } from './pages/broadcast-page.ts';

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
  claim_id: string | null;
  claimed_at: Date | null;
  claimed_by: string | null;
  first_attempt_at: Date | null;
  delivery_unknown: boolean;
  replaces: number | string | null;
  closed_by: string | null;
  closed_at: Date | null;
}

/** A draft as the routes use it: what the pages show, and its retry key. */
type Draft = BroadcastDraft & { retryKey: string };

/**
 * Sending to friends (editors): to every friend (broadcast) or to those LINE picks by estimated
 * area and age band, an audience group and a cap (narrowcast). Write → preview and
 * confirmation (who receives it, what it costs of the month's quota; for a narrowcast, that
 * the number is only known after LINE has filtered) → send with the draft's own retry key →
 * for a narrowcast, its progress from LINE. Drafting, sending, failures and a narrowcast's end
 * are audit-logged. A draft is sent at most once: it is claimed in the store before the call,
 * and LINE refuses a second request with the same retry key.
 *
 * A send cut off after its claim (the process stopped; the answer was never recorded) leaves
 * the draft 'sending'. Once its lease is over (sendLeaseMs: no live send can still hold it) the
 * page says so, and an editor's click sends it again with the same key — LINE answers 409 with
 * the accepted request's ID when it had it, and the draft is marked sent without a second
 * delivery. Nothing is sent on start-up or on opening a page. When LINE no longer honours the
 * key (24 hours from the first attempt), nothing is sent from that draft again: the editor can
 * close it and make a new draft of the same content (interrupted-send.ts).
 */
export function broadcastRoutes(options: BroadcastRoutesOptions) {
  const leaseMs = sendLeaseMs(options.broadcaster?.timeoutMs ?? 10_000);
  const leaseMinutes = Math.round(leaseMs / 60_000);
  /** The cut-off times for a claim's lease and the retry key's window, at `now`. */
  const cutoffs = (now: Date) => ({ lease: new Date(now.getTime() - leaseMs), key: new Date(now.getTime() - RESEND_WINDOW_MS) });
  return (app: FastifyInstance, tools: ConsoleTools) => {
    app.get<{ Querystring: { m?: string } }>('/admin/broadcast', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const { rows } = await tools.db().query<DraftRow>('SELECT * FROM broadcasts ORDER BY id DESC LIMIT 50');
      const now = tools.clock();
      const body = broadcastListPage({
        message: request.query.m ?? null,
        available: options.broadcaster !== null,
        charLimit: options.charLimit,
        csrf: tools.session(request).csrfToken,
        defaultArea: options.defaultArea?.() ?? null,
        drafts: rows.map((r) => toDraft(r, now, leaseMs)),
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

    app.get<{ Params: { id: string }; Querystring: { m?: string } }>('/admin/broadcast/:id', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const notice = request.query.m ? html`<p class="notice" role="status">${request.query.m}</p>` : '';
      let draft = await findDraft(tools, request.params.id, leaseMs);
      if (!draft) return reply.code(404).send();
      const csrf = tools.session(request).csrfToken;
      const available = options.broadcaster !== null;

      if (draft.kind === 'narrowcast' && draft.status === 'sent') {
        const progressProblem = await refreshProgress(request, tools, options.broadcaster, draft);
        draft = (await findDraft(tools, String(draft.id), leaseMs))!;
        const body = narrowcastPage(draft, { available, quota: null, followers: null, problem: null, csrf, progressProblem, leaseMinutes });
        return tools.render(reply, request, '絞り込み送信の状況', html`${notice}${body}`);
      }
      // Cut off, too old to send again, or closed: what happened and what can be done; nothing is sent by opening the page.
      if (draft.state.kind === 'stuck' || draft.state.kind === 'expired' || draft.state.kind === 'closed') {
        return tools.render(reply, request, draft.state.kind === 'stuck' ? INTERRUPTED_WORDS.stuckHeading : INTERRUPTED_WORDS.expiredHeading, html`${notice}${interruptedPage(draft, { available, csrf, leaseMinutes })}`);
      }

      let quota: Quota | null = null;
      let recipients: number | null = null;
      let problem: string | null = null;
      if (options.broadcaster && draft.state.kind === 'ready') {
        [quota, recipients] = await Promise.all([
          options.broadcaster.quota().catch((err: unknown) => {
            problem = `LINE から送信数の残りを取得できませんでした（${err instanceof Error ? err.message : String(err)}）。`;
            return null;
          }),
          options.broadcaster.recipients(tools.clock()),
        ]);
      }
      if (draft.kind === 'narrowcast') {
        const body = narrowcastPage(draft, { available, quota, followers: recipients, problem, csrf, progressProblem: null, leaseMinutes });
        return tools.render(reply, request, '絞り込み送信の確認', html`${notice}${body}`);
      }
      return tools.render(reply, request, '一斉送信の確認', html`${notice}${broadcastConfirmPage(draft, { available, quota, recipients, problem, csrf, leaseMinutes })}`);
    });

    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/broadcast/:id/send', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      if (!options.broadcaster) return tools.render(reply, request, '一斉送信', UNAVAILABLE, { status: 409 });
      const draft = await findDraft(tools, request.params.id, leaseMs);
      if (!draft) return reply.code(404).send();
      if (request.body?.['confirm'] !== 'yes') return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      const name = tools.session(request).operator.name;
      const now = tools.clock();
      const claimId = randomUUID();
      // One claim wins. A draft refused by LINE may be sent again — unless an attempt ended
      // without LINE's answer and the key is past its window (LINE would take it as new).
      const claimed = await tools
        .db()
        .query(
          `UPDATE broadcasts SET status = 'sending', claim_id = $2, claimed_at = $3, claimed_by = $4, first_attempt_at = COALESCE(first_attempt_at, $3)
           WHERE id = $1 AND (status = 'draft' OR (status = 'failed' AND (NOT delivery_unknown OR COALESCE(first_attempt_at, created_at) > $5))) RETURNING id`,
          [draft.id, claimId, now, name, cutoffs(now).key],
        );
      if (claimed.rows.length === 0) return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
      return sendClaimed(request, reply, tools, options.broadcaster, draft, name, claimId);
    });

    // A draft left 'sending' past its lease: sent again with its own retry key, on an editor's click only.
    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/broadcast/:id/resume', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      if (!options.broadcaster) return tools.render(reply, request, '一斉送信', UNAVAILABLE, { status: 409 });
      const draft = await findDraft(tools, request.params.id, leaseMs);
      if (!draft) return reply.code(404).send();
      const name = tools.session(request).operator.name;
      const now = tools.clock();
      const { lease, key } = cutoffs(now);
      const claimId = randomUUID();
      // Atomic: of two clicks at once only one finds the old claim; the other finds a fresh one.
      const claimed = await tools
        .db()
        .query(
          `UPDATE broadcasts SET claim_id = $2, claimed_at = $3, claimed_by = $4, delivery_unknown = true, first_attempt_at = COALESCE(first_attempt_at, created_at)
           WHERE id = $1 AND status = 'sending' AND (claimed_at IS NULL OR claimed_at <= $5) AND COALESCE(first_attempt_at, created_at) > $6 RETURNING id`,
          [draft.id, claimId, now, name, lease, key],
        );
      const narrow = draft.kind === 'narrowcast';
      if (claimed.rows.length === 0) {
        const current = (await findDraft(tools, String(draft.id), leaseMs))!;
        await audit(tools.db(), name, narrow ? 'narrowcast_resend_refused' : 'broadcast_resend_refused', { id: draft.id, state: current.state.kind });
        return reply.redirect(`/admin/broadcast/${draft.id}?m=${encodeURIComponent(INTERRUPTED_WORDS.notResent)}`, 303);
      }
      await audit(tools.db(), name, narrow ? 'narrowcast_resumed' : 'broadcast_resumed', {
        id: draft.id,
        stuckSince: draft.claimedAt?.toISOString() ?? null,
        stuckClaimedBy: draft.claimedBy,
        firstAttemptAt: (draft.firstAttemptAt ?? draft.createdAt).toISOString(),
      });
      return sendClaimed(request, reply, tools, options.broadcaster, draft, name, claimId);
    });

    // Delivery unknown and the key too old to send again: close the draft, and make a new one of the same content.
    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/broadcast/:id/redraft', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const draft = await findDraft(tools, request.params.id, leaseMs);
      if (!draft) return reply.code(404).send();
      const name = tools.session(request).operator.name;
      const now = tools.clock();
      const { lease, key } = cutoffs(now);
      // One statement: the draft is closed and its successor made together, or neither.
      const { rows } = await tools.db().query<{ id: number }>(
        `WITH closed AS (
           UPDATE broadcasts SET status = 'closed_unknown', closed_by = $2, closed_at = $3
           WHERE id = $1 AND COALESCE(first_attempt_at, created_at) <= $6
             AND ((status = 'sending' AND (claimed_at IS NULL OR claimed_at <= $5)) OR (status = 'failed' AND delivery_unknown))
           RETURNING id, text, kind, target)
         INSERT INTO broadcasts (text, retry_key, created_by, kind, target, replaces) SELECT text, $4, $2, kind, target, id FROM closed RETURNING id`,
        [draft.id, name, now, randomUUID(), lease, key],
      );
      const narrow = draft.kind === 'narrowcast';
      if (rows.length === 0) {
        const current = (await findDraft(tools, String(draft.id), leaseMs))!;
        await audit(tools.db(), name, narrow ? 'narrowcast_resend_refused' : 'broadcast_resend_refused', { id: draft.id, state: current.state.kind, redraft: true });
        return reply.redirect(`/admin/broadcast/${draft.id}?m=${encodeURIComponent(INTERRUPTED_WORDS.notResent)}`, 303);
      }
      const id = Number(rows[0]!.id);
      await audit(tools.db(), name, narrow ? 'narrowcast_redrafted' : 'broadcast_redrafted', { id, closed: draft.id, chars: [...draft.text].length });
      return reply.redirect(`/admin/broadcast/${id}`, 303);
    });
  };
}

/**
 * Sends a draft this request has claimed (claim `claimId`), with the draft's own retry key, and
 * records LINE's answer. An acceptance is recorded whatever happened meanwhile (it is a fact);
 * a failure only while the claim is still this one, so a send that outlived its lease cannot
 * overwrite what a later one found.
 */
async function sendClaimed(request: FastifyRequest, reply: FastifyReply, tools: ConsoleTools, broadcaster: LineBroadcaster, draft: Draft, name: string, claimId: string) {
  const narrow = draft.kind === 'narrowcast' && draft.target !== null;
  const messages = broadcastMessages(draft.text);
  const result = narrow ? await broadcaster.narrowcast(narrowcastRequest(messages, draft.target!), draft.retryKey) : await broadcaster.broadcast(messages, draft.retryKey);
  if (result.ok) {
    await tools
      .db()
      .query("UPDATE broadcasts SET status = 'sent', sent_by = $2, sent_at = $3, line_request_id = $4, error = NULL WHERE id = $1 AND status <> 'sent'", [
        draft.id,
        name,
        tools.clock(),
        result.requestId,
      ]);
    await audit(tools.db(), name, narrow ? 'narrowcast_sent' : 'broadcast_sent', { id: draft.id, lineRequestId: result.requestId, alreadyAccepted: result.alreadyAccepted });
    if (narrow) return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
    return reply.redirect(`/admin/broadcast?m=${encodeURIComponent(result.alreadyAccepted ? INTERRUPTED_WORDS.alreadyAccepted : '送信しました。')}`, 303);
  }
  const error = sendErrorText(result.status, result.message, result.details).slice(0, 600);
  await tools
    .db()
    .query("UPDATE broadcasts SET status = 'failed', error = $2, delivery_unknown = delivery_unknown OR $4 WHERE id = $1 AND status = 'sending' AND claim_id = $3", [
      draft.id,
      error,
      claimId,
      outcomeUnknown(result.status),
    ]);
  await audit(tools.db(), name, narrow ? 'narrowcast_failed' : 'broadcast_failed', { id: draft.id, status: result.status, lineRequestId: result.requestId });
  // LINE's words and the request ID help support; the token is only ever in the request's header.
  request.log.warn({ draft: draft.id, kind: draft.kind, status: result.status, lineRequestId: result.requestId, lineMessage: result.message, lineDetails: result.details }, 'LINE refused a send from the console');
  return reply.redirect(`/admin/broadcast/${draft.id}`, 303);
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

function toDraft(r: DraftRow, now: Date, leaseMs: number): Draft {
  const record = {
    status: r.status,
    createdAt: r.created_at,
    claimedAt: r.claimed_at,
    claimedBy: r.claimed_by,
    firstAttemptAt: r.first_attempt_at,
    deliveryUnknown: r.delivery_unknown === true,
  };
  return {
    ...record,
    state: sendState(record, now, leaseMs),
    replaces: r.replaces === null ? null : Number(r.replaces),
    replacedBy: null,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    id: Number(r.id),
    kind: r.kind === 'narrowcast' ? 'narrowcast' : 'broadcast',
    text: r.text,
    createdBy: r.created_by,
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

async function findDraft(tools: ConsoleTools, idText: string, leaseMs: number): Promise<Draft | null> {
  const id = Number(idText);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const { rows } = await tools.db().query<DraftRow & { replaced_by: number | string | null }>(
    'SELECT b.*, (SELECT min(n.id) FROM broadcasts n WHERE n.replaces = b.id) AS replaced_by FROM broadcasts b WHERE b.id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toDraft(row, tools.clock(), leaseMs), replacedBy: row.replaced_by === null ? null : Number(row.replaced_by) };
}

export { SafeHtml };
