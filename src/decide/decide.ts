import type { Incoming } from '../pipeline/incoming.ts';
import type { Classification } from '../nlu/classification.ts';
import type { Knowledge } from '../runtime/knowledge.ts';

export interface DecideInput {
  incoming: Incoming;
  classification: Classification | null;
  now: Date;
  knowledge: Knowledge;
}

/** What to say, as data. Placeholder shape until the replies work lands. */
export type Decision =
  | { kind: 'answer'; intent: string }
  | { kind: 'welcome' }
  | { kind: 'ask_for_text' }
  | { kind: 'menu' };

/** (classification, flags, clock, data) → what to say; null means no reply. */
export function decide(input: DecideInput): Decision | null {
  const { incoming, classification } = input;
  switch (incoming.kind) {
    case 'text':
      return { kind: 'answer', intent: classification?.intent ?? 'meta.out_of_scope' };
    case 'postback':
      return { kind: 'menu' };
    case 'follow':
      return { kind: 'welcome' };
    case 'media':
      return { kind: 'ask_for_text' };
    case 'ignored':
      return null;
  }
}
