/**
 * Server-rendered HTML for the console: every value goes through {@link html}'s escaping; no
 * inline script or style (the CSP forbids both), plain forms, Japanese labels.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup that is already safe (built by {@link html}). */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Tagged template: interpolated values are escaped unless they are SafeHtml (or arrays of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(v);
}

/** The console's security headers: only this server's scripts and styles, no framing, no caching. */
export const CONSOLE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface NavContext {
  operator: { name: string; role: string } | null;
  csrfToken: string | null;
  current: string;
  canEdit: boolean;
  isAdmin: boolean;
}

const NAV: { path: string; label: string; need: 'viewer' | 'editor' | 'admin' }[] = [
  { path: '/admin/', label: '今週', need: 'viewer' },
  { path: '/admin/feedback', label: '役に立ったか', need: 'viewer' },
  { path: '/admin/unanswered', label: '答えられなかった質問', need: 'viewer' },
  { path: '/admin/warnings', label: '地域の注意喚起', need: 'viewer' },
  { path: '/admin/broadcast', label: '一斉送信', need: 'editor' },
  { path: '/admin/operators', label: 'アカウント', need: 'admin' },
  { path: '/admin/audit', label: '操作記録', need: 'admin' },
];

/** The whole page around `body`. */
export function page(title: string, body: SafeHtml, nav: NavContext | null, options: { scripts?: string[]; modules?: string[]; styles?: string[] } = {}): string {
  const links = nav?.operator
    ? NAV.filter((n) => n.need === 'viewer' || (n.need === 'editor' && nav.canEdit) || (n.need === 'admin' && nav.isAdmin)).map(
        (n) => html`<li><a href="${n.path}"${n.path === nav.current ? new SafeHtml(' aria-current="page"') : ''}>${n.label}</a></li>`,
      )
    : [];
  const header = nav?.operator
    ? html`<header class="top"><p class="brand">マイナンバー詐欺 相談ボット 管理画面</p>
<nav aria-label="メニュー"><ul>${links}</ul></nav>
<form method="post" action="/admin/logout" class="logout"><input type="hidden" name="_csrf" value="${nav.csrfToken}">
<span>${nav.operator.name}（${nav.operator.role}）</span> <button type="submit">ログアウト</button></form></header>`
    : html`<header class="top"><p class="brand">マイナンバー詐欺 相談ボット 管理画面</p></header>`;
  const scripts = [
    ...(options.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}">`),
    ...(options.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`),
    ...(options.modules ?? []).map((s) => html`<script type="module" src="${s}"></script>`),
  ];
  return html`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — 管理画面</title><link rel="stylesheet" href="/admin/static/console.css">${scripts}</head>
<body><a class="skip" href="#main">本文へ移動</a>${header}<main id="main"><h1>${title}</h1>${body}</main></body></html>`.value;
}

/** A hidden CSRF field for a form of this session. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

/** 1,234 */
export function num(n: number): string {
  return n.toLocaleString('ja-JP');
}

/** 12月7日(月) of a YYYY-MM-DD day. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = '日月火水木金土'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${m}月${d}日(${weekday})`;
}

/** 12月1日〜7日, or 11月30日〜12月6日 across a month (a 7-day block, no weekdays: short enough for a narrow table). */
export function rangeLabel(from: string, to: string): string {
  const [, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [, tm, td] = to.split('-').map(Number) as [number, number, number];
  return fm === tm ? `${fm}月${fd}日〜${td}日` : `${fm}月${fd}日〜${tm}月${td}日`;
}

/** A day's column header: 12月7日 with (月) on a line of its own, so seven days fit side by side (its text is still 12月7日(月)). */
export function dayHeader(day: string): SafeHtml {
  const label = dayLabel(day);
  const i = label.indexOf('(');
  return html`${label.slice(0, i)}<span class="wd">${label.slice(i)}</span>`;
}

/** {@link rangeLabel} for a table's row header: it may break only after 〜 (10月27日〜 / 11月2日). */
export function rangeHeader(from: string, to: string): SafeHtml {
  const [start, end] = rangeLabel(from, to).split('〜') as [string, string];
  return html`<span class="nw">${start}〜</span><span class="nw">${end}</span>`;
}
