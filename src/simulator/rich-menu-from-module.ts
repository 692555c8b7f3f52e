import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../data/data-file-error.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import type { ReplyContent } from '../content/load-reply-content.ts';
import { loadRichMenu, RICHMENU_DIR, RICHMENU_FILE, RICHMENU_IMAGE } from '../richmenu/load-richmenu.ts';
import { richMenuRequest } from '../richmenu/richmenu-definition.ts';
import { richMenuFileSchema, type RichMenuFile } from '../richmenu/richmenu-schema.ts';
import { richMenuSvg } from '../richmenu/richmenu-svg.ts';
import { fallbackRichMenu, type RichMenuSource, type RichMenuView } from './rich-menu-source.ts';

/**
 * The rich menu exactly as `npm run richmenu -- deploy` would give LINE: `data/richmenu/richmenu.yaml`
 * through the rich-menu module (definition and image). The image is drawn from the YAML on each change
 * (~150 ms, then cached), so an edit shows on the next page load without `npm run build:richmenu`.
 * A file that does not load gives the six-button fallback, with the file's error as `problem`.
 *
 * @param content the loaded reply content (to check each tile's target), or null while loading
 *   (the tiles are then read without that cross-check).
 */
export function richMenuFromModule(options: { dataDir: string; content: () => ReplyContent | null }): RichMenuSource {
  const file = join(options.dataDir, RICHMENU_DIR, RICHMENU_FILE);
  let cached: { key: string; png: Buffer | null; problem: string | null } | null = null;

  return async () => {
    let menu: RichMenuFile;
    try {
      const content = options.content();
      menu = content ? loadRichMenu(options.dataDir, content) : readYamlFile(file, richMenuFileSchema);
    } catch (err) {
      return fallbackRichMenu(err instanceof DataFileError ? err.message : `${displayPath(file)}: ${String(err)}`);
    }
    const key = JSON.stringify(menu);
    if (cached?.key !== key) cached = { key, ...(await drawImage(menu, join(options.dataDir, RICHMENU_DIR, RICHMENU_IMAGE))) };
    return {
      menu: toView(menu),
      image: cached.png ? { contentType: 'image/png', body: cached.png } : null,
      source: displayPath(file),
      problem: cached.problem,
    };
  };
}

/**
 * The renderer (@resvg/resvg-js and its font) is a devDependency: it is loaded here, when the
 * page first asks for the menu, never on the server's import path, so a production install
 * (`npm ci --omit=dev`) starts. Without it the committed PNG is shown — the image
 * `npm run richmenu -- deploy` uploads.
 */
async function drawImage(menu: RichMenuFile, committedPng: string): Promise<{ png: Buffer | null; problem: string | null }> {
  let renderPng: (svg: string) => Buffer;
  try {
    ({ renderPng } = await import('../richmenu/render-image.ts'));
  } catch {
    try {
      return { png: readFileSync(committedPng), problem: null };
    } catch (err) {
      return { png: null, problem: `リッチメニューの画像を読めません: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  try {
    return { png: renderPng(richMenuSvg(menu)), problem: null };
  } catch (err) {
    return { png: null, problem: `リッチメニューの画像を描けません: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function toView(menu: RichMenuFile): RichMenuView {
  const request = richMenuRequest(menu);
  return {
    size: { width: request.size?.width ?? 2500, height: request.size?.height ?? 1686 },
    selected: request.selected ?? true,
    chatBarText: request.chatBarText ?? null,
    areas: (request.areas ?? []).map((area) => ({
      bounds: { x: area.bounds?.x ?? 0, y: area.bounds?.y ?? 0, width: area.bounds?.width ?? 0, height: area.bounds?.height ?? 0 },
      action: { ...(area.action as { type: string } & Record<string, unknown>) },
    })),
  };
}
