import type { messagingApi } from '@line/bot-sdk';
import { decide } from '../../src/decide/decide.ts';
import type { Decision } from '../../src/decide/decision.ts';
import type { Classification, Flag, RedFlag } from '../../src/nlu/classification.ts';
import type { IntentId } from '../../src/nlu/intent-ids.ts';
import type { Incoming } from '../../src/incoming/incoming.ts';
import { render } from '../../src/replies/render.ts';
import { loadKnowledge, type Knowledge } from '../../src/runtime/knowledge.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';

const cache = new Map<string, Knowledge>();

/** The real data, loaded once per deployment (null: national only). */
export function knowledge(deployment: string | null = null): Knowledge {
  const key = deployment ?? '';
  let k = cache.get(key);
  if (!k) {
    k = loadKnowledge(DATA_DIR, deployment);
    cache.set(key, k);
  }
  return k;
}

/** Japan-time instant from `YYYY-MM-DDTHH:MM`. */
export function jst(text: string): Date {
  return new Date(`${text}:00+09:00`);
}

/** Pinned instants: a Tuesday afternoon (everything open), the same evening, the year end, a Sunday. */
export const AT = {
  weekdayAfternoon: jst('2026-12-01T14:00'),
  weekdayNight: jst('2026-12-01T21:00'),
  yearEnd: jst('2026-12-30T14:00'),
  sundayMorning: jst('2026-12-06T11:00'),
} as const;

const base = { eventId: 'ev-1', replyToken: 'reply-token', userKey: 'user-key', isRedelivery: false, chat: 'user' as const };

/** A text event. */
export function textEvent(text: string, at: Date): Incoming {
  return { ...base, kind: 'text', text, at, mentionsBot: false };
}

/** A text event in a family group (`mentionsBot`: the bot was @mentioned; `quoteToken`: LINE's token to quote it). */
export function groupTextEvent(text: string, at: Date, mentionsBot = false, quoteToken: string | null = null): Incoming {
  return { ...base, chat: 'group', kind: 'text', text, at, mentionsBot, quoteToken };
}

/** A postback event with raw `data`. */
export function postbackEvent(data: string, at: Date): Incoming {
  return { ...base, kind: 'postback', data, at };
}

/** A classification as the NLU would give it. */
export function classified(intent: IntentId, flags: Flag[] = [], redFlags: RedFlag[] = []): Classification {
  return { intent, confidence: 0.9, flags, redFlags, ranking: [{ intent, score: 0.9 }] };
}

/** A valid My Number (check digit OK) for tests — never a real person's: made from 12345678901. */
export const SAMPLE_MY_NUMBER = '123456789018';

/** Red flags of a typical phishing SMS. */
export const SAMPLE_RED_FLAGS: RedFlag[] = [
  { kind: 'link', host: 'myna-point.example.com', government: false, shortener: false },
  { kind: 'link', host: 'bit.ly', government: false, shortener: true },
  { kind: 'link', host: 'www.digital.go.jp', government: true, shortener: false },
  { kind: 'phone', international: true, countryCode: '44' },
  { kind: 'money_demand', term: '手数料' },
  { kind: 'impersonation', term: 'デジタル庁' },
];

/** decide() on a text message with a given classification. */
export function decideText(text: string, classification: Classification, at: Date, deployment: string | null = null): Decision | null {
  return decide({ incoming: textEvent(text, at), classification, now: at, knowledge: knowledge(deployment) });
}

/** decide() then render() for a text message with a given classification. */
export function replyTo(text: string, classification: Classification, at: Date, deployment: string | null = null): messagingApi.Message[] {
  const d = decideText(text, classification, at, deployment);
  if (!d) throw new Error('no decision');
  return render(d, knowledge(deployment));
}

/** decide() then render() for a postback. */
export function replyToPostback(data: string, at: Date, deployment: string | null = null): messagingApi.Message[] {
  const d = decide({ incoming: postbackEvent(data, at), classification: null, now: at, knowledge: knowledge(deployment) });
  if (!d) throw new Error('no decision');
  return render(d, knowledge(deployment));
}

/** Every action in a message list, in document order (buttons, quick replies …). */
export function actions(messages: readonly unknown[]): messagingApi.Action[] {
  const out: messagingApi.Action[] = [];
  const walk = (v: unknown, key: string | null): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, null));
    else if (v && typeof v === 'object') {
      if (key === 'action' && 'type' in v) out.push(v as messagingApi.Action);
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(messages, null);
  return out;
}

/** The bubbles of one Flex message (one, or a carousel's). */
export function bubbles(message: messagingApi.Message | undefined): messagingApi.FlexBubble[] {
  if (!message || message.type !== 'flex') return [];
  const c = (message as messagingApi.FlexMessage).contents;
  return c.type === 'carousel' ? (c as messagingApi.FlexCarousel).contents : [c as messagingApi.FlexBubble];
}

/** All text of the Flex components and text messages, joined (what a resident can read). */
export function visibleText(messages: readonly unknown[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o['type'] === 'text' || o['type'] === 'span') && typeof o['text'] === 'string') out.push(o['text']);
      if (typeof o['label'] === 'string') out.push(o['label']);
      for (const x of Object.values(o)) walk(x);
    }
  };
  walk(messages);
  return out.join('\n');
}
