import { z } from 'zod';
import { phoneNumberSchema } from '../contacts/contact-schema.ts';
import { hoursRulesSchema } from '../hours/hours-schema.ts';

/** File of the curated official numbers, inside the data directory. */
export const OFFICIAL_NUMBERS_FILE = 'official-numbers.yaml';
/** File of the official hosts and link-check lists, inside the data directory. */
export const OFFICIAL_DOMAINS_FILE = 'official-domains.yaml';

const hostSchema = z
  .string()
  .regex(/^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    error: 'ホスト名の形ではありません（小文字の英数字とハイフン、ドット区切り。例: "myna.go.jp"）',
  });

const sourceSchema = z.url({ protocol: /^https?$/, error: '出典のページの URL（https://…）ではありません' });
const verifiedOnSchema = z.string().refine(
  (text) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
  },
  { error: '確認した日（YYYY-MM-DD、例: "2026-12-07"）ではありません' },
);

/** One curated official line in `data/official-numbers.yaml`. */
export const officialNumberEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'ID は小文字の英字・数字・_ で書きます（例: "nenkin_dial"）' }),
  name: z.string().min(1, { error: '名前が空です' }),
  numbers: z.array(phoneNumberSchema).min(1, { error: '番号が一つもありません' }),
  hours: hoursRulesSchema.optional(),
  hoursText: z.string().min(1, { error: '受付時間の説明（hoursText）が空です' }),
  source: sourceSchema,
  verifiedOn: verifiedOnSchema,
});

const word = z.string().min(1, { error: '空の言葉です' }).max(20, { error: '20文字までで書きます' });

/** How numbers are read: caller-ID words and the cues for short numbers (see the file's comments). */
export const numberReadingSchema = z.strictObject({
  abroadWords: z.array(word),
  withheldWords: z.array(word),
  shortNumbers: z.array(z.string().regex(/^[0-9]{3}$/, { error: '3けたの番号（例: "110"）ではありません' })),
  shortAfter: z.array(word),
  shortBefore: z.array(word),
});

/** Schema of `data/official-numbers.yaml`. */
export const officialNumbersFileSchema = z.strictObject({ reading: numberReadingSchema, numbers: z.array(officialNumberEntrySchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.numbers.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['numbers', i, 'id'], message: `ID "${entry.id}" が重複しています` });
    seen.add(entry.id);
  });
});

const officialHostSchema = z.strictObject({
  host: hostSchema,
  name: z.string().min(1, { error: '名前が空です' }),
  keywords: z.array(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'キーワードは小文字の英数字とハイフンで書きます（例: "mynaportal"）' }),
  ),
  source: sourceSchema,
  verifiedOn: verifiedOnSchema,
});

/** Schema of `data/official-domains.yaml`. */
export const officialDomainsFileSchema = z
  .strictObject({
    officialHosts: z.array(officialHostSchema).min(1, { error: '公式サイトが一つもありません' }),
    suffixImitations: z.array(z.string().regex(/^[a-z0-9.-]+$/, { error: '小文字の英数字・ハイフン・ドットで書きます（例: "go-jp"）' })),
    bareLinkEndings: z.array(z.string().regex(/^[a-z]{2,24}$/, { error: 'ドメインの末尾（例: "com"）ではありません' })).min(1),
    sharedHosts: z.array(hostSchema),
  })
  .superRefine((file, ctx) => {
    const hosts = new Set<string>();
    file.officialHosts.forEach((h, i) => {
      if (hosts.has(h.host)) ctx.addIssue({ code: 'custom', path: ['officialHosts', i, 'host'], message: `ホスト "${h.host}" が重複しています` });
      hosts.add(h.host);
    });
  });
