import { z } from 'zod';
import { templateSchema } from '../data/template.ts';
import { foldTerm } from '../nlu/normalise-text.ts';
import { MAX_LABEL_CHARS } from './intent-content-schema.ts';
import { noticeSchema } from './reply-texts-schema.ts';

/** Schema of `data/replies/groups.yaml`: when the bot speaks up in a group, and its words there. */
export const groupsFileSchema = z.strictObject({
  watch: z.strictObject({
    minChars: z.number().int().min(1).max(1000),
    levels: z
      .array(z.strictObject({ minConfidence: z.number().min(0).max(1), minEvidenceKinds: z.number().int().min(1).max(6) }))
      .min(1),
    /** Folded at load (see foldTerm), as messages are folded before the search. */
    quietWords: z.array(z.string().min(1).max(40)).transform((words) => words.map(foldTerm)),
  }),
  join: noticeSchema,
  reply: z.strictObject({
    greeting: z.string().min(1).max(40),
    more: z.string().min(1).max(MAX_LABEL_CHARS),
    detailRequest: templateSchema('topic'),
    callLine: templateSchema('name'),
    altText: templateSchema('headline', 'lead'),
    quoteLine: templateSchema('headline'),
  }),
  mentionHelp: noticeSchema,
});

/** The group behaviour and words (see data/replies/groups.yaml). */
export type GroupTexts = z.output<typeof groupsFileSchema>;
