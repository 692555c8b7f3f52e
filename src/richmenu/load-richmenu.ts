import { join } from 'node:path';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import type { ReplyContent } from '../content/load-reply-content.ts';
import { richMenuFileSchema, type RichMenuFile } from './richmenu-schema.ts';

/** The rich menu's files inside the data directory. */
export const RICHMENU_DIR = 'richmenu';
export const RICHMENU_FILE = 'richmenu.yaml';
export const RICHMENU_IMAGE = 'richmenu.png';

/**
 * Reads `<dataDir>/richmenu/richmenu.yaml` and checks every tile's target exists in the reply
 * content (a menu, a guide; topics are checked by the schema). Throws DataFileError.
 */
export function loadRichMenu(dataDir: string, content: ReplyContent): RichMenuFile {
  const file = join(dataDir, RICHMENU_DIR, RICHMENU_FILE);
  const menu = readYamlFile(file, richMenuFileSchema);
  const issues: DataFileIssue[] = [];
  menu.areas.forEach((tile, i) => {
    const { menu: m, guide } = tile.target;
    if (m !== undefined && !content.menus.has(m)) issues.push({ path: `areas[${i}].target.menu`, message: `no menu "${m}" in replies/menus.yaml` });
    if (guide !== undefined && !content.guides.has(guide)) issues.push({ path: `areas[${i}].target.guide`, message: `no guide "${guide}" in replies/menus.yaml` });
  });
  if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
  return menu;
}
