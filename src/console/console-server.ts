import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import type { Logger } from '../logger.ts';
import type { StoreSlot } from '../store/store-slot.ts';
import type { SqlStore } from '../store/sql-store.ts';
import type { RecorderStats } from '../reports/recorder.ts';
import { isIsoDay, jstDay, shiftDay } from '../reports/jst-day.ts';
import { exportRows, feedbackReport, unansweredByWeek, unansweredTexts, weekReport } from '../reports/report-queries.ts';
import { CONSOLE_SECURITY_HEADERS, page, type NavContext, type SafeHtml } from './html.ts';
import { checkLogin, addOperator, listOperators, OperatorError, removeOperator } from './operators.ts';
import { createSession, csrfMatches, endSession, findSession, SESSION_HOURS, type Session } from './sessions.ts';
import { hasRole, type Role } from './roles.ts';
import { audit } from './audit.ts';
import { exportCsv } from './csv.ts';
import { listPageAssets, PUBLIC_DIR } from '../simulator/page-assets.ts';
import { weekPage } from './pages/week-page.ts';
import { auditPage, loginPage, messagePage, operatorsPage, unansweredPage } from './pages/other-pages.ts';
import { feedbackPage } from './pages/feedback-page.ts';

export interface ConsoleDeps {
  store: StoreSlot;
  clock: () => Date;
  logger: Logger;
  /** ADMIN_COOKIE_SECURE: mark the session cookie Secure. */
  cookieSecure: boolean;
  /** This process's recorder (lost records are shown), or null when nothing is recorded. */
  recorderStats: () => RecorderStats | null;
  /** STORE_UNANSWERED_TEXT */
  storeUnansweredText: boolean;
  /** The scenario's name for operators (from the reply content), or the ID. */
  scenarioLabel: (intent: string) => string;
  /** More pages (local warnings, broadcast), registered inside the authenticated scope. */
  extensions?: ((app: FastifyInstance, tools: ConsoleTools) => void | Promise<void>)[];
}

/** What an extension page needs from the console. */
export interface ConsoleTools {
  session(request: FastifyRequest): Session;
  db(): SqlStore;
  render(reply: FastifyReply, request: FastifyRequest, title: string, body: SafeHtml, options?: { status?: number; scripts?: string[]; modules?: string[]; styles?: string[] }): FastifyReply;
  requireRole(request: FastifyRequest, reply: FastifyReply, role: Role): boolean;
  clock: () => Date;
  scenarioLabel: (intent: string) => string;
}

