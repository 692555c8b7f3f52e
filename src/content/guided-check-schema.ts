import { z } from 'zod';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import { templateSchema } from '../data/template.ts';
import { foldTerm } from '../nlu/normalise-text.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import { MAX_LABEL_CHARS, intentIdSchema } from './intent-content-schema.ts';

/** The questions of the guided check, in the order they are asked. */
export const CHECK_STEPS = ['how', 'who', 'what', 'handed'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

/** An option code as it travels in postback data. */
export const OPTION_ID = /^[a-z][a-z0-9]{0,11}$/;

const optionSchema = z.strictObject({
  id: z.string().regex(OPTION_ID, { error: 'not an option id (lower-case letters and digits, at most 12, e.g. "phone")' }),
  label: z.string().min(1).max(MAX_LABEL_CHARS),
  words: z.array(z.string().min(1).max(40)).default([]),
  nothingAsked: z.literal(true).optional(),
  vague: z.literal(true).optional(),
});

const questionSchema = z.strictObject({
  text: z.string().min(1).max(60),
  options: z.array(optionSchema).min(2).max(8),
});

const ruleSchema = z.strictObject({
  when: z.partialRecord(z.enum(CHECK_STEPS), z.array(z.string().min(1)).min(1)).optional(),
  intent: intentIdSchema,
});

/** Schema of `data/replies/guided-check.yaml` (see the comments in that file). */
export const guidedCheckFileSchema = z.strictObject({
  expiresAfterMinutes: z.number().int().min(5).max(24 * 60),
  texts: z.strictObject({
    intro: z.string().min(1).max(200),
    progress: templateSchema('left'),
    expired: z.string().min(1).max(200),
    restart: z.string().min(1).max(MAX_LABEL_CHARS),
    chooseFromList: z.string().min(1).max(MAX_LABEL_CHARS),
  }),
  questions: z.strictObject(Object.fromEntries(CHECK_STEPS.map((s) => [s, questionSchema])) as Record<CheckStep, typeof questionSchema>),
  rules: z.array(ruleSchema).min(1),
  startFromText: z.strictObject({
    maxChars: z.number().int().min(1).max(200),
    minConfidence: z.number().min(0).max(1),
    intents: z.array(intentIdSchema),
    triggers: z.array(z.string().min(1).max(40)),
  }),
});

type File = z.output<typeof guidedCheckFileSchema>;

export interface CheckOption {
  id: string;
  label: string;
  /** Folded (see foldTerm), longest first. */
  words: readonly string[];
  nothingAsked: boolean;
  /** Says nothing specific (「分からない」): a message answering only this still starts the check. */
  vague: boolean;
}

export interface CheckQuestion {
  text: string;
  options: readonly CheckOption[];
}

export interface CheckRule {
  when: Partial<Record<CheckStep, readonly string[]>>;
  intent: IntentId;
}

/** The guided check, validated and ready to use. */
export interface GuidedCheck {
  expiresAfterMinutes: number;
  texts: File['texts'];
  questions: Readonly<Record<CheckStep, CheckQuestion>>;
  rules: readonly CheckRule[];
  startFromText: { maxChars: number; minConfidence: number; intents: ReadonlySet<IntentId>; triggers: readonly string[] };
}

/**
 * Reads and checks `guided-check.yaml`: option ids unique per question, rules naming only
 * existing options, and a final rule without `when` so every finished check has an answer.
 */
export function loadGuidedCheck(file: string): GuidedCheck {
  const data = readYamlFile(file, guidedCheckFileSchema);
  const issues: DataFileIssue[] = [];
  for (const step of CHECK_STEPS) {
    const seen = new Set<string>();
    data.questions[step].options.forEach((o, i) => {
      if (seen.has(o.id)) issues.push({ path: `questions.${step}.options[${i}].id`, message: `duplicate option id "${o.id}"` });
      seen.add(o.id);
    });
  }
  data.rules.forEach((rule, i) => {
    for (const [step, ids] of Object.entries(rule.when ?? {}) as [CheckStep, string[]][]) {
      ids.forEach((id, j) => {
        if (!data.questions[step].options.some((o) => o.id === id)) {
          issues.push({ path: `rules[${i}].when.${step}[${j}]`, message: `no option "${id}" in questions.${step}` });
        }
      });
    }
    const last = i === data.rules.length - 1;
    if (last && rule.when !== undefined) issues.push({ path: `rules[${i}]`, message: 'the last rule must have no `when` (the answer when nothing else matches)' });
    if (!last && rule.when === undefined) issues.push({ path: `rules[${i}].when`, message: 'only the last rule may leave out `when` (rules after it would never be used)' });
  });
  if (issues.length > 0) throw new DataFileError(displayPath(file), issues);

  const questions = Object.fromEntries(
    CHECK_STEPS.map((step) => [
      step,
      {
        text: data.questions[step].text,
        options: data.questions[step].options.map((o) => ({
          id: o.id,
          label: o.label,
          words: [...new Set(o.words.map(foldTerm))].sort((a, b) => b.length - a.length),
          nothingAsked: o.nothingAsked === true,
          vague: o.vague === true,
        })),
      },
    ]),
  ) as unknown as Record<CheckStep, CheckQuestion>;
  return {
    expiresAfterMinutes: data.expiresAfterMinutes,
    texts: data.texts,
    questions,
    rules: data.rules.map((r) => ({ when: r.when ?? {}, intent: r.intent })),
    startFromText: {
      maxChars: data.startFromText.maxChars,
      minConfidence: data.startFromText.minConfidence,
      intents: new Set(data.startFromText.intents),
      triggers: data.startFromText.triggers.map(foldTerm),
    },
  };
}
