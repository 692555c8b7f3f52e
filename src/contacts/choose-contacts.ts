import { openingStatus, type OpeningStatus } from '../hours/opening-status.ts';
import type { Alternatives } from './alternatives-schema.ts';
import { isLocalContactId } from './contact-ids.ts';
import type { Contact } from './contact-schema.ts';
import type { ContactDirectory } from './contact-directory.ts';

/** A contact to show, its status at the reply's instant, and which closed contact it stands in for. */
export interface ContactChoice {
  contact: Contact;
  status: OpeningStatus;
  /** ID of the closed contact this open one stands in for (absent for requested contacts). */
  replaces?: string;
}

/** What the reply is about: the intent ID and whether the message carries the `urgent` flag. */
export interface ContactScenario {
  readonly intent: string;
  readonly urgent: boolean;
}

/**
 * The contacts a reply shows, in order, with their opening status at `at`.
 *
 * Keeps the requested contacts in order (a `local_*` ID the deployment lacks is skipped;
 * any other unknown ID is a programming error and throws). Right after each requested
 * contact that is known to be closed, inserts the first open stand-in from `alternatives`:
 * rules for the intent first, then `urgent` ones (if urgent), then scenario-less ones.
 * A stand-in that is requested anyway, already shown, missing from the deployment, or
 * not open is passed over. Contacts whose hours are not known (`known: false`) get none.
 */
export function chooseContacts(
  ids: readonly string[],
  scenario: ContactScenario,
  directory: ContactDirectory,
  alternatives: Alternatives,
  at: Date,
): ContactChoice[] {
  const requested = new Set(ids);
  const shown = new Set<string>();
  const choices: ContactChoice[] = [];
  for (const id of ids) {
    if (shown.has(id)) continue;
    const contact = directory.contacts.get(id);
    if (!contact) {
      if (isLocalContactId(id)) continue;
      throw new Error(`chooseContacts: no contact "${id}" in the directory`);
    }
    const status = openingStatus(contact.hours, at);
    choices.push({ contact, status });
    shown.add(id);
    if (!status.known || status.open) continue;
    for (const altId of fallbacksFor(id, scenario, alternatives)) {
      if (requested.has(altId) || shown.has(altId)) continue;
      const alt = directory.contacts.get(altId);
      if (!alt) continue;
      const altStatus = openingStatus(alt.hours, at);
      if (!altStatus.open) continue;
      choices.push({ contact: alt, status: altStatus, replaces: id });
      shown.add(altId);
      break;
    }
  }
  return choices;
}

/** Stand-ins for `id` in the order they are tried: the intent's rule, the urgent rule, the general rule. */
export function fallbacksFor(id: string, scenario: ContactScenario, alternatives: Alternatives): string[] {
  const rules = alternatives.rules.filter((r) => r.contact === id);
  const ordered = [
    ...rules.filter((r) => r.scenario === scenario.intent),
    ...(scenario.urgent ? rules.filter((r) => r.scenario === 'urgent') : []),
    ...rules.filter((r) => r.scenario === undefined),
  ];
  return [...new Set(ordered.flatMap((r) => r.fallbacks))];
}
