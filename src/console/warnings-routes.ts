import type { FastifyInstance } from 'fastify';
import type { ConsoleTools } from './console-server.ts';
import { createWarning, recentWarnings, withdrawWarning } from '../reports/local-warnings-store.ts';
import { MAX_LOCAL_WARNING_CHARS } from '../local-warnings/local-warning.ts';
import { isIsoDay, jstDay, shiftDay } from '../reports/jst-day.ts';
import { hasRole } from './roles.ts';
import { audit } from './audit.ts';
import { warningForm, warningsPage, type WarningDraft } from './pages/warnings-page.ts';

export interface WarningRoutesOptions {
  /** The intents a warning can be tied to. */
  scenarios: readonly string[];
  /** data/replies/texts.yaml localWarning: the heading residents see, and the draft template. */
  texts: () => { heading: string; draft: string } | null;
  /** Called after a change so the bot reads it at once (WarningsRefresher.refreshNow). */
  changed: () => Promise<void> | void;
  /** The reply for a scenario with a draft warning in force (console/warning-preview.ts), for the preview. */
  preview?: (intent: string, text: string) => readonly object[] | null;
}

/** The instant a warning whose last day is `day` (Japan time) stops: the next midnight in Japan. */
export function endOfJstDay(day: string): Date {
  return new Date(`${shiftDay(day, 1)}T00:00:00+09:00`);
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** Local warnings: everyone sees the list; editors write and withdraw them (audit-logged). */
export function warningRoutes(options: WarningRoutesOptions) {
  return (app: FastifyInstance, tools: ConsoleTools) => {
    const heading = () => options.texts()?.heading ?? '';
    app.get<{ Querystring: { m?: string } }>('/admin/warnings', async (request, reply) => {
      const s = tools.session(request);
      const rows = await recentWarnings(tools.db());
      return tools.render(reply, request, '地域の注意喚起', warningsPage(rows, tools.clock(), hasRole(s.operator.role, 'editor'), s.csrfToken, tools.scenarioLabel, request.query.m ?? null));
    });

    app.get<{ Querystring: { intent?: string; text?: string; intents?: string | string[]; expires?: string } }>('/admin/warnings/new', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const today = jstDay(tools.clock());
      const q = request.query;
      let draft: WarningDraft;
      if (typeof q.text === 'string') {
        // 「見え方を確かめる」: the form as typed, with the real reply for its first scenario.
        draft = {
          text: q.text.replace(/\r\n/g, '\n').trim().slice(0, MAX_LOCAL_WARNING_CHARS),
          intents: list(q.intents).filter((i) => options.scenarios.includes(i)),
          expires: typeof q.expires === 'string' && isIsoDay(q.expires) ? q.expires : shiftDay(today, 13),
        };
      } else {
        const intent = q.intent && options.scenarios.includes(q.intent) ? q.intent : null;
        const [, m, d] = today.split('-').map(Number);
        const template = options.texts()?.draft ?? '';
        const text = intent ? template.replace('{scenario}', tools.scenarioLabel(intent)).replace('{date}', `${m}月${d}日`) : '';
        draft = { text, intents: intent ? [intent] : [], expires: shiftDay(today, 13) };
      }
      const preview = draft.text && draft.intents[0] && options.preview ? options.preview(draft.intents[0], draft.text) : null;
      const body = warningForm(draft, [...options.scenarios], tools.scenarioLabel, tools.session(request).csrfToken, heading(), null, preview);
      return tools.render(reply, request, '注意喚起を書く', body, preview ? { modules: ['/admin/static/warning-preview.js'], styles: ['/admin/static/sim/flex.css'] } : {});
    });

    app.post<{ Body: Record<string, unknown> }>('/admin/warnings', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const body = request.body ?? {};
      const text = typeof body['text'] === 'string' ? body['text'].replace(/\r\n/g, '\n').trim() : '';
      const intents = [...new Set(list(body['intents']))];
      const expires = typeof body['expires'] === 'string' ? body['expires'] : '';
      const today = jstDay(tools.clock());
      const draft: WarningDraft = { text, intents, expires };
      const problem =
        text.length === 0
          ? '文面を書いてください。'
          : [...text].length > MAX_LOCAL_WARNING_CHARS
            ? `文面は${MAX_LOCAL_WARNING_CHARS}文字までです。`
            : intents.length === 0 || !intents.every((i) => options.scenarios.includes(i))
              ? '表示する相談の内容を1つ以上選んでください。'
              : !isIsoDay(expires) || expires < today || expires > shiftDay(today, 90)
                ? '最後の日は、今日から90日以内の日付にしてください。'
                : null;
      const s = tools.session(request);
      if (problem) return tools.render(reply, request, '注意喚起を書く', warningForm(draft, [...options.scenarios], tools.scenarioLabel, s.csrfToken, heading(), problem), { status: 400 });
      const id = await createWarning(tools.db(), { text, intents, expiresAt: endOfJstDay(expires), createdBy: s.operator.name });
      await audit(tools.db(), s.operator.name, 'warning_created', { id, intents, expires, text });
      await options.changed();
      return reply.redirect(`/admin/warnings?m=${encodeURIComponent('保存しました。次の答えから表示されます。')}`, 303);
    });

    app.post<{ Params: { id: string } }>('/admin/warnings/:id/withdraw', async (request, reply) => {
      if (!tools.requireRole(request, reply, 'editor')) return reply;
      const id = Number(request.params.id);
      if (!Number.isSafeInteger(id) || id <= 0) return reply.code(404).send();
      const done = await withdrawWarning(tools.db(), id, tools.clock());
      if (done) await audit(tools.db(), tools.session(request).operator.name, 'warning_withdrawn', { id });
      await options.changed();
      return reply.redirect(`/admin/warnings?m=${encodeURIComponent(done ? '取り下げました。' : 'すでに取り下げられています。')}`, 303);
    });
  };
}
