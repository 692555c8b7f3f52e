import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readYamlFile, displayPath } from '../data/read-yaml-file.ts';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { INTENT_IDS, isIntentId, type IntentId } from './intent-ids.ts';
import { foldText } from './normalise-text.ts';

/** Minimum number of examples an intent file must have (the model learns only from these). */
export const MIN_EXAMPLES = 30;

const IntentFileSchema = z.strictObject({
  id: z.string(),
  description: z.string().min(10),
  keyTerms: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string().trim().min(1)).min(MIN_EXAMPLES, `needs at least ${MIN_EXAMPLES} examples`),
});

/** One intent as written by people in `intents/<id>.yaml`. */
export interface IntentDefinition {
  id: IntentId;
  description: string;
  keyTerms: string[];
  examples: string[];
  file: string;
}

/**
 * Loads every `intents/*.yaml`, validating each file and the set: the file name is the id,
 * every taxonomy id has a file, no unknown ids, no example in two intents.
 */
export function loadIntents(dir: string): IntentDefinition[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const errors: DataFileError[] = [];
  const intents: IntentDefinition[] = [];
  const exampleOwner = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    try {
      const data = readYamlFile(file, IntentFileSchema);
      const issues: DataFileIssue[] = [];
      const stem = basename(name).replace(/\.ya?ml$/, '');
      if (!isIntentId(data.id)) issues.push({ path: 'id', message: `"${data.id}" is not an intent id of the taxonomy` });
      else if (data.id !== stem) issues.push({ path: 'id', message: `"${data.id}" does not match the file name "${name}"` });
      data.examples.forEach((example, i) => {
        const key = foldText(example);
        const owner = exampleOwner.get(key);
        if (owner) issues.push({ path: `examples[${i}]`, message: `same as ${owner} once spelling is normalised (value: ${JSON.stringify(example.slice(0, 40))})` });
        else exampleOwner.set(key, `${name} examples[${i}]`);
      });
      if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
      intents.push({ ...data, id: data.id as IntentId, file });
    } catch (err) {
      if (err instanceof DataFileError) errors.push(err);
      else throw err;
    }
  }
  const present = new Set(files.map((f) => f.replace(/\.ya?ml$/, '')));
  const missing = INTENT_IDS.filter((id) => !present.has(id));
  if (missing.length > 0) {
    errors.push(new DataFileError(displayPath(dir), missing.map((id) => ({ path: `${id}.yaml`, message: 'missing intent file' }))));
  }
  if (errors.length > 0) throw new DataFileError(errors.map((e) => e.file).join(', '), errors.flatMap((e) => e.issues.map((i) => ({ path: `${e.file}: ${i.path}`, message: i.message }))));
  return intents;
}
