import { loadContacts } from '../contacts/load-contacts.ts';
import { DataFileError } from '../data/data-file-error.ts';
import { loadRichMenu } from '../richmenu/load-richmenu.ts';
import { checkReplyContent, loadReplyContent } from '../content/load-reply-content.ts';

/**
 * A `check-data` validator for what the bot says: every file of `data/replies/` and
 * `data/richmenu/richmenu.yaml` (its tiles' targets included). One error per broken file;
 * empty when fine. Contact files are checked by their own validator; if they are broken the
 * contact links are not checked here.
 */
export function checkReplyData(dataDir: string): DataFileError[] {
  let contactIds: Set<string>;
  try {
    contactIds = new Set(loadContacts(dataDir).map((c) => c.id));
  } catch (err) {
    if (err instanceof DataFileError) return [];
    throw err;
  }
  const errors = checkReplyContent(dataDir, contactIds);
  if (errors.length > 0) return errors;
  try {
    loadRichMenu(dataDir, loadReplyContent(dataDir, contactIds));
  } catch (err) {
    if (err instanceof DataFileError) return [err];
    throw err;
  }
  return [];
}
