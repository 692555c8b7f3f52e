import { z } from 'zod';
import type { HoursRules } from './hours-rules.ts';
import { parseInterval } from './time-of-day.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `"MM-DD"`, a day that exists in some year (02-29 allowed). */
export const monthDaySchema = z.string().refine(
  (text) => {
    const m = /^(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
  },
  { error: '月日の形ではありません（例: "12-29"。月-日）' },
);

/** One opening interval `"HH:MM-HH:MM"`: valid times, start before end, `24:00` allowed as an end. */
export const intervalSchema = z.string().superRefine((text, ctx) => {
  const iv = parseInterval(text);
  if ('problem' in iv) ctx.addIssue({ code: 'custom', message: iv.problem });
});

/** The intervals of one kind of day, in order and not overlapping. */
export const daySchema = z.array(intervalSchema).superRefine((texts, ctx) => {
  const parsed = texts.map(parseInterval);
  for (let i = 1; i < parsed.length; i++) {
    const prev = parsed[i - 1];
    const cur = parsed[i];
    if (!prev || !cur || 'problem' in prev || 'problem' in cur) continue;
    if (cur.start < prev.end) {
      ctx.addIssue({ code: 'custom', path: [i], message: `「${texts[i]}」が「${texts[i - 1]}」と重なるか、前にあります。時間の早い順に書いてください` });
    }
  }
});

/** A yearly closed range, inclusive; `from` after `to` wraps the year end. */
export const closedRangeSchema = z.strictObject({ from: monthDaySchema, to: monthDaySchema });

const DAY_KEYS = ['weekday', 'saturday', 'sunday', 'holiday'] as const;

/** Hours rules as operators write them (see {@link HoursRules}); unknown keys are errors. */
export const hoursRulesSchema = z
  .strictObject({
    alwaysOpen: z.boolean().optional(),
    varies: z.boolean().optional(),
    weekday: daySchema.optional(),
    saturday: daySchema.optional(),
    sunday: daySchema.optional(),
    holiday: daySchema.optional(),
    closed: z.array(closedRangeSchema).optional(),
  })
  .superRefine((rules, ctx) => {
    const days = DAY_KEYS.filter((k) => rules[k] !== undefined);
    if (rules.alwaysOpen) {
      for (const key of [...days, ...(rules.varies ? ['varies'] : []), ...(rules.closed ? ['closed'] : [])]) {
        ctx.addIssue({ code: 'custom', path: [key], message: '24時間受付（alwaysOpen: true）のときは、ほかの受付時間は書けません' });
      }
    } else if (days.length === 0 && !rules.varies) {
      ctx.addIssue({
        code: 'custom',
        message: '受付時間がありません。weekday／saturday／sunday／holiday の時間帯、alwaysOpen: true、varies: true のどれかを書いてください',
      });
    }
  }) satisfies z.ZodType<HoursRules>;
