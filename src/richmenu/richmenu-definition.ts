import type { messagingApi } from '@line/bot-sdk';
import { formatPostback, type Postback } from '../postback/postback.ts';
import type { RichMenuFile, Tile } from './richmenu-schema.ts';

/** The large rich-menu size LINE accepts (2500 × 1686). */
export const RICHMENU_SIZE = { width: 2500, height: 1686 } as const;
/** Tiles per row and rows. */
export const GRID = { columns: 3, rows: 2 } as const;

/** Pixel bounds of one tile. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bounds of tile `index` (reading order) so the six tiles cover the image exactly, without gaps. */
export function tileBounds(index: number): Bounds {
  const col = index % GRID.columns;
  const row = Math.floor(index / GRID.columns);
  const x = Math.round((col * RICHMENU_SIZE.width) / GRID.columns);
  const y = Math.round((row * RICHMENU_SIZE.height) / GRID.rows);
  const x2 = Math.round(((col + 1) * RICHMENU_SIZE.width) / GRID.columns);
  const y2 = Math.round(((row + 1) * RICHMENU_SIZE.height) / GRID.rows);
  return { x, y, width: x2 - x, height: y2 - y };
}

/** The postback a tile sends, in the bot's v1 format. */
export function tilePostback(tile: Tile): Postback {
  const t = tile.target;
  if (t.topic) return { kind: 'topic', intent: t.topic };
  if (t.menu) return { kind: 'menu', menu: t.menu };
  if (t.check) return { kind: 'check', state: null };
  return { kind: 'guide', guide: t.guide ?? '' };
}

/** The `RichMenuRequest` LINE receives: size, chat-bar text and six postback areas with displayText. */
export function richMenuRequest(menu: RichMenuFile): messagingApi.RichMenuRequest {
  return {
    size: { ...RICHMENU_SIZE },
    selected: true,
    name: menu.name,
    chatBarText: menu.chatBarText,
    areas: menu.areas.map((tile, i) => ({
      bounds: tileBounds(i),
      action: {
        type: 'postback',
        label: tile.displayText.slice(0, 20),
        data: formatPostback(tilePostback(tile)),
        displayText: tile.displayText,
      } satisfies messagingApi.PostbackAction,
    })),
  };
}
