import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, type DataFileIssue } from '../data/data-file-error.ts';
import { collectDataFileErrors } from '../data/collect-errors.ts';
import { displayPath, readYamlFile } from '../data/read-yaml-file.ts';
import { isLocalContactId } from '../contacts/contact-ids.ts';
import { INTENT_IDS, type IntentId } from '../nlu/intent-ids.ts';
import { foldTerm } from '../nlu/normalise-text.ts';
import { intentContentSchema, type IntentContent } from './intent-content-schema.ts';
import { menusFileSchema, type Guide, type Menu } from './menus-schema.ts';
import { replyTextsSchema, type ReplyTexts } from './reply-texts-schema.ts';
import { urgencyFileSchema, type UrgencyCues } from './urgency-schema.ts';
import { loadGuidedCheck, type GuidedCheck } from './guided-check-schema.ts';
import { groupsFileSchema, type GroupTexts } from './groups-schema.ts';
import { loadFamilyTexts, type FamilyTexts } from './family-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { unboundedRepetitionMessage } from '../data/bounded-pattern.ts';
import { imagesFileSchema, type ImageTexts } from './images-schema.ts';

/** Folder of the reply content inside the data directory. */
export const REPLIES_DIR = 'replies';

/** Everything the bot says, validated: per-intent content, shared texts, menus, guides, urgency cues. */
export interface ReplyContent {
  readonly intents: ReadonlyMap<IntentId, IntentContent>;
  readonly texts: ReplyTexts;
  readonly menus: ReadonlyMap<string, Menu>;
  readonly guides: ReadonlyMap<string, Guide>;
  readonly urgency: UrgencyCues;
  /** The guided check (guided-check.yaml). */
  readonly check: GuidedCheck;
  /** Group behaviour and words (groups.yaml). */
  readonly groups: GroupTexts;
  /** The text the group card's 「詳しく」 button types into the one-to-one chat → its intent. */
  readonly detailRequests: ReadonlyMap<string, IntentId>;
  /** A relative asking for a parent (family.yaml). */
  readonly family: FamilyTexts;
  /** What the bot says about images residents send (images.yaml). */
  readonly images: ImageTexts;
}

/**
 * Reads `<dataDir>/replies/`: `intents/<intent-id>.yaml` for each of the taxonomy's 26 intents,
 * `texts.yaml`, `menus.yaml`, `urgency.yaml`, `guided-check.yaml`, `groups.yaml` and `family.yaml`. `contactIds` are the national contact IDs
 * (`local_*` IDs are always accepted: a deployment provides them). Throws the first
 * {@link DataFileError}; {@link checkReplyContent} lists them all.
 */
export function loadReplyContent(dataDir: string, contactIds: ReadonlySet<string>): ReplyContent {
  const errors: DataFileError[] = [];
  const content = readReplyContent(dataDir, contactIds, errors);
  if (errors[0] || !content) throw errors[0] ?? new Error('reply content not loaded');
  return content;
}

/** Every problem in the reply content, one {@link DataFileError} per broken file (empty when fine). */
export function checkReplyContent(dataDir: string, contactIds: ReadonlySet<string>): DataFileError[] {
  const errors: DataFileError[] = [];
  readReplyContent(dataDir, contactIds, errors);
  return errors;
}

function readReplyContent(dataDir: string, contactIds: ReadonlySet<string>, errors: DataFileError[]): ReplyContent | null {
  const dir = join(dataDir, REPLIES_DIR);
  const attempt = collectDataFileErrors(errors);
  const intents = attempt(() => loadIntentContents(join(dir, 'intents'), contactIds, errors));
  const texts = attempt(() => readYamlFile(join(dir, 'texts.yaml'), replyTextsSchema));
  const menus = attempt(() => loadMenus(join(dir, 'menus.yaml')));
  const urgency = attempt(() => loadUrgency(join(dir, 'urgency.yaml')));
  const check = attempt(() => loadGuidedCheck(join(dir, 'guided-check.yaml')));
  const groups = attempt(() => readYamlFile(join(dir, 'groups.yaml'), groupsFileSchema));
  const family = attempt(() => loadFamilyTexts(join(dir, 'family.yaml')));
  const images = attempt(() => readYamlFile(join(dir, 'images.yaml'), imagesFileSchema));
  if (!intents || !texts || !menus || !urgency || !check || !groups || !family || !images || errors.length > 0) return null;
  const detailRequests = attempt(() => buildDetailRequests(join(dir, 'groups.yaml'), groups, intents));
  if (!detailRequests) return null;
  return { intents, texts, menus: menus.menus, guides: menus.guides, urgency, check, groups, detailRequests, family, images };
}

