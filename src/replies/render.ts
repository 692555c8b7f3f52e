import type { messagingApi } from '@line/bot-sdk';
import type { Decision } from '../decide/decide.ts';
import type { Knowledge } from '../runtime/knowledge.ts';

/** Decision → LINE messages (at most 5). Placeholder until the replies work lands. */
export function render(decision: Decision, _knowledge: Knowledge): messagingApi.Message[] {
  return [{ type: 'text', text: decision.kind === 'answer' ? decision.intent : decision.kind }];
}
