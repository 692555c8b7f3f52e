import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplyContent } from '../../src/content/load-reply-content.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import { fallbackRichMenu } from '../../src/simulator/rich-menu-source.ts';
import { richMenuFromModule } from '../../src/simulator/rich-menu-from-module.ts';
import { testRuntime } from '../support/test-runtime.ts';

// The rich menu the simulator shows is the one LINE gets from `npm run richmenu -- deploy`.
let content: ReplyContent;
let dataDir: string;
const menuFile = () => join(dataDir, 'richmenu', 'richmenu.yaml');

beforeAll(async () => {
  content = (await testRuntime()).knowledge.replies;
  dataDir = mkdtempSync(join(tmpdir(), 'simulator-richmenu-'));
  cpSync(DATA_DIR, dataDir, { recursive: true });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const isPng = (b: Buffer | undefined) => b !== undefined && b.subarray(1, 4).toString('latin1') === 'PNG';

describe('the simulator rich menu', () => {
  it('is data/richmenu/richmenu.yaml as LINE gets it: six postback tiles with displayText over the drawn image', async () => {
    const found = await richMenuFromModule({ dataDir: DATA_DIR, content: () => content })();
    expect(found.problem).toBeNull();
    expect(found.source).toContain('richmenu.yaml');
    expect(found.menu.size).toEqual({ width: 2500, height: 1686 });
    expect(found.menu.areas).toHaveLength(6);
    for (const area of found.menu.areas) {
      expect(area.action.type).toBe('postback');
      expect(String(area.action['data'])).toMatch(/^v1\|/);
      expect(String(area.action['displayText'])).not.toBe('');
    }
    expect(isPng(found.image?.body)).toBe(true);
    // The same pixels as the committed image the deploy command uploads.
    expect(found.image?.body.equals(readFileSync(join(DATA_DIR, 'richmenu', 'richmenu.png')))).toBe(true);
  });

  it('shows an edit to richmenu.yaml on the next load, without rebuilding the PNG', async () => {
    const source = richMenuFromModule({ dataDir, content: () => content });
    const before = await source();
    writeFileSync(menuFile(), readFileSync(menuFile(), 'utf8').replace('displayText: 使い方', 'displayText: 使い方を教えて'));
    const after = await source();
    expect(after.menu.areas.map((a) => a.action['displayText'])).toContain('使い方を教えて');
    expect(after.menu.areas.map((a) => a.action['displayText'])).not.toEqual(before.menu.areas.map((a) => a.action['displayText']));
  });

  it('a broken richmenu.yaml gives six plain buttons and says which file and field is wrong', async () => {
    const good = readFileSync(menuFile(), 'utf8');
    writeFileSync(menuFile(), good.replace(/color: "#1B5E20"/, 'color: green'));
    try {
      const found = await richMenuFromModule({ dataDir, content: () => content })();
      expect(found.source).toBe('fallback');
      expect(found.image).toBeNull();
      expect(found.problem).toContain('richmenu.yaml');
      expect(found.problem).toContain('areas[1].color');
      expect(found.menu.areas).toHaveLength(6);
    } finally {
      writeFileSync(menuFile(), good);
    }
  });

  it('while the runtime is loading, still reads the tiles (without the cross-check)', async () => {
    const found = await richMenuFromModule({ dataDir: DATA_DIR, content: () => null })();
    expect(found.problem).toBeNull();
    expect(found.menu.areas).toHaveLength(6);
  });

  it('the fallback sends the main menu as postbacks the bot understands', () => {
    const { menu } = fallbackRichMenu('why');
    expect(menu.areas).toHaveLength(6);
    for (const area of menu.areas) expect(String(area.action['data'])).toMatch(/^v1\|(menu|topic|guide)\|/);
  });
});
