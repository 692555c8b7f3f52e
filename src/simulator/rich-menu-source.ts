import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A rich menu as LINE defines it (the `POST /v2/bot/richmenu` body), the parts the page draws. */
export interface RichMenuView {
  size: { width: number; height: number };
  chatBarText: string | null;
  /** Whether LINE shows the menu open when the chat opens. */
  selected: boolean;
  areas: { bounds: { x: number; y: number; width: number; height: number }; action: { type: string } & Record<string, unknown> }[];
}

export interface RichMenuImage {
  contentType: 'image/png' | 'image/jpeg';
  body: Buffer;
}

/** What the simulator shows at the bottom of the chat, and where it came from. */
export interface SimulatorRichMenu {
  menu: RichMenuView;
  image: RichMenuImage | null;
  /** The definition file, or `fallback`. */
  source: string;
  /** Why the menu's own files were not used (shown in the page), else null. */
  problem: string | null;
}

/**
 * Where the simulator gets the rich menu: by default the rich-menu module over data/richmenu/
 * (see rich-menu-from-module.ts); tests may pass their own.
 */
export type RichMenuSource = () => Promise<SimulatorRichMenu>;

const FALLBACK_FILE = join(import.meta.dirname, 'fallback-rich-menu.json');

/**
 * Six labelled buttons (the main menu's v1 postbacks), drawn without an image: what the page
 * shows while data/richmenu/ does not load, with the reason in `problem`.
 */
export function fallbackRichMenu(problem: string | null): SimulatorRichMenu {
  const raw = JSON.parse(readFileSync(FALLBACK_FILE, 'utf8')) as RichMenuView & { name?: string };
  const menu: RichMenuView = { size: raw.size, selected: raw.selected, chatBarText: raw.chatBarText, areas: raw.areas };
  return { menu, image: null, source: 'fallback', problem };
}
