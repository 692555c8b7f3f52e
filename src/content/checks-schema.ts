import { z } from 'zod';
import { templateSchema } from '../data/template.ts';

const line = z.string().min(1).max(200);

/** Schema of `data/replies/checks.yaml`: the words of the number and link check card. */
export const checkTextsSchema = z.strictObject({
  title: z.string().min(1).max(40),
  altText: templateSchema('title', 'list'),
  checkOnlyMaxOtherChars: z.number().int().min(0).max(200),
  date: templateSchema('year', 'month', 'day'),
  more: templateSchema('count'),
  number: z.strictObject({
    officialWithStatus: templateSchema('name', 'status'),
    official: templateSchema('name'),
    unknown: line,
    unknownAdvice: line,
    withheld: line,
    hours: templateSchema('hours'),
    callOfficial: z.string().min(1).max(20),
  }),
  realNumberNote: z.string().min(1).max(300),
  international: z.strictObject({ label: line, warning: line, callerIdAbroad: line, advice: line }),
  link: z.strictObject({
    official: templateSchema('name'),
    officialSuffix: line,
    officialAdvice: line,
    lookalike: templateSchema('host'),
    lookalikeGeneric: line,
    shortener: line,
    listed: templateSchema('date'),
    listedNoDate: line,
    unknown: line,
    dangerAdvice: line,
  }),
});

/** The words of `data/replies/checks.yaml`. */
export type CheckTexts = z.output<typeof checkTextsSchema>;

/** File of the check card's words, inside the data directory. */
export const CHECK_TEXTS_FILE = 'replies/checks.yaml';
