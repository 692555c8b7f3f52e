import { chooseContacts, type ContactChoice } from '../contacts/choose-contacts.ts';
import type { Knowledge } from '../runtime/knowledge.ts';

/** The emergency number's contact ID: first in every urgent reply. */
export const EMERGENCY_CONTACT = 'police_emergency';
/** The city office's contact ID: when a reply names it and there is no deployment, say "ask your city office". */
export const CITY_OFFICE_CONTACT = 'local_city_office';

/** The contact cards of one answer and whether to add the "ask your city office" line. */
export interface ContactPlan {
  contacts: ContactChoice[];
  askCityOffice: boolean;
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
  return { contacts, askCityOffice };
}
