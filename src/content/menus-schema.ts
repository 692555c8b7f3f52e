import { z } from 'zod';
import { MAX_LABEL_CHARS, intentIdSchema } from './intent-content-schema.ts';

/** A menu or guide ID such as `scam` or `forward`. */
export const pageIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, { error: 'not an ID like "faq" (lower-case letters, digits, _)' });

/**
 * One button of a menu: exactly one target — an intent's answer (`topic`), another menu
 * (`menu`), a guide (`guide`) or the guided check (`check: start`) — and a `label` (≤ 20 characters; for a topic it defaults
 * to the intent's `chip`, for a guide to the guide's `chip`).
 */
export const menuItemSchema = z
  .strictObject({
    topic: intentIdSchema.optional(),
    menu: pageIdSchema.optional(),
    guide: pageIdSchema.optional(),
    check: z.literal('start').optional(),
    label: z.string().min(1).max(MAX_LABEL_CHARS).optional(),
  })
  .superRefine((item, ctx) => {
    const targets = [item.topic, item.menu, item.guide, item.check].filter((t) => t !== undefined).length;
    if (targets !== 1) ctx.addIssue({ code: 'custom', message: 'give exactly one of topic, menu, guide or check' });
    if ((item.menu !== undefined || item.check !== undefined) && item.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'a menu or check button needs a label' });
    }
  });

/** A menu button as written in data (see {@link menuItemSchema}). */
export type MenuItem = z.output<typeof menuItemSchema>;

/** A menu: a title, one line of text, and 1–12 buttons. */
export const menuSchema = z.strictObject({
  title: z.string().min(1).max(40),
  text: z.string().min(1).max(200),
  items: z.array(menuItemSchema).min(1).max(12),
});

/** A guide: how to do one thing, in 2–6 numbered steps; `chip` is its button label. */
export const guideSchema = z.strictObject({
  title: z.string().min(1).max(40),
  chip: z.string().min(1).max(MAX_LABEL_CHARS),
  intro: z.string().min(1).max(200).optional(),
  steps: z.array(z.string().min(1).max(120)).min(2).max(6),
});

/** Schema of `data/replies/menus.yaml`: the menus (a `main` one is required) and the guides. */
export const menusFileSchema = z.strictObject({
  menus: z.record(pageIdSchema, menuSchema).refine((m) => 'main' in m, { error: 'a "main" menu is required (shown for unknown buttons)' }),
  guides: z.record(pageIdSchema, guideSchema),
});

/** A menu (see {@link menuSchema}). */
export type Menu = z.output<typeof menuSchema>;
/** A guide (see {@link guideSchema}). */
export type Guide = z.output<typeof guideSchema>;
