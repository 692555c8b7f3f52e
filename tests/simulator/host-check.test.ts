import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../support/test-runtime.ts';
import { buildSimulatorApp, type SimulatorApp } from './simulator-app.ts';

/** Issue #17 item 8: a page on a rebound domain (attacker.example → 127.0.0.1) must not reach the simulator. */
describe('simulator Host check (DNS rebinding)', () => {
  let sim: SimulatorApp;
  beforeAll(async () => {
    sim = await buildSimulatorApp({ runtime: await testRuntime(), env: { BOT_NOW: '2026-11-24T14:00:00+09:00' } });
  });
  afterAll(() => sim.close());

  const get = (url: string, host: string) => sim.app.server.inject({ method: 'GET', url, headers: { host } });

  it.each(['attacker.example', 'attacker.example:3000', 'localhost.attacker.example', '127.0.0.1.nip.io:3000', '192.168.1.20:3000'])(
    'refuses Host %s with 403 and a short message in Japanese and English',
    async (host) => {
      for (const url of ['/', '/simulator/api/status', '/simulator/app.js']) {
        const res = await get(url, host);
        expect(res.statusCode, `${host} ${url}`).toBe(403);
        expect(res.body).toContain('localhost');
        expect(res.body).toMatch(/開けません/);
        expect(res.body).toMatch(/Forbidden/);
        expect(res.body.length).toBeLessThan(300);
      }
      const post = await sim.app.server.inject({ method: 'POST', url: '/simulator/api/events', headers: { host }, payload: { type: 'text', text: 'テスト' } });
      expect(post.statusCode).toBe(403);
    },
  );

  it.each(['localhost:3000', 'localhost', '127.0.0.1:41234', '[::1]:3000', 'LOCALHOST:3000'])('answers Host %s (loopback)', async (host) => {
    const res = await get('/simulator/api/status', host);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ready: true });
  });

  it('answers any Host when SIMULATOR_HOST opens it to every network (0.0.0.0)', async () => {
    const open = await buildSimulatorApp({ runtime: await testRuntime(), env: { SIMULATOR_HOST: '0.0.0.0' } });
    try {
      expect((await open.app.server.inject({ method: 'GET', url: '/simulator/api/status', headers: { host: '192.168.1.20:3000' } })).statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('with SIMULATOR_HOST set to one address, answers that address and loopback, nothing else', async () => {
    const lan = await buildSimulatorApp({ runtime: await testRuntime(), env: { SIMULATOR_HOST: '192.168.1.20' } });
    try {
      const status = (host: string) => lan.app.server.inject({ method: 'GET', url: '/simulator/api/status', headers: { host } }).then((r) => r.statusCode);
      expect(await status('192.168.1.20:3000')).toBe(200);
      expect(await status('localhost:3000')).toBe(200);
      expect(await status('attacker.example:3000')).toBe(403);
    } finally {
      await lan.close();
    }
  });

  it('leaves the health checks alone (a container probe may use any name)', async () => {
    expect((await get('/healthz', 'bot.internal:3000')).statusCode).toBe(200);
  });
});
