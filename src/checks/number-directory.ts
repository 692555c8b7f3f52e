import type { Contact } from '../contacts/contact-schema.ts';
import type { NumberDirectory, OfficialNumber } from './check-data.ts';
import type { NumberReading } from './phone-numbers.ts';

/** Digits of a number as the data writes it, `#` kept: `0120-95-0178` → `0120950178`. */
export function normaliseDisplay(display: string): string {
  return display.replace(/[^0-9#]/g, '');
}

/** One group of contacts: the national ones (deploymentId null) or one deployment's. */
export interface ContactGroup {
  readonly deploymentId: string | null;
  readonly contacts: readonly Contact[];
}

/**
 * The official numbers by normalised form, from the contact groups in order (the national
 * contacts first, then each deployment, then the curated lines): the first writer of a number
 * names it (0120-95-0178 is `mynumber_freedial`, not the suspension line that repeats it), and
 * every contact listing it adds its `numberCheckNote` (the suspension line: 24 hours).
 */
export function buildNumberDirectory(groups: readonly ContactGroup[], reading: NumberReading): NumberDirectory {
  const byNumber = new Map<string, OfficialNumber>();
  const notes = new Map<string, string[]>();
  for (const group of groups) {
    for (const c of group.contacts) {
      for (const n of c.numbers) {
        const key = normaliseDisplay(n.display);
        // Every contact listing the number adds its note (the suspension line to the free dial's 0120-95-0178).
        const checkNotes = notes.get(key) ?? [];
        if (c.numberCheckNote && !checkNotes.includes(c.numberCheckNote)) checkNotes.push(c.numberCheckNote);
        notes.set(key, checkNotes);
        if (byNumber.has(key)) continue;
        byNumber.set(key, {
          contactId: c.id,
          deploymentId: group.deploymentId,
          name: c.name,
          display: n.display,
          tel: n.tel,
          hours: hasHours(c) ? c.hours : null,
          hoursText: c.hoursText,
          afterHours: c.afterHours ?? null,
          checkNotes,
        });
      }
    }
  }
  return { byNumber, reading };
}

function hasHours(c: Contact): boolean {
  return Object.keys(c.hours).length > 0;
}
