import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { displayPath } from '../data/read-yaml-file.ts';

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
  /** Why a definition file was not used (shown in the page), else null. */
  problem: string | null;
}

/**
 * Where the simulator gets the rich menu. The default reads files; once the rich-menu module
 * exists, point this at it (e.g. `async () => ({ menu: theirDefinition(), image: theirPng(), ... })`).
 */
export type RichMenuSource = () => Promise<SimulatorRichMenu>;

const Bounds = z.object({ x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() });
const RichMenuSchema = z.object({
  size: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  selected: z.boolean().default(true),
  chatBarText: z.string().max(14).optional(),
  areas: z.array(z.object({ bounds: Bounds, action: z.looseObject({ type: z.string() }) })).min(1).max(20),
});

const FALLBACK_FILE = join(import.meta.dirname, 'fallback-rich-menu.json');
const IMAGE_TYPES: Record<string, RichMenuImage['contentType']> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/**
 * Reads the first rich-menu definition (`.json`, `.yaml`, `.yml`, in LINE's shape) found in
 * `definitionDirs` and the first PNG/JPEG in `imageDirs`; without a usable definition, a six-button
 * menu of message actions (`fallback-rich-menu.json`). Read on every call, so edits show on reload.
 */
export function richMenuFromFiles(dirs: { definitionDirs: readonly string[]; imageDirs: readonly string[] }): RichMenuSource {
  return async () => {
    const problems: string[] = [];
    for (const file of filesIn(dirs.definitionDirs, ['.json', '.yaml', '.yml'])) {
      const parsed = parseDefinition(file);
      if (parsed.ok) {
        return { menu: parsed.menu, image: firstImage(dirs.imageDirs), source: displayPath(file), problem: null };
      }
      problems.push(`${displayPath(file)}: ${parsed.problem}`);
    }
    const fallback = parseDefinition(FALLBACK_FILE);
    if (!fallback.ok) throw new Error(`simulator fallback rich menu is invalid: ${fallback.problem}`);
    return { menu: fallback.menu, image: null, source: 'fallback', problem: problems.length ? problems.join('; ') : null };
  };
}

function parseDefinition(file: string): { ok: true; menu: RichMenuView } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    return { ok: false, problem: (err as Error).message.split('\n')[0] ?? 'unreadable' };
  }
  const parsed = RichMenuSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: `not a LINE rich menu (${first ? `${first.path.join('.') || '(top)'}: ${first.message}` : 'invalid'})` };
  }
  const m = parsed.data;
  return { ok: true, menu: { size: m.size, selected: m.selected, chatBarText: m.chatBarText ?? null, areas: m.areas } };
}

function firstImage(dirs: readonly string[]): RichMenuImage | null {
  for (const file of filesIn(dirs, Object.keys(IMAGE_TYPES))) {
    const contentType = IMAGE_TYPES[extname(file).toLowerCase()];
    if (!contentType) continue;
    try {
      return { contentType, body: readFileSync(file) };
    } catch {
      continue;
    }
  }
  return null;
}

function filesIn(dirs: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.startsWith('.') && extensions.includes(extname(name).toLowerCase())) out.push(join(dir, name));
    }
  }
  return out;
}
