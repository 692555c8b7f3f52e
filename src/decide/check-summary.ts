import type { CheckResult } from '../checks/check-message.ts';
import type { ContactChoice } from '../contacts/choose-contacts.ts';
import { openingStatus } from '../hours/opening-status.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { CheckedLink, CheckedNumber, CheckSummary } from './decision.ts';

/** Most numbers and links the card goes through (the rest are counted). */
export const MAX_CHECKED_ITEMS = 5;
/** The free blocking of international calls to landlines. */
export const INTL_CALL_BLOCK = 'intl_call_block';

/**
 * The check result of a message as the card's plain data: the numbers and links in reading
 * order (at most five), each official number with its live status at `at`, whether to say
 * that a real number does not make the message real, and the international-call blocking
 * line when a number is from abroad. Null when the message has no number and no link.
 */
export function summariseChecks(result: CheckResult, knowledge: Knowledge, at: Date): CheckSummary | null {
  const all = [
    ...result.numbers.map((n) => ({ index: n.index, item: numberItem(n, at) })),
    ...result.links.map((l) => ({ index: l.index, item: linkItem(l) })),
  ].sort((a, b) => a.index - b.index);
  if (all.length === 0) return null;
  const items = all.slice(0, MAX_CHECKED_ITEMS).map((x) => x.item);
  const abroad = items.some((i) => i.kind === 'number' && i.verdict === 'international') ? intlCallBlock(knowledge, at) : null;
  return {
    items,
    more: all.length - items.length,
    realNumberNote: items.some((i) => i.kind === 'number' && i.verdict === 'official'),
    abroad,
    phishListDate: knowledge.phishListDate,
  };
}

function numberItem(n: CheckResult['numbers'][number], at: Date): CheckedNumber {
  const o = n.official;
  return {
    kind: 'number',
    text: n.text,
    verdict: n.verdict,
    form: n.form,
    official: o
      ? {
          contactId: o.contactId,
          name: o.name,
          display: o.display,
          tel: o.tel,
          hoursText: o.hoursText,
          hours: o.hours,
          status: o.hours ? openingStatus(o.hours, at) : null,
          afterHours: o.afterHours,
          checkNotes: o.checkNotes,
        }
      : null,
  };
}

function linkItem(l: CheckResult['links'][number]): CheckedLink {
  return { kind: 'link', host: l.host, verdict: l.verdict, officialHost: l.officialHost ? { host: l.officialHost.host, name: l.officialHost.name } : null };
}

function intlCallBlock(knowledge: Knowledge, at: Date): ContactChoice | null {
  const contact = knowledge.directory.contacts.get(INTL_CALL_BLOCK);
  return contact ? { contact, status: openingStatus(contact.hours, at) } : null;
}

/** A message that is only numbers and links (and a few words such as 「本物？」) gets the check alone. */
export function isCheckOnly(result: CheckResult, maxOtherChars: number): boolean {
  return result.numbers.length + result.links.length > 0 && result.otherChars <= maxOtherChars;
}