/** Each intent's 「詳しく」 text (groups.yaml reply.detailRequest with its chip) → the intent; chips must differ. */
function buildDetailRequests(file: string, groups: GroupTexts, intents: ReadonlyMap<IntentId, IntentContent>): Map<string, IntentId> {
  const out = new Map<string, IntentId>();
  const issues: DataFileIssue[] = [];
  for (const [id, content] of intents) {
    const text = fillTemplate(groups.reply.detailRequest, { topic: content.chip }).trim();
    const other = out.get(text);
    if (other) issues.push({ path: 'reply.detailRequest', message: `intents "${other}" and "${id}" have the same chip "${content.chip}", so the group card's detail button cannot tell them apart` });
    else out.set(text, id);
  }
  if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
  return out;
}

function loadIntentContents(dir: string, contactIds: ReadonlySet<string>, errors: DataFileError[]): Map<IntentId, IntentContent> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];
  const unknown = files.filter((f) => !(INTENT_IDS as readonly string[]).includes(f.slice(0, -'.yaml'.length)));
  const missing = INTENT_IDS.filter((id) => !files.includes(`${id}.yaml`));
  if (unknown.length > 0 || missing.length > 0) {
    throw new DataFileError(displayPath(dir), [
      ...missing.map((id) => ({ path: `${id}.yaml`, message: `missing: every intent of the taxonomy needs a reply file (intent "${id}")` })),
      ...unknown.map((f) => ({ path: f, message: 'not an intent ID of the taxonomy; rename or remove the file' })),
    ]);
  }
  const out = new Map<IntentId, IntentContent>();
  for (const id of INTENT_IDS) {
    const file = join(dir, `${id}.yaml`);
    try {
      const content = readYamlFile(file, intentContentSchema);
      const issues: DataFileIssue[] = [];
      content.contacts.forEach((c, i) => {
        if (!contactIds.has(c) && !isLocalContactId(c)) issues.push({ path: `contacts[${i}]`, message: `no contact "${c}" in contacts.yaml` });
      });
      content.chips.forEach((c, i) => {
        if (c === id) issues.push({ path: `chips[${i}]`, message: `"${c}" is this intent itself` });
      });
      if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
      out.set(id, content);
    } catch (err) {
      if (!(err instanceof DataFileError)) throw err;
      errors.push(err);
    }
  }
  return out;
}

function loadMenus(file: string): { menus: Map<string, Menu>; guides: Map<string, Guide> } {
  const data = readYamlFile(file, menusFileSchema);
  const issues: DataFileIssue[] = [];
  for (const [id, menu] of Object.entries(data.menus)) {
    menu.items.forEach((item, i) => {
      if (item.menu !== undefined && !(item.menu in data.menus)) issues.push({ path: `menus.${id}.items[${i}].menu`, message: `no menu "${item.menu}"` });
      if (item.guide !== undefined && !(item.guide in data.guides)) issues.push({ path: `menus.${id}.items[${i}].guide`, message: `no guide "${item.guide}"` });
    });
  }
  if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
  return { menus: new Map(Object.entries(data.menus)), guides: new Map(Object.entries(data.guides)) };
}

function loadUrgency(file: string): UrgencyCues {
  const data = readYamlFile(file, urgencyFileSchema);
  const issues: DataFileIssue[] = [];
  const compile = (key: 'present' | 'paid'): RegExp[] =>
    data[key].flatMap((source, i) => {
      // Run on every urgent message's text: every repetition must be bounded (see unboundedRepetition).
      const unbounded = unboundedRepetitionMessage(source);
      if (unbounded !== null) {
        issues.push({ path: `${key}[${i}]`, message: unbounded });
        return [];
      }
      try {
        return [new RegExp(foldTerm(source), 'u')];
      } catch (err) {
        issues.push({ path: `${key}[${i}]`, message: `not a valid regular expression: ${(err as Error).message} (value: ${JSON.stringify(source)})` });
        return [];
      }
    });
  const cues = { present: compile('present'), paid: compile('paid') };
  if (issues.length > 0) throw new DataFileError(displayPath(file), issues);
  return cues;
}
