import type { messagingApi } from '@line/bot-sdk';
import type { Decision } from '../decide/decision.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import { render } from './render.ts';

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

/** The decision as JSON, with directory contacts as `#<id>` and instants as `@<epoch minute>`. */
export function decisionKey(decision: Decision, contacts: ReadonlyMap<string, Contact>): string {
  return JSON.stringify(decision, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    if (original instanceof Date) return `@${Math.floor(original.getTime() / 60_000)}`;
    if (typeof original === 'object' && original !== null && 'id' in original && contacts.get(String(original.id)) === original) return `#${String(original.id)}`;
    return value;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
