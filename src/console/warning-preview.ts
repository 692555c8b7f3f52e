import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import { respond } from '../pipeline/pipeline.ts';

/**
 * The reply a resident would get for `intent` (as if chosen from the menu) with `text` as a
 * local warning in force: the same respond() and renderer as the bot, for the console's preview.
 * Null while the bot is still loading.
 */
export function warningPreview(runtime: RuntimeSlot, clock: () => Date) {
  return (intent: string, text: string): readonly object[] | null => {
    const current = runtime.get();
    if (!current) return null;
    const now = clock();
    const warning = { id: 0, text, intents: [intent], expiresAt: new Date(now.getTime() + 86_400_000) };
    const knowledge = { ...current.knowledge, localWarnings: [warning] };
    const incoming = { kind: 'postback' as const, data: `v1|topic|${intent}`, eventId: 'console-preview', replyToken: null, userKey: null, at: now, isRedelivery: false, chat: 'user' as const };
    return respond(incoming, { ...current, knowledge }, now).messages;
  };
}
