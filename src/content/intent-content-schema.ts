import { z } from 'zod';
import { contactIdSchema, isoDateSchema } from '../contacts/contact-schema.ts';
import { INTENT_IDS } from '../nlu/intent-ids.ts';

/** What kind of answer a reply gives; picks the header colour and whether feedback is asked. */
export const VERDICTS = ['scam', 'legit', 'info', 'meta'] as const;

/** `scam` (red), `legit` (green), `info` (amber), `meta` (conversation; neutral, no feedback question). */
export type Verdict = (typeof VERDICTS)[number];

/** Longest label LINE shows on a button or quick-reply chip. */
export const MAX_LABEL_CHARS = 20;

/** Host suffixes of official government pages; reply links must point to one of them. */
export const OFFICIAL_HOST_SUFFIXES = ['go.jp', 'lg.jp'] as const;

function isOfficialUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && OFFICIAL_HOST_SUFFIXES.some((s) => u.hostname === s || u.hostname.endsWith(`.${s}`));
  } catch {
    return false;
  }
}

/** A link to an official page, shown as a button: `label` (≤ 20 characters) and an https URL on go.jp / lg.jp. */
export const officialLinkSchema = z.strictObject({
  label: z.string().min(1).max(MAX_LABEL_CHARS),
  url: z
    .string()
    .max(1000)
    .refine(isOfficialUrl, { error: 'not an https:// URL of a government site (a host ending in go.jp or lg.jp)' }),
});

/** A line in another language (faq.foreign_language): an ISO 639-1 code and the text. */
export const translationSchema = z.strictObject({
  lang: z.string().regex(/^[a-z]{2}$/, { error: 'not a two-letter language code like "en"' }),
  text: z.string().min(1).max(300),
});

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Where a fact stated in a reply was read: `fact` (the fact, in a few words), `url` (the official page) and
 * `verifiedOn` (YYYY-MM-DD, the day it was checked). Not shown to residents; re-check before a release.
 */
export const factSourceSchema = z.strictObject({
  fact: z.string().min(1).max(200),
  url: z.string().max(1000).refine(isWebUrl, { error: 'not an http(s):// URL' }),
  verifiedOn: isoDateSchema,
});

/** An intent ID of the taxonomy. */
export const intentIdSchema = z.enum(INTENT_IDS, { error: 'not an intent ID of the taxonomy' });

/**
 * Schema of `data/replies/intents/<intent-id>.yaml`: what the bot says for one intent.
 * Lengths keep a reply readable in ten seconds on a phone.
 */
export const intentContentSchema = z
  .strictObject({
    verdict: z.enum(VERDICTS),
    headline: z.string().min(1).max(30),
    lead: z.string().min(1).max(120),
    steps: z.array(z.string().min(1).max(80)).min(2).max(4),
    explanation: z.string().min(1).max(300),
    reassurance: z.string().min(1).max(120).optional(),
    links: z.array(officialLinkSchema).max(3).default([]),
    contacts: z.array(contactIdSchema).max(12).default([]),
    chip: z.string().min(1).max(MAX_LABEL_CHARS),
    chips: z.array(intentIdSchema).max(4).default([]),
    translations: z.array(translationSchema).max(5).default([]),
    sources: z.array(factSourceSchema).max(20).default([]),
  })
  .superRefine((c, ctx) => {
    c.contacts.forEach((id, i) => {
      if (c.contacts.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['contacts', i], message: `"${id}" is listed twice` });
    });
    c.chips.forEach((id, i) => {
      if (c.chips.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['chips', i], message: `"${id}" is listed twice` });
    });
  });

/**
 * The reply content of one intent:
 * - `verdict`: see {@link Verdict}; `headline`: the first words (e.g. 「詐欺の可能性が高いです」);
 * - `lead`: the one sentence the taxonomy says the reply must lead with;
 * - `steps`: 2–4 short actions, in order; `explanation`: why, in a few sentences;
 * - `reassurance`: optional no-blame line (「あなたは悪くありません」);
 * - `links`: official pages; `contacts`: contact IDs in display order (the taxonomy's first);
 * - `chip`: this topic's label on chips and menus; `chips`: follow-up topics offered as quick replies;
 * - `translations`: lines in other languages (foreign-language answers);
 * - `sources`: where each fact was read (`fact`, `url`, `verifiedOn`); not shown.
 */
export type IntentContent = z.output<typeof intentContentSchema>;
