import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { richMenuFromFiles } from '../../src/simulator/rich-menu-source.ts';

function dirs() {
  const root = mkdtempSync(join(tmpdir(), 'richmenu-'));
  const definitions = join(root, 'data', 'richmenu');
  const images = join(root, 'src', 'richmenu');
  mkdirSync(definitions, { recursive: true });
  mkdirSync(images, { recursive: true });
  return { definitions, images, source: richMenuFromFiles({ definitionDirs: [definitions], imageDirs: [definitions, images] }) };
}

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'main',
  chatBarText: '相談メニュー',
  areas: [
    { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'postback', data: 'menu=contacts', displayText: '相談先' } },
    { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: 'uri', uri: 'tel:188', label: '188' } },
  ],
};

describe('the rich menu the simulator shows', () => {
  it('without data/richmenu/: six labelled buttons (the main menu as postbacks)', async () => {
    const found = await dirs().source();
    expect(found.source).toBe('fallback');
    expect(found.image).toBeNull();
    expect(found.problem).toBeNull();
    expect(found.menu.areas).toHaveLength(6);
    for (const area of found.menu.areas) {
      expect(area.action.type).toBe('postback');
      expect(String(area.action['label'])).not.toBe('');
      expect(String(area.action['data'])).toMatch(/^v1\|/);
    }
  });

  it("with a LINE rich-menu definition and its image: that menu, that picture", async () => {
    const d = dirs();
    writeFileSync(join(d.definitions, 'richmenu.json'), JSON.stringify(MENU));
    writeFileSync(join(d.images, 'richmenu.png'), PNG);
    const found = await d.source();
    expect(found.source).toContain('richmenu.json');
    expect(found.menu).toMatchObject({ size: { width: 2500, height: 843 }, selected: false, chatBarText: '相談メニュー' });
    expect(found.menu.areas.map((a) => a.action.type)).toEqual(['postback', 'uri']);
    expect(found.image?.contentType).toBe('image/png');
    expect(found.image?.body.equals(PNG)).toBe(true);
  });

  it('a definition in another shape is not guessed at: the fallback shows, and the page says why', async () => {
    const d = dirs();
    writeFileSync(join(d.definitions, 'menu.yaml'), 'buttons:\n  - label: 使い方\n');
    const found = await d.source();
    expect(found.source).toBe('fallback');
    expect(found.problem).toContain('menu.yaml');
    expect(found.problem).toMatch(/size/);
  });
});
