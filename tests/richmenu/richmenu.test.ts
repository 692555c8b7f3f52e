import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/richmenu.ts';
import { decide } from '../../src/decide/decide.ts';
import { parsePostback } from '../../src/postback/postback.ts';
import { MAX_IMAGE_BYTES, renderPng } from '../../src/richmenu/render-image.ts';
import { RICHMENU_DIR, RICHMENU_IMAGE, loadRichMenu } from '../../src/richmenu/load-richmenu.ts';
import { RICHMENU_SIZE, richMenuRequest } from '../../src/richmenu/richmenu-definition.ts';
import { richMenuSvg } from '../../src/richmenu/richmenu-svg.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { AT, knowledge, postbackEvent } from '../replies/fixtures.ts';

const menu = loadRichMenu(DATA_DIR, knowledge().replies);
const request = richMenuRequest(menu);
const png = readFileSync(join(DATA_DIR, RICHMENU_DIR, RICHMENU_IMAGE));

describe('rich menu image', () => {
  it('is a PNG of 2500×1686 within LINE\'s 1 MB', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(RICHMENU_SIZE);
    expect(png.length).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
  });

  it('is current: drawing data/richmenu/richmenu.yaml again gives the committed file (else run npm run build:richmenu)', () => {
    expect(renderPng(richMenuSvg(menu)).equals(png)).toBe(true);
  });
});

describe('rich menu definition', () => {
  it('has six tiles in a 3×2 grid that cover the image exactly', () => {
    const areas = request.areas ?? [];
    expect(areas).toHaveLength(6);
    const covered = areas.reduce((sum, a) => sum + (a.bounds?.width ?? 0) * (a.bounds?.height ?? 0), 0);
    expect(covered).toBe(RICHMENU_SIZE.width * RICHMENU_SIZE.height);
    expect(new Set(areas.map((a) => `${a.bounds?.x},${a.bounds?.y}`)).size).toBe(6);
  });

  it('offers the six common topics, each a postback the bot answers (not the "old button" menu)', () => {
    const shown = (request.areas ?? []).map((a) => (a.action as { displayText?: string }).displayText);
    expect(shown).toEqual(['詐欺かも？', '相談窓口', 'カードをなくした', 'よくある質問', '転送のしかた', '使い方']);
    for (const area of request.areas ?? []) {
      const data = (area.action as { data: string }).data;
      expect(parsePostback(data), data).not.toBeNull();
      const d = decide({ incoming: postbackEvent(data, AT.weekdayAfternoon), classification: null, now: AT.weekdayAfternoon, knowledge: knowledge() });
      expect(d, data).not.toEqual({ kind: 'menu', menuId: 'main', reason: 'unknown_postback' });
    }
  });

  if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);
  it.skipIf(!openApiAvailable())('validates against RichMenuRequest', () => {
    expect(validateSchema('RichMenuRequest', request)).toBeNull();
    expect(validateSchema('RichMenuRequest', { ...request, chatBarText: 'x'.repeat(15) })).not.toBeNull();
  });
});

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('npm run richmenu -- deploy', () => {
  const requests: Recorded[] = [];
  let baseUrl = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.setHeader('content-type', 'application/json');
      res.end(req.url === '/v2/bot/richmenu' ? JSON.stringify({ richMenuId: 'richmenu-0123456789abcdef' }) : '{}');
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('creates the menu, uploads the image and sets it as the default, in that order', async () => {
    const out: string[] = [];
    const env = { LINE_CHANNEL_ACCESS_TOKEN: 'test-token', LINE_CHANNEL_SECRET: 'test-secret', LINE_API_BASE_URL: baseUrl };
    const code = await main(['deploy'], { env, out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code, out.join('\n')).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/bot/richmenu',
      'POST /v2/bot/richmenu/richmenu-0123456789abcdef/content',
      'POST /v2/bot/user/all/richmenu/richmenu-0123456789abcdef',
    ]);
    for (const r of requests) expect(r.headers.authorization).toBe('Bearer test-token');
    expect(JSON.parse(requests[0]!.body.toString('utf8'))).toEqual(request);
    expect(requests[1]!.headers['content-type']).toBe('image/png');
    expect(requests[1]!.body.equals(png)).toBe(true);
    expect(out.join('\n')).toContain('richmenu-0123456789abcdef');
  });

  it('refuses to deploy without LINE credentials', async () => {
    const err: string[] = [];
    const code = await main(['deploy'], { env: { LINE_API_BASE_URL: baseUrl }, out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/LINE_CHANNEL_ACCESS_TOKEN/);
  });

  it('reports a LINE error instead of crashing', async () => {
    const failing = createServer((_req, res) => {
      res.statusCode = 400;
      res.end('{"message":"bad"}');
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
    const err: string[] = [];
    const code = await main(['deploy'], { env: { LINE_CHANNEL_ACCESS_TOKEN: 't', LINE_CHANNEL_SECRET: 's', LINE_API_BASE_URL: url }, out: () => {}, err: (l) => err.push(l) });
    await new Promise<void>((resolve) => failing.close(() => resolve()));
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/400/);
  });
});
