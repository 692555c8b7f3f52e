import { z } from 'zod';
import { contactIdSchema } from './contact-schema.ts';

/** `urgent` (the flag) or an intent ID such as `faq.lost_card`. */
export const scenarioSchema = z.string().regex(/^(urgent|[a-z]+\.[a-z_]+)$/, { error: '"urgent" か意図のID（例: "faq.lost_card"）を書いてください' });

/**
 * One rule of `data/alternatives.yaml`: when `contact` is closed, offer the first open one of
 * `fallbacks`. Without `scenario` the rule applies to every reply; with one, only to replies
 * for that intent, or (`urgent`) to replies whose message carries the urgent flag.
 */
export const alternativeRuleSchema = z
  .strictObject({
    contact: contactIdSchema,
    scenario: scenarioSchema.optional(),
    fallbacks: z.array(contactIdSchema).min(1),
  })
  .superRefine((rule, ctx) => {
    rule.fallbacks.forEach((f, i) => {
      if (f === rule.contact) ctx.addIssue({ code: 'custom', path: ['fallbacks', i], message: `「${f}」は自分自身の代わりにはなれません` });
      if (rule.fallbacks.indexOf(f) !== i) ctx.addIssue({ code: 'custom', path: ['fallbacks', i], message: `「${f}」が2回あります` });
    });
  });

/** One rule of `data/alternatives.yaml` (see {@link alternativeRuleSchema}). */
export type AlternativeRule = z.output<typeof alternativeRuleSchema>;

/** Schema of `data/alternatives.yaml`; at most one rule per contact and scenario. */
export const alternativesFileSchema = z.strictObject({ alternatives: z.array(alternativeRuleSchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.alternatives.forEach((rule, i) => {
    const key = `${rule.contact} ${rule.scenario ?? '(any)'}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['alternatives', i], message: `${rule.contact} の ${rule.scenario ?? '（場面の指定なし）'} の決まりが2つあります。1つにまとめてください` });
    }
    seen.add(key);
  });
});

/** The stand-in rules of `data/alternatives.yaml`, in file order. */
export interface Alternatives {
  readonly rules: readonly AlternativeRule[];
}
