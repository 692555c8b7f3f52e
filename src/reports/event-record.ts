import { maskSensitiveText } from '../privacy/mask-text.ts';
import { parsePostback } from '../postback/postback.ts';

/**
 * One handled event as the reports keep it: what happened, never what was written or by whom.
 * Built from plain values by {@link eventRecord}; the user key is only used (hashed with a
 * per-day key, see recorder.ts) to count residents per day and is never stored.
 */
export interface EventRecord {
  at: Date;
  source: 'line' | 'simulator';
  chat: string;
  /** text | postback | follow | join | image | sticker | video | … */
  input: string;
  decision: string | null;
  intent: string | null;
  /** The scenario the reply answered (a message's answer, a finished guided check, a group card), or null. */
  scenario: string | null;
  confidenceBand: ConfidenceBand | null;
  flags: string[];
  redFlags: string[];
  silent: boolean;
  /** The (already hashed) user key, for the day's resident count only. */
  userKey: string | null;
  /** A 「役に立ちましたか？」 answer. */
  feedback: { intent: string; helpful: boolean } | null;
  /** An out-of-scope or low-confidence message; `maskedText` only with STORE_UNANSWERED_TEXT. */
  unanswered: { reason: UnansweredReason; maskedText: string | null } | null;
}

export type ConfidenceBand = 'high' | 'medium' | 'low';
export type UnansweredReason = 'out_of_scope' | 'low_confidence';

/** Confidence at or above this is `high`; at or above {@link MEDIUM_CONFIDENCE} `medium`; below, `low` (a "could not answer well"). */
export const HIGH_CONFIDENCE = 0.8;
export const MEDIUM_CONFIDENCE = 0.5;
export const OUT_OF_SCOPE_INTENT = 'meta.out_of_scope';
/** Longest masked text kept (STORE_UNANSWERED_TEXT). */
export const MAX_STORED_TEXT_CHARS = 500;

export function confidenceBand(confidence: number | null): ConfidenceBand | null {
  if (confidence === null) return null;
  return confidence >= HIGH_CONFIDENCE ? 'high' : confidence >= MEDIUM_CONFIDENCE ? 'medium' : 'low';
}

/** The parts of an event the webhook and the simulator hand over (structural: no import of their types). */
export interface HandledEventInput {
  kind: string;
  chat: string;
  at: Date;
  userKey: string | null;
  /** The text (kind text), read only to mask it when STORE_UNANSWERED_TEXT is on and the bot could not answer. */
  text?: string;
  /** Postback data (kind postback): only a feedback answer's intent and yes/no are kept. */
  data?: string;
  mediaType?: string;
}

export interface HandledSummary {
  decision: string | null;
  intent: string | null;
  confidence: number | null;
  flags: readonly string[];
  redFlags: readonly string[];
  answer?: string;
}

/**
 * The record of one handled event. `keepText`: STORE_UNANSWERED_TEXT — the masked text of an
 * unanswered message is kept; otherwise no text leaves this function.
 */
export function eventRecord(
  event: HandledEventInput,
  summary: HandledSummary,
  silent: boolean,
  source: EventRecord['source'],
  keepText: boolean,
): EventRecord {
  const band = confidenceBand(summary.confidence);
  let unanswered: EventRecord['unanswered'] = null;
  if (event.kind === 'text' && summary.intent !== null && !silent) {
    const reason: UnansweredReason | null = summary.intent === OUT_OF_SCOPE_INTENT ? 'out_of_scope' : band === 'low' ? 'low_confidence' : null;
    if (reason) {
      const masked = keepText && typeof event.text === 'string' ? maskSensitiveText(event.text).slice(0, MAX_STORED_TEXT_CHARS) : null;
      unanswered = { reason, maskedText: masked };
    }
  }
  let feedback: EventRecord['feedback'] = null;
  if (event.kind === 'postback' && typeof event.data === 'string') {
    const postback = parsePostback(event.data);
    if (postback?.kind === 'feedback') feedback = { intent: postback.intent, helpful: postback.helpful };
  }
  return {
    at: event.at,
    source,
    chat: event.chat,
    input: event.kind === 'media' && event.mediaType ? event.mediaType : event.kind,
    decision: summary.decision,
    intent: summary.intent,
    scenario: summary.answer ?? null,
    confidenceBand: band,
    flags: [...summary.flags],
    redFlags: [...new Set(summary.redFlags)],
    silent,
    userKey: event.userKey,
    feedback,
    unanswered,
  };
}