export const SESSION_COOKIE = 'sg_session';
const LOGIN_COOKIE = 'sg_login';
const CHART_JS = join(import.meta.dirname, '..', '..', 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
const PUBLIC = join(import.meta.dirname, 'public');
const STATIC: Record<string, { file: string; type: string }> = {
  'console.css': { file: join(PUBLIC, 'console.css'), type: 'text/css; charset=utf-8' },
  'week-chart.js': { file: join(PUBLIC, 'week-chart.js'), type: 'text/javascript; charset=utf-8' },
  'feedback-chart.js': { file: join(PUBLIC, 'feedback-chart.js'), type: 'text/javascript; charset=utf-8' },
  'warning-preview.js': { file: join(PUBLIC, 'warning-preview.js'), type: 'text/javascript; charset=utf-8' },
  'chart.umd.js': { file: CHART_JS, type: 'text/javascript; charset=utf-8' },
};

/**
 * The operator console: a Fastify instance of its own (its own listener, ADMIN_HOST:ADMIN_PORT),
 * everything under /admin/. Without a session every page redirects to the log-in form and
 * every other request answers 401; every POST carries the session's CSRF token (403 without).
 */
export async function buildConsole(deps: ConsoleDeps): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: deps.logger.child({ console: true }) as FastifyBaseLogger, bodyLimit: 64 * 1024, logController: new LogController({ disableRequestLogging: true }) });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  const sessions = new WeakMap<FastifyRequest, Session>();
  const loginThrottle = createLoginThrottle();
  const staticFiles = new Map<string, Buffer>();

  const cookieOptions = { path: '/admin', httpOnly: true, sameSite: 'strict' as const, secure: deps.cookieSecure };
  const db = (): SqlStore => {
    const store = deps.store.get();
    if (!store) throw new StoreUnavailable();
    return store;
  };
  const navOf = (request: FastifyRequest): NavContext => {
    const s = sessions.get(request);
    return {
      operator: s ? { name: s.operator.name, role: s.operator.role } : null,
      csrfToken: s?.csrfToken ?? null,
      current: request.url.split('?')[0]!,
      canEdit: s ? hasRole(s.operator.role, 'editor') : false,
      isAdmin: s ? hasRole(s.operator.role, 'admin') : false,
    };
  };
  const render: ConsoleTools['render'] = (reply, request, title, body, options = {}) =>
    reply
      .code(options.status ?? 200)
      .headers(CONSOLE_SECURITY_HEADERS)
      .type('text/html; charset=utf-8')
      .send(page(title, body, navOf(request), { scripts: options.scripts, modules: options.modules, styles: options.styles }));
  const requireRole: ConsoleTools['requireRole'] = (request, reply, role) => {
    const s = sessions.get(request);
    if (s && hasRole(s.operator.role, role)) return true;
    render(reply, request, '権限がありません', messagePage('この操作には、より上の役割のアカウントが必要です。'), { status: 403 });
    return false;
  };
  const session = (request: FastifyRequest): Session => {
    const s = sessions.get(request);
    if (!s) throw new Error('no session');
    return s;
  };

  class StoreUnavailable extends Error {}
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof StoreUnavailable) {
      const lost = deps.recorderStats()?.lost ?? 0;
      const note = lost > 0 ? `ボットは答え続けていますが、このサーバーが記録できなかった件数は ${lost}件 です。` : 'ボットは答え続けています。';
      return render(reply, request, 'データベースに接続できません', messagePage(`${note}しばらくしてから開き直してください。${deps.store.problem() ? '（サーバーの記録に理由があります）' : ''}`), { status: 503 });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return render(reply, request, 'リクエストが正しくありません', messagePage('入力を確かめてください。'), { status });
    request.log.error({ err: err instanceof Error ? err.message : String(err) }, 'console error');
    return render(reply, request, 'エラー', messagePage('処理できませんでした。もう一度お試しください。'), { status: 500 });
  });

  app.get('/', (_request, reply) => reply.redirect('/admin/', 303));
  app.get('/admin', (_request, reply) => reply.redirect('/admin/', 303));
  // The simulator's flex renderer (its own files, by a fixed list) draws the local-warning preview.
  const simulatorAssets = listPageAssets();
  app.get<{ Params: { name: string } }>('/admin/static/sim/:name', (request, reply) => {
    const type = simulatorAssets.get(request.params.name);
    if (!type || !/\.(js|css)$/.test(request.params.name)) return reply.code(404).send('not found');
    return reply.headers({ ...CONSOLE_SECURITY_HEADERS, 'cache-control': 'private, max-age=300' }).type(type).send(readFileSync(join(PUBLIC_DIR, request.params.name)));
  });
  app.get<{ Params: { name: string } }>('/admin/static/:name', (request, reply) => {
    const asset = STATIC[request.params.name];
    if (!asset) return reply.code(404).send('not found');
    let body = staticFiles.get(request.params.name);
    if (!body) {
      body = readFileSync(asset.file);
      staticFiles.set(request.params.name, body);
    }
    return reply.headers({ ...CONSOLE_SECURITY_HEADERS, 'cache-control': 'private, max-age=300' }).type(asset.type).send(body);
  });

  // --- log-in (a double-submit nonce stands in for the session's CSRF token before there is a session)
  app.get<{ Querystring: { m?: string } }>('/admin/login', (request, reply) => {
    const nonce = randomBytes(24).toString('base64url');
    reply.setCookie(LOGIN_COOKIE, nonce, { ...cookieOptions, maxAge: 3600 });
    const messages: Record<string, string> = { locked: 'ログインを続けて間違えたため、しばらくログインできません。15分ほどしてからお試しください。', invalid: 'アカウント名かパスワードが違います。', expired: 'ログインし直してください。' };
    return render(reply, request, 'ログイン', loginPage(nonce, messages[request.query.m ?? ''] ?? null));
  });
  app.post<{ Body: Record<string, unknown> }>('/admin/login', async (request, reply) => {
    const body = request.body ?? {};
    if (loginThrottle.blocked(request.ip)) {
      return render(reply, request, 'しばらくお待ちください', messagePage('この端末からのログインの失敗が続いたため、15分ほど受け付けません。'), { status: 429 });
    }
    if (!csrfMatches(body['_login'], request.cookies[LOGIN_COOKIE] ?? '')) {
      return render(reply, request, '送信できませんでした', messagePage('ページを開き直してから、もう一度ログインしてください。', { href: '/admin/login', label: 'ログイン画面へ' }), { status: 403 });
    }
    const name = typeof body['name'] === 'string' ? body['name'].trim() : '';
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    if (!name || !password || name.length > 64 || password.length > 200) return reply.redirect('/admin/login?m=invalid', 303);
    const store = db();
    const result = await checkLogin(store, name, password, deps.clock());
    if (!result.ok) {
      loginThrottle.failed(request.ip);
      return reply.redirect(`/admin/login?m=${result.reason}`, 303);
    }
    const { token } = await createSession(store, result.operator, deps.clock());
    await audit(store, result.operator.name, 'login');
    reply.clearCookie(LOGIN_COOKIE, cookieOptions);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
    return reply.redirect('/admin/', 303);
  });

  // --- everything else needs a session
  await app.register(async (scope) => {
    scope.addHook('preHandler', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      const found = token ? await findSession(db(), token, deps.clock()) : null;
      if (!found) {
        if (request.method === 'GET' && !request.url.startsWith('/admin/export.csv')) return reply.redirect('/admin/login', 303);
        return reply.code(401).headers(CONSOLE_SECURITY_HEADERS).type('text/plain; charset=utf-8').send('ログインが必要です。');
      }
      sessions.set(request, found);
      if (request.method === 'POST') {
        const submitted = (request.body as Record<string, unknown> | undefined)?.['_csrf'];
        if (!csrfMatches(submitted, found.csrfToken)) {
          return render(reply, request, '送信できませんでした', messagePage('ページを開き直してから、もう一度操作してください（確認用の番号が合いません）。'), { status: 403 });
        }
      }
    });

    scope.post('/admin/logout', async (request, reply) => {
      const s = session(request);
      await endSession(db(), s);
      await audit(db(), s.operator.name, 'logout');
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.redirect('/admin/login', 303);
    });

    scope.get('/admin/', async (request, reply) => {
      const report = await weekReport(db(), jstDay(deps.clock()));
      const body = weekPage(report, deps.scenarioLabel, deps.recorderStats(), deps.store.problem(), hasRole(session(request).operator.role, 'editor'));
      return render(reply, request, 'この7日間の相談', body, { scripts: ['/admin/static/chart.umd.js', '/admin/static/week-chart.js'] });
    });

    scope.get('/admin/feedback', async (request, reply) => {
      const data = await feedbackReport(db(), jstDay(deps.clock()), 8);
      return render(reply, request, '役に立ったか', feedbackPage(data, deps.scenarioLabel), { scripts: ['/admin/static/chart.umd.js', '/admin/static/feedback-chart.js'] });
    });

    scope.get('/admin/unanswered', async (request, reply) => {
      const weeks = await unansweredByWeek(db(), jstDay(deps.clock()), 8);
      const editor = hasRole(session(request).operator.role, 'editor');
      const mode = !deps.storeUnansweredText ? 'off' : editor ? 'shown' : 'hidden';
      const texts = mode === 'shown' ? await unansweredTexts(db(), deps.clock()) : null;
      return render(reply, request, 'ボットが答えられなかった質問', unansweredPage(weeks, texts, mode, deps.scenarioLabel));
    });

    scope.get<{ Querystring: { from?: string; to?: string } }>('/admin/export.csv', async (request, reply) => {
      const today = jstDay(deps.clock());
      const from = request.query.from ?? shiftDay(today, -6);
      const to = request.query.to ?? today;
      if (!isIsoDay(from) || !isIsoDay(to) || from > to || shiftDay(from, 366) < to) {
        return reply.code(400).type('text/plain; charset=utf-8').send('from と to は YYYY-MM-DD の日付で、from ≤ to、1年以内にしてください。');
      }
      const rows = await exportRows(db(), from, to);
      await audit(db(), session(request).operator.name, 'export', { from, to, rows: rows.length });
      return reply
        .headers({ ...CONSOLE_SECURITY_HEADERS, 'content-disposition': `attachment; filename="reports-${from}-${to}.csv"` })
        .type('text/csv; charset=utf-8')
        .send(exportCsv(rows, deps.scenarioLabel));
    });

    scope.get<{ Querystring: { m?: string } }>('/admin/operators', async (request, reply) => {
      if (!requireRole(request, reply, 'admin')) return reply;
      const s = session(request);
      return render(reply, request, 'アカウント', operatorsPage(await listOperators(db()), s.csrfToken, request.query.m ?? null, s.operator.name));
    });
    scope.post<{ Body: Record<string, string> }>('/admin/operators', async (request, reply) => {
      if (!requireRole(request, reply, 'admin')) return reply;
      const { name = '', role = '', password = '' } = request.body ?? {};
      try {
        await addOperator(db(), name.trim(), role, password, session(request).operator.name);
        return reply.redirect(`/admin/operators?m=${encodeURIComponent(`「${name.trim()}」を追加しました。`)}`, 303);
      } catch (err) {
        if (err instanceof OperatorError) return reply.redirect(`/admin/operators?m=${encodeURIComponent(err.message)}`, 303);
        throw err;
      }
    });
    scope.post<{ Body: Record<string, string> }>('/admin/operators/remove', async (request, reply) => {
      if (!requireRole(request, reply, 'admin')) return reply;
      const name = request.body?.['name'] ?? '';
      if (name === session(request).operator.name) return reply.redirect('/admin/operators', 303);
      await removeOperator(db(), name, session(request).operator.name);
      return reply.redirect(`/admin/operators?m=${encodeURIComponent(`「${name}」を削除しました。`)}`, 303);
    });

    scope.get('/admin/audit', async (request, reply) => {
      if (!requireRole(request, reply, 'admin')) return reply;
      const { rows } = await db().query<{ at: Date; operator: string | null; action: string; detail: unknown }>(
        'SELECT at, operator, action, detail FROM audit_log ORDER BY id DESC LIMIT 500',
      );
      return render(reply, request, '操作記録', auditPage(rows));
    });

    const tools: ConsoleTools = { session, db, render, requireRole, clock: deps.clock, scenarioLabel: deps.scenarioLabel };
    for (const extend of deps.extensions ?? []) await extend(scope, tools);
  });
  return app;
}

/** Failed log-ins from one address within the window that make it wait (besides the per-account lock-out, which guessing across many names would not reach). */
export const MAX_FAILED_LOGINS_PER_ADDRESS = 20;
const ADDRESS_WINDOW_MS = 15 * 60_000;

function createLoginThrottle() {
  const failures = new Map<string, { count: number; since: number }>();
  return {
    blocked(ip: string): boolean {
      const entry = failures.get(ip);
      if (!entry) return false;
      if (Date.now() - entry.since > ADDRESS_WINDOW_MS) {
        failures.delete(ip);
        return false;
      }
      return entry.count >= MAX_FAILED_LOGINS_PER_ADDRESS;
    },
    failed(ip: string): void {
      const entry = failures.get(ip);
      if (entry && Date.now() - entry.since <= ADDRESS_WINDOW_MS) entry.count++;
      else {
        if (failures.size >= 10_000) failures.clear();
        failures.set(ip, { count: 1, since: Date.now() });
      }
    },
  };
}
