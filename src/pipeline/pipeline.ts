import type { messagingApi } from '@line/bot-sdk';
import type { Incoming } from '../incoming/incoming.ts';
import type { Classification } from '../nlu/classification.ts';
import { MAX_CLASSIFY_CHARS } from '../nlu/normalise-text.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { decide, type Decision } from '../decide/decide.ts';
import { renderCached } from '../replies/render-cache.ts';
import { withImageRead } from '../replies/image-replies.ts';
import { quoting } from '../replies/quote.ts';

/** What the pipeline answers for one event: the messages to send (possibly none) and a log summary. */
export interface Reply {
  /** Shared between events (see render-cache.ts): read-only. */
  messages: readonly messagingApi.Message[];
  /** Safe to log: no text, no numbers, no user ID. */
  summary: ReplySummary;
}

export interface ReplySummary {
  kind: Incoming['kind'];
  decision: Decision['kind'] | null;
  intent: string | null;
  confidence: number | null;
  flags: string[];
  redFlags: string[];
  /** The scenario the reply answered (an answer to a message, a finished guided check, a group card); absent for a topic chosen from a menu and for anything else. */
  answer?: string;
}

/**
 * normalise (already done: `incoming`) → classify → decide → render.
 * Pure: the clock and everything loaded are passed in; the webhook and the simulator
 * are only transports around this function.
 */
export function respond(event: Incoming, runtime: Runtime, now: Date): Reply {
  const incoming = withinClassifyLimit(event);
  const classification = classificationFor(incoming, runtime);
  // The number and link check, in one-to-one chats (a group gets its short card only).
  const checks = incoming.kind === 'text' && incoming.chat === 'user' ? runtime.knowledge.checks.check(incoming.text) : null;
  const decision = decide({ incoming, classification, now, knowledge: runtime.knowledge, checks });
  const rendered = withImageText(incoming, decision ? renderCached(decision, runtime.knowledge) : [], runtime);
  // In a group, quote the message answered (a typed text, or the image a text was read from; only a text reply can carry the quote).
  const messages = incoming.kind === 'text' && incoming.chat !== 'user' && incoming.quoteToken ? quoting(rendered, incoming.quoteToken) : rendered;
  return {
    messages,
    summary: {
      kind: incoming.kind,
      decision: decision?.kind ?? null,
      intent: classification?.intent ?? null,
      confidence: classification ? Math.round(classification.confidence * 1000) / 1000 : null,
      flags: classification?.flags ?? [],
      redFlags: classification?.redFlags.map((r) => r.kind) ?? [],
      ...answeredScenario(decision),
    },
  };
}

function answeredScenario(decision: Decision | null): { answer?: string } {
  if (decision?.kind === 'group_answer' || (decision?.kind === 'answer' && decision.origin !== 'topic')) return { answer: decision.contentId };
  return {};
}

/**
 * The event with its text cut to what the classifier reads (MAX_CLASSIFY_CHARS, LINE's limit),
 * so every stage after this one (checks, decide, render) reads the same bounded text, whatever a
 * signed body carried. The same event when nothing is cut.
 */
export function withinClassifyLimit(incoming: Incoming): Incoming {
  if (incoming.kind !== 'text' || incoming.text.length <= MAX_CLASSIFY_CHARS) return incoming;
  return { ...incoming, text: incoming.text.slice(0, MAX_CLASSIFY_CHARS).toWellFormed() };
}

function classificationFor(incoming: Incoming, runtime: Runtime): Classification | null {
  return incoming.kind === 'text' ? runtime.classifier.classify(incoming.text) : null;
}

/**
 * A text read from an image: the answer starts with what was read (src/replies/image-replies.ts).
 * In a group or room it stays the short card for everyone: no topic chips (a tap there would post a full answer to the group).
 */
function withImageText(incoming: Incoming, rendered: readonly messagingApi.Message[], runtime: Runtime): readonly messagingApi.Message[] {
  if (incoming.kind !== 'text' || !incoming.image || rendered.length === 0) return rendered;
  const messages = withImageRead(rendered, incoming.text, incoming.image, runtime.knowledge);
  return incoming.chat === 'user' ? messages : messages.map(({ quickReply: _chips, ...message }) => message as messagingApi.Message);
}
