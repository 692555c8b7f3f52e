import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildConsole } from '../../src/console/console-server.ts';
import { addOperator } from '../../src/console/operators.ts';
import { captureLogger } from '../support/log-capture.ts';
import { ConsoleClient } from '../support/console-client.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/test-store.ts';
import { dumpAllTables } from '../support/dump-tables.ts';
import { bareConsole } from '../support/console-stack.ts';
import { TEST_ACCOUNT } from '../support/test-operators.ts';

const NOW = new Date('2026-12-07T10:00:00+09:00');
const PASSWORD = 'a long enough password';

describe.each(STORE_KINDS)('console access (%s)', (kind) => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestStore(kind);
    await addOperator(t.store, 'admin1', 'admin', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'viewer1', 'viewer', PASSWORD, null, TEST_ACCOUNT);
    await addOperator(t.store, 'locky', 'editor', PASSWORD, null, TEST_ACCOUNT);
    app = await bareConsole(t.store, NOW);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('without a session, pages redirect to the log-in form and everything else answers 401', async () => {
    const anon = new ConsoleClient(app);
    for (const url of ['/admin/', '/admin/feedback', '/admin/unanswered', '/admin/operators', '/admin/audit']) {
      const res = await anon.get(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe('/admin/login');
    }
    expect((await anon.get('/admin/export.csv?from=2026-12-01&to=2026-12-07')).statusCode).toBe(401);
    for (const url of ['/admin/operators', '/admin/logout']) {
      expect((await anon.post(url, { _csrf: 'x' })).statusCode, url).toBe(401);
    }
  });

  it('a forged session cookie is no session', async () => {
    const forged = new ConsoleClient(app);
    forged.cookies.set('sg_session', 'A'.repeat(43));
    expect((await forged.get('/admin/')).statusCode).toBe(303);
  });

  it('logs in with a Secure, HttpOnly, SameSite=Strict session cookie whose token is stored only hashed', async () => {
    const c = new ConsoleClient(app);
    const res = await c.login('admin1', PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/');
    const cookie = [res.headers['set-cookie']].flat().find((s) => s?.startsWith('sg_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\/admin/);
    const page = await c.get('/admin/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const { text } = await dumpAllTables(t.store);
    expect(text).not.toContain(c.cookies.get('sg_session'));
    expect(text).not.toContain(PASSWORD);
  });

  it('refuses a log-in without the form’s nonce (403)', async () => {
    const c = new ConsoleClient(app);
    const res = await c.post('/admin/login', { name: 'admin1', password: PASSWORD });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a POST with a missing or forged CSRF token (403) and accepts the session’s own', async () => {
    const c = new ConsoleClient(app);
    await c.login('admin1', PASSWORD);
    const form = { name: 'newop', role: 'viewer', password: 'another long password' };
    expect((await c.post('/admin/operators', form)).statusCode).toBe(403);
    expect((await c.post('/admin/operators', { ...form, _csrf: 'forged-token-forged-token-forged-token-123' })).statusCode).toBe(403);
    // Another session's token is not this session's.
    const other = new ConsoleClient(app);
    await other.login('viewer1', PASSWORD);
    expect((await c.post('/admin/operators', { ...form, _csrf: await other.csrf() })).statusCode).toBe(403);
    const ok = await c.post('/admin/operators', { ...form, _csrf: await c.csrf() });
    expect(ok.statusCode).toBe(303);
    expect((await c.get('/admin/operators')).body).toContain('newop');
  });

  it('a viewer cannot manage accounts or read the audit log', async () => {
    const c = new ConsoleClient(app);
    await c.login('viewer1', PASSWORD);
    expect((await c.get('/admin/operators')).statusCode).toBe(403);
    expect((await c.get('/admin/audit')).statusCode).toBe(403);
    expect((await c.post('/admin/operators', { name: 'x', role: 'admin', password: 'another long password', _csrf: await c.csrf() })).statusCode).toBe(403);
  });

  it('locks an account after five failures in a row, even for the right password, and logs it', async () => {
    const c = new ConsoleClient(app);
    for (let i = 0; i < 5; i++) await c.login('locky', 'wrong password!!');
    const res = await c.login('locky', PASSWORD);
    expect(res.headers.location).toBe('/admin/login?m=locked');
    expect((await c.get('/admin/login?m=locked')).body).toContain('しばらくログインできません');
    const { rows } = await t.store.query<{ action: string }>("SELECT action FROM audit_log WHERE operator = 'locky' ORDER BY id");
    expect(rows.map((r) => r.action)).toContain('login_locked');
  });

  // The address throttle is kept in memory, not in the store: one store kind is enough (each failed log-in costs a scrypt).
  it.runIf(kind === STORE_KINDS[0])('makes an address wait after 20 failed log-ins, whatever the names (429)', async () => {
    const c = new ConsoleClient(app);
    const other = { remoteAddress: '192.0.2.7' };
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const form = await app.inject({ method: 'GET', url: '/admin/login', ...other });
      const nonce = /name="_login" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
      const cookie = String([form.headers['set-cookie']].flat()[0]).split(';')[0];
      const res = await app.inject({
        method: 'POST', url: '/admin/login', ...other,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _login: nonce, name: `nobody${i}`, password: 'wrong password!!' }).toString(),
      });
      last = res.statusCode;
    }
    expect(last).toBe(429);
    // another address is not affected
    expect((await c.login('admin1', PASSWORD)).statusCode).toBe(303);
  }, 120_000); // 21 unknown names, each checked against the decoy hash at full cost (~0.1-0.2 s of CPU): over 30 s at a load average of 17

  it('while the store is down, says so (503) with the count of records this server could not write', async () => {
    const down = await buildConsole({
      store: { get: () => null, problem: () => 'connect ECONNREFUSED', close: async () => undefined },
      clock: () => NOW,
      logger: captureLogger('warn').logger,
      cookieSecure: true,
      recorderStats: () => ({ recorded: 10, lost: 42, buffered: 0, lastError: 'x', lastErrorAt: NOW }),
      storeUnansweredText: false,
      scenarioLabel: (id) => id,
    });
    const someone = new ConsoleClient(down);
    someone.cookies.set('sg_session', 'A'.repeat(43));
    const res = await someone.get('/admin/');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('記録できなかった件数は 42件');
    await down.close();
  });

  it('logs out: the session no longer opens pages', async () => {
    const c = new ConsoleClient(app);
    await c.login('admin1', PASSWORD);
    const token = c.cookies.get('sg_session')!;
    expect((await c.post('/admin/logout', { _csrf: await c.csrf() })).statusCode).toBe(303);
    c.cookies.set('sg_session', token);
    expect((await c.get('/admin/')).statusCode).toBe(303);
  });
});
