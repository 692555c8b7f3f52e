import { z } from 'zod';
import { intentIdSchema } from '../content/intent-content-schema.ts';
import { pageIdSchema } from '../content/menus-schema.ts';

/** Shapes the rich-menu image can draw above a tile's label. */
export const ICONS = ['warning', 'phone', 'card', 'question', 'forward', 'help'] as const;

/** Where a tile leads: exactly one of an intent's answer, a menu, a guide (as in menus.yaml) or the guided check (`check: start`). */
export const tileTargetSchema = z
  .strictObject({ topic: intentIdSchema.optional(), menu: pageIdSchema.optional(), guide: pageIdSchema.optional(), check: z.literal('start').optional() })
  .refine((t) => [t.topic, t.menu, t.guide, t.check].filter((x) => x !== undefined).length === 1, { error: 'give exactly one of topic, menu, guide or check' });

/** One tile of the rich menu (see the comments in data/richmenu/richmenu.yaml). */
export const tileSchema = z.strictObject({
  label: z.string().min(1).max(8),
  sublabel: z.string().min(1).max(14),
  icon: z.enum(ICONS),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'not a colour like "#B71C1C"' }),
  target: tileTargetSchema,
  displayText: z.string().min(1).max(300),
});

/** Schema of `data/richmenu/richmenu.yaml`: a name, the chat-bar text and exactly six tiles. */
export const richMenuFileSchema = z.strictObject({
  name: z.string().min(1).max(300),
  chatBarText: z.string().min(1).max(14),
  areas: z.array(tileSchema).length(6, { error: 'the menu has exactly 6 tiles (3 columns × 2 rows)' }),
});

/** The rich menu as written in data. */
export type RichMenuFile = z.output<typeof richMenuFileSchema>;
/** One tile. */
export type Tile = z.output<typeof tileSchema>;
