import type { Incoming } from '../incoming/incoming.ts';
import type { Reply } from '../pipeline/pipeline.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { rateLimitedDecision } from '../decide/decision.ts';
import { render } from '../replies/render.ts';

/** The polite "please wait a moment" reply (words from data/replies), instead of classifying. */
export function rateLimitedReply(incoming: Incoming, runtime: Runtime): Reply {
  const decision = rateLimitedDecision();
  return {
    messages: render(decision, runtime.knowledge),
    summary: { kind: incoming.kind, decision: decision.kind, intent: null, confidence: null, flags: [], redFlags: [] },
  };
}
