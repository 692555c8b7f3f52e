import type { Alternatives } from '../contacts/alternatives-schema.ts';
import type { LocalWarning } from '../local-warnings/local-warning.ts';
import { buildDirectory, type ContactDirectory } from '../contacts/contact-directory.ts';
import { loadAlternatives } from '../contacts/load-alternatives.ts';
import { loadContacts, loadDeployment } from '../contacts/load-contacts.ts';
import { loadHoursTexts, type HoursTexts } from '../hours/hours-texts.ts';
import { loadReplyContent, type ReplyContent } from '../content/load-reply-content.ts';
import { createMessageChecker, type MessageChecker } from '../checks/check-message.ts';
import { loadCheckData } from '../checks/load-check-data.ts';
import { CHECK_TEXTS_FILE, checkTextsSchema, type CheckTexts } from '../content/checks-schema.ts';
import { readYamlFile } from '../data/read-yaml-file.ts';
import { loadPhishList } from '../phishlist/phishlist-store.ts';
import { join } from 'node:path';

/**
 * Everything the decide and render steps read, validated at start-up and then read-only:
 * the contacts (national + the deployment's `local_*` ones), the stand-in rules for closed
 * lines, the reply content and the words for opening hours.
 */
export interface Knowledge {
  /** The deployment (city) the bot runs for, or null for a national-only bot. */
  readonly deploymentId: string | null;
  readonly directory: ContactDirectory;
  readonly alternatives: Alternatives;
  readonly replies: ReplyContent;
  readonly hoursTexts: HoursTexts;
  /** The account's basic ID (`@…`, LINE_BOT_BASIC_ID) for links into the one-to-one chat, or null. */
  readonly lineBasicId: string | null;
  /** Local warnings written in the operator console, as last loaded from the store (src/local-warnings/); none when absent. */
  readonly localWarnings?: readonly LocalWarning[];
  /** The number and link checks (official numbers, domain lists, the imported phishing list): pure, prepared once. */
  readonly checks: MessageChecker;
  /** Words of the check card (data/replies/checks.yaml). */
  readonly checkTexts: CheckTexts;
  /** Newest entry date of the imported phishing list (`YYYY-MM-DD`), or null. */
  readonly phishListDate: string | null;
}

/**
 * Loads every data file decide/render need from `dataDir` (synchronous; at start-up).
 * `deploymentId` names `data/deployments/<id>.yaml`, or null for none; `lineBasicId` is the
 * account's basic ID from the settings (LINE_BOT_BASIC_ID), or null.
 * Throws DataFileError naming the file, the field and the value.
 */
export function loadKnowledge(
  dataDir: string,
  deploymentId: string | null,
  lineBasicId: string | null = null,
  phishlistDir: string | null = null,
): Knowledge {
  const national = loadContacts(dataDir);
  const phishList = phishlistDir === null ? undefined : loadPhishList(phishlistDir);
  const deployment = deploymentId === null ? null : loadDeployment(dataDir, deploymentId);
  return {
    deploymentId: deployment?.id ?? null,
    directory: buildDirectory(national, deployment),
    alternatives: loadAlternatives(dataDir, national),
    replies: loadReplyContent(dataDir, new Set(national.map((c) => c.id))),
    hoursTexts: loadHoursTexts(dataDir),
    lineBasicId,
    checks: createMessageChecker(loadCheckData(dataDir, phishList)),
    checkTexts: readYamlFile(join(dataDir, CHECK_TEXTS_FILE), checkTextsSchema),
    phishListDate: phishList?.newestEntry ?? null,
  };
}
