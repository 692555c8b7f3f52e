import type { messagingApi } from '@line/bot-sdk';
import type { Decision } from '../decide/decision.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import type { ContactChoice } from '../contacts/choose-contacts.ts';
import { render } from './render.ts';
import { epochMinutes } from '../hours/jst.ts';

/** Distinct decisions remembered per loaded knowledge; the oldest is forgotten first. */
export const RENDER_CACHE_ENTRIES = 256;

/**
 * {@link render}, remembered. Rendering is pure and most events of a minute get one of a few
 * dozen decisions (same intent, same flags, same contact statuses), while building and
 * filling a flex reply was the largest step on the webhook's thread after sending (npm run
 * bench). The key is the decision as JSON with each directory contact as its ID (same
 * knowledge, same contact) and each instant as its minute: every hour boundary is a whole
 * minute, so what render says about `at` (受付中（17:00まで）, 本日 13:00 から …) is the same
 * for every instant of that minute. Results are deep-frozen because they are shared.
 * Each knowledge (one per data load) has its own cache, dropped with it.
 */
export function renderCached(decision: Decision, knowledge: Knowledge): readonly messagingApi.Message[] {
  // A checked number or link is the resident's own text: rendered each time, never kept.
  if (decision.kind === 'check_only' || (decision.kind === 'answer' && decision.checks)) return render(decision, knowledge);
  let cache = caches.get(knowledge);
  if (!cache) caches.set(knowledge, (cache = new Map()));
  const key = decisionKey(decision, knowledge.directory.contacts);
  const hit = cache.get(key);
  if (hit) return hit;
  const messages = deepFreeze(render(decision, knowledge));
  if (cache.size >= RENDER_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, messages);
  return messages;
}

const caches = new WeakMap<Knowledge, Map<string, readonly messagingApi.Message[]>>();

/**
 * The decision as JSON, with its instant as `@<epoch minute>` and each directory contact as its
 * ID (a contact that is not the directory's own is written out in full). Built field by field
 * for the two kinds that carry contacts: a JSON replacer function cost more than a render hit saved.
 */
export function decisionKey(decision: Decision, contacts: ReadonlyMap<string, Contact>): string {
  const choice = (c: ContactChoice) => ({ ...c, contact: contacts.get(c.contact.id) === c.contact ? `#${c.contact.id}` : c.contact });
  switch (decision.kind) {
    case 'answer':
      return JSON.stringify({ ...decision, at: minuteOf(decision.at), contacts: decision.contacts.map(choice) });
    case 'group_answer':
      return JSON.stringify({ ...decision, at: minuteOf(decision.at), contact: decision.contact && choice(decision.contact) });
    default:
      return JSON.stringify(decision);
  }
}

function minuteOf(at: Date): string {
  return `@${epochMinutes(at)}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
