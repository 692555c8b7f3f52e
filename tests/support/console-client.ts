import type { FastifyInstance } from 'fastify';

/** A cookie-keeping client for the console through `inject` (no listener needed). */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  readonly app: FastifyInstance;
  constructor(app: FastifyInstance) {
    this.app = app;
  }

  private keep(setCookie: string | string[] | undefined): void {
    for (const c of [setCookie ?? []].flat()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.header() } });
    this.keep(res.headers['set-cookie']);
    return res;
  }

  async post(url: string, form: Record<string, string>) {
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });
    this.keep(res.headers['set-cookie']);
    return res;
  }

  /** Logs in through the form; returns the log-in POST's response. */
  async login(name: string, password: string) {
    const form = await this.get('/admin/login');
    const nonce = /name="_login" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    return this.post('/admin/login', { _login: nonce, name, password });
  }

  /** The CSRF token of the current session, read from a page's form. */
  async csrf(): Promise<string> {
    const res = await this.get('/admin/');
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (!token) throw new Error(`no CSRF token on the page (status ${res.statusCode})`);
    return token;
  }
}

/** The numbers of a table row (`<tr data-intent="…">`) of a page, as numbers. */
export function rowNumbers(pageHtml: string, intent: string): number[] {
  const row = new RegExp(`<tr data-intent="${intent.replace(/\./g, '\\.')}"[^>]*>(.*?)</tr>`, 's').exec(pageHtml)?.[1];
  if (!row) return [];
  return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => Number(m[1]));
}
