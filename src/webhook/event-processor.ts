import type { webhook } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import type { LineSender } from '../line/line-sender.ts';
import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import { normaliseEvent } from './normalise-event.ts';
import { respond } from '../pipeline/pipeline.ts';

export interface EventProcessorDeps {
  runtime: RuntimeSlot;
  sender: LineSender;
  clock: () => Date;
  logger: Logger;
  hashUserId: (userId: string) => string;
}

/**
 * Processes one webhook event: normalise → pipeline → reply. Never throws; a failure is
 * logged with the event's ID and does not affect the other events of the same delivery.
 */
export async function processEvent(event: webhook.Event, deps: EventProcessorDeps): Promise<void> {
  const eventId = (event as { webhookEventId?: string }).webhookEventId ?? null;
  try {
    const runtime = deps.runtime.get();
    if (!runtime) throw new Error('runtime not loaded');
    const incoming = normaliseEvent(event, deps.hashUserId);
    const reply = respond(incoming, runtime, deps.clock());
    const log = deps.logger.child({ eventId, user: incoming.userKey });
    log.info({ ...reply.summary, redelivery: incoming.isRedelivery }, 'event handled');
    if (reply.messages.length === 0 || !incoming.replyToken) return;
    const sent = await deps.sender.reply(incoming.replyToken, reply.messages);
    if (sent.ok) log.debug({ lineRequestId: sent.requestId }, 'reply sent');
  } catch (err) {
    deps.logger.error({ eventId, err: err instanceof Error ? err.message : String(err) }, 'event processing failed');
  }
}
