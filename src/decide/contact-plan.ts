import { chooseContacts, type ContactChoice } from '../contacts/choose-contacts.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { NothingOpen } from './decision.ts';

/** The emergency number's contact ID: first in every urgent reply. */
export const EMERGENCY_CONTACT = 'police_emergency';
/** The city office's contact ID: when a reply names it and there is no deployment, say "ask your city office". */
export const CITY_OFFICE_CONTACT = 'local_city_office';

/** The contact cards of one answer, whether to add the "ask your city office" line, and whether every line is closed. */
export interface ContactPlan {
  contacts: ContactChoice[];
  askCityOffice: boolean;
  nothingOpen: NothingOpen | null;
}

/**
 * Contacts for an intent's answer: the content's IDs in order (110 put first when urgent),
 * with opening status at `at` and stand-ins for closed lines (see chooseContacts).
 */
export function planContacts(
  ids: readonly string[],
  scenario: { intent: string; urgent: boolean },
  knowledge: Knowledge,
  at: Date,
): ContactPlan {
  const ordered = scenario.urgent ? [EMERGENCY_CONTACT, ...ids.filter((id) => id !== EMERGENCY_CONTACT)] : [...ids];
  const contacts = chooseContacts(ordered, scenario, knowledge.directory, knowledge.alternatives, at);
  const askCityOffice = ordered.includes(CITY_OFFICE_CONTACT) && !knowledge.directory.contacts.has(CITY_OFFICE_CONTACT);
  return { contacts, askCityOffice, nothingOpen: nothingOpen(contacts) };
}

/**
 * Null unless the reply shows phone lines and every one of them is known to be closed (a line
 * whose hours depend on the region might be open: then nothing is claimed). Then: the line
 * that opens first, or null when none opens within the search window.
 */
export function nothingOpen(contacts: readonly ContactChoice[]): NothingOpen | null {
  const lines = contacts.filter((c) => c.contact.numbers.length > 0);
  if (lines.length === 0 || lines.some((c) => c.status.open || !c.status.known)) return null;
  let next: NothingOpen['next'] = null;
  for (const c of lines) {
    const at = c.status.nextOpen;
    if (at && (!next || at.getTime() < next.at.getTime())) next = { contactId: c.contact.id, at };
  }
  return { next };
}
