import { DataFileError } from '../data/data-file-error.ts';
import { collectDataFileErrors } from '../data/collect-errors.ts';
import { loadHoursTexts } from '../hours/hours-texts.ts';
import type { Contact } from './contact-schema.ts';
import { loadAlternatives } from './load-alternatives.ts';
import { listDeployments, loadContacts, loadDeployment } from './load-contacts.ts';

/**
 * Validates every contact data file: `contacts.yaml`, `alternatives.yaml` (and its links to
 * contacts), `hours-text.yaml`, and each `deployments/*.yaml`. Returns one error per broken
 * file (each naming file, field and problem); an empty list means the data is fine.
 */
export function checkContactData(dataDir: string): DataFileError[] {
  const errors: DataFileError[] = [];
  const attempt = collectDataFileErrors(errors);
  const contacts: Contact[] | undefined = attempt(() => loadContacts(dataDir));
  if (contacts) attempt(() => loadAlternatives(dataDir, contacts));
  attempt(() => loadHoursTexts(dataDir));
  for (const id of listDeployments(dataDir)) attempt(() => loadDeployment(dataDir, id));
  return errors;
}
