import { z } from 'zod';
import type { HoursRules } from '../hours/hours-rules.ts';
import { hoursRulesSchema } from '../hours/hours-schema.ts';
import { LOCAL_CONTACT_IDS, NATIONAL_CONTACT_IDS, isLocalContactId } from './contact-ids.ts';

/** A snake_case contact ID such as `mynumber_freedial`. */
export const contactIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: '連絡先のIDではありません（例: "mynumber_freedial"。半角小文字・数字・_）' });

/** Digits a resident dials, from a displayed number: `0120-95-0178` → `0120950178`, `#9110` → `%239110`. */
export function telDigits(display: string): string {
  return display.replaceAll('-', '').replace(/^#/, '%23');
}

/** One phone number of a contact; `tel` must dial exactly the `display` number. */
export const phoneNumberSchema = z
  .strictObject({
    display: z.string().regex(/^#?[0-9]+(-[0-9]+)*$/, { error: '電話番号の形ではありません（例: "0120-95-0178"、"188"、"#9110"）' }),
    tel: z.string().regex(/^tel:(%23)?[0-9]+$/, { error: 'tel: の形ではありません（例: "tel:0120950178"、"tel:%239110"）' }),
    label: z.string().min(1).optional(),
    extension: z.string().regex(/^[0-9]+$/, { error: '内線番号の形ではありません（例: "3200"）' }).optional(),
    charged: z.boolean().optional(),
  })
  .superRefine((n, ctx) => {
    const expected = `tel:${telDigits(n.display)}`;
    if (/^#?[0-9-]+$/.test(n.display) && n.tel !== expected) {
      ctx.addIssue({ code: 'custom', path: ['tel'], message: `番号 ${n.display} にかかりません（"${expected}" と書いてください）` });
    }
  });

/** A phone number as shown to residents: `display`, the `tel:` link, optional label, extension and whether calls are charged. */
export type PhoneNumber = z.output<typeof phoneNumberSchema>;

/** `YYYY-MM-DD` that is a real calendar date. */
export const isoDateSchema = z.string().refine(
  (text) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
  },
  { error: '日付ではありません（例: "2026-11-23"。年-月-日）' },
);

const contactFields = {
  name: z.string().min(1),
  numbers: z.array(phoneNumberSchema).min(1).optional(),
  email: z.email({ error: 'メールアドレスではありません' }).optional(),
  hours: hoursRulesSchema,
  hoursText: z.string().min(1),
  hoursTextWithLocal: z
    .string()
    .refine((t) => t.includes('{local}'), { error: '{local}（地元の消費生活センターの受付時間）を入れてください' })
    .optional(),
  /** Who answers outside `hours` (a duty desk, a recording), said instead of "closed today". */
  afterHours: z.string().min(1).max(120).optional(),
  /**
   * Said on the number check card (「この番号、本物？」) under the hours, for each of this contact's
   * numbers, also when the number is named after another contact (0120-95-0178 is named the free
   * dial; the card-suspension line adds that it answers 24 hours).
   */
  numberCheckNote: z.string().min(1).max(120).optional(),
  notes: z.array(z.string().min(1)).optional(),
  source: z.url({ protocol: /^https$/, error: '連絡先を確かめたページの https:// のURLを書いてください' }),
  verifiedOn: isoDateSchema,
};

function requireNumberOrEmail(c: { numbers?: unknown; email?: unknown }, ctx: z.RefinementCtx): void {
  if (c.numbers === undefined && c.email === undefined) {
    ctx.addIssue({ code: 'custom', path: ['numbers'], message: '電話番号（numbers）かメールアドレス（email）が必要です' });
  }
}

/** A national contact in `data/contacts.yaml` (strict: unknown keys such as `hous:` are errors). */
export const nationalContactSchema = z.strictObject({ id: contactIdSchema, ...contactFields }).superRefine(requireNumberOrEmail);

/** A local contact in a deployment file; its ID is its key (`id:` may be repeated but must match). */
export const localContactSchema = z.strictObject({ id: contactIdSchema.optional(), ...contactFields }).superRefine(requireNumberOrEmail);

/**
 * A contact as the bot shows it. `hours` drive the open/closed status; `hoursText` says them in
 * words. `hoursFrom` is set by the directory when the hours come from another contact
 * (188 showing a deployment's consumer centre).
 */
export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly numbers: readonly PhoneNumber[];
  readonly email?: string | undefined;
  readonly hours: HoursRules;
  readonly hoursText: string;
  readonly hoursTextWithLocal?: string | undefined;
  readonly notes: readonly string[];
  /** Who answers outside the hours (e.g. #9110 at night: a duty desk or a recording), or absent: nobody. */
  readonly afterHours?: string | undefined;
  /** Said on the number check card for each of this contact's numbers (e.g. that card suspension answers 24 hours). */
  readonly numberCheckNote?: string | undefined;
  readonly source: string;
  readonly verifiedOn: string;
  readonly hoursFrom?: string | undefined;
}

/** Schema of `data/contacts.yaml`: every national contact of the taxonomy, once. */
export const contactsFileSchema = z
  .strictObject({ contacts: z.array(nationalContactSchema) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.contacts.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['contacts', i, 'id'], message: `連絡先ID「${c.id}」が2回あります` });
      if (isLocalContactId(c.id)) {
        ctx.addIssue({ code: 'custom', path: ['contacts', i, 'id'], message: `「${c.id}」は導入先のファイル（data/deployments/<id>.yaml）に書いてください` });
      }
      seen.add(c.id);
    });
    for (const id of NATIONAL_CONTACT_IDS) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['contacts'], message: `連絡先「${id}」がありません` });
    }
  });

/** Schema of `data/deployments/<id>.yaml`: a city's name and its own contacts. */
export const deploymentFileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: '導入先のIDではありません（例: "shiki"）' }),
    name: z.string().min(1),
    prefecture: z.string().min(1),
    local_consumer_center: localContactSchema.optional(),
    local_city_office: localContactSchema,
    local_police_hq: localContactSchema,
  })
  .superRefine((file, ctx) => {
    for (const key of LOCAL_CONTACT_IDS) {
      const id = file[key]?.id;
      if (id !== undefined && id !== key) ctx.addIssue({ code: 'custom', path: [key, 'id'], message: `「${key}」（項目名と同じ）にするか、書かないでください` });
    }
  });

/** A deployment: the city that runs the bot and its local contacts (IDs `local_*`). */
export interface Deployment {
  readonly id: string;
  readonly name: string;
  readonly prefecture: string;
  readonly contacts: readonly Contact[];
}
