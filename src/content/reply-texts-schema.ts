import { z } from 'zod';
import { MAX_LABEL_CHARS, VERDICTS } from './intent-content-schema.ts';
import { templateSchema } from '../data/template.ts';

const label = z.string().min(1).max(MAX_LABEL_CHARS);
const line = z.string().min(1).max(200);

/** A short card: a title and 1–6 lines. */
export const noticeSchema = z.strictObject({
  title: z.string().min(1).max(40),
  lines: z.array(line).min(1).max(6),
});

/** A title and 1–6 lines (welcome, warnings, the urgent banners). */
export type Notice = z.output<typeof noticeSchema>;

const verdictWords = z.strictObject(Object.fromEntries(VERDICTS.map((v) => [v, z.string().min(1).max(20)])) as Record<(typeof VERDICTS)[number], z.ZodString>);

/** The media types normalisation reports (see src/webhook/normalise-event.ts). */
export const MEDIA_TYPES = ['sticker', 'image', 'video', 'audio', 'location', 'file'] as const;

/**
 * Schema of `data/replies/texts.yaml`: every sentence of the bot that is not tied to one intent.
 * Templates must contain exactly the placeholders listed in the file's comments.
 */
export const replyTextsSchema = z.strictObject({
  verdictBadges: verdictWords,
  headings: z.strictObject({ steps: label, explanation: label, links: label }),
  altText: z.strictObject({
    answer: templateSchema('headline', 'lead'),
    answerWithCall: templateSchema('headline', 'lead', 'name', 'number'),
    contacts: templateSchema('list'),
    redFlags: templateSchema('title', 'list'),
    separator: z.string().min(1).max(3),
  }),
  myNumberWarning: noticeSchema,
  urgent: z.strictObject({
    present: noticeSchema,
    paid: noticeSchema,
    callButton: label,
  }),
  redFlags: z.strictObject({
    title: z.string().min(1).max(40),
    titleTold: z.string().min(1).max(40),
    intro: line,
    introTold: line,
    footer: z.strictObject({ linkAndPhone: line, link: line, phone: line, phoneTold: line, other: line }),
    link: templateSchema('host'),
    shortener: templateSchema('host'),
    phoneInternational: templateSchema('code'),
    phoneDomestic: templateSchema(),
    phoneDomesticTold: templateSchema(),
    money_demand: templateSchema('words'),
    urgency_threat: templateSchema('words'),
    impersonation: templateSchema('words'),
    credential_request: templateSchema('words'),
    word: templateSchema('word'),
  }),
  contactCard: z.strictObject({
    callButton: templateSchema('number'),
    extension: templateSchema('extension'),
    charged: line,
    otherNumberCharged: templateSchema('label'),
    hoursHeading: label,
    standIn: templateSchema('name'),
    emailLine: templateSchema('email'),
    copyEmail: label,
  }),
  cityOffice: noticeSchema,
  /** The heading over a local warning the operator wrote in the console (shown at the top of the answer card). */
  localWarning: z.strictObject({
    heading: z.string().min(1).max(40),
    /** The console's one-click draft for a scenario that is rising ({scenario}: its name, {date}: today as 12月7日). */
    draft: templateSchema('scenario', 'date'),
  }),
  nothingOpen: z.strictObject({
    title: z.string().min(1).max(40),
    next: templateSchema('nextOpen', 'name', 'number'),
    noNext: line,
    wait: line,
    danger: line,
  }),
  feedback: z.strictObject({
    question: line,
    /** Added under the question when the bot was unsure and offers other topics as chips. */
    otherTopics: line,
    yes: label,
    no: label,
    thanksYes: line,
    thanksNo: line,
  }),
  welcome: noticeSchema,
  media: noticeSchema.extend({
    byType: z.strictObject(Object.fromEntries(MEDIA_TYPES.map((t) => [t, line.optional()])) as Record<(typeof MEDIA_TYPES)[number], z.ZodOptional<z.ZodString>>),
  }),
  rateLimited: line,
  unknownPostback: line,
});

/** The words of `data/replies/texts.yaml` (see the comments in that file for each field). */
export type ReplyTexts = z.output<typeof replyTextsSchema>;
