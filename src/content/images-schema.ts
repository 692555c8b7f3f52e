import { z } from 'zod';
import { templateSchema } from '../data/template.ts';
import { noticeSchema } from './reply-texts-schema.ts';

const line = z.string().min(1).max(200);

/** Schema of `data/replies/images.yaml`: what the bot says about the images residents send. */
export const imagesFileSchema = z.strictObject({
  read: z.strictObject({
    title: z.string().min(1).max(40),
    several: templateSchema('count'),
    lowConfidence: line,
    myNumberMask: z.string().min(1).max(20),
    maxChars: z.number().int().min(40).max(1500),
    cut: z.string().min(1).max(20),
  }),
  problems: z.strictObject({
    no_text: noticeSchema,
    busy: noticeSchema,
    unreadable: noticeSchema,
    too_large: noticeSchema,
    timeout: noticeSchema,
  }),
});

/** The words about images (see data/replies/images.yaml). */
export type ImageTexts = z.output<typeof imagesFileSchema>;
