import type { FastifyPluginAsync } from 'fastify';
import type { webhook } from '@line/bot-sdk';
import { isValidLineSignature } from './line-signature.ts';
import { z } from 'zod';
import type { EventQueue } from './event-queue.ts';
import { processEvent, type EventProcessorDeps } from './event-processor.ts';

/** LINE webhook bodies are small; anything larger is refused before the signature check. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

// Only the envelope is checked here: one odd event must not cost the others their replies
// (normaliseEvent turns unknown shapes into `ignored`; non-objects are skipped below).
const CallbackShape = z.object({
  destination: z.string(),
  events: z.array(z.unknown()),
});

export interface WebhookRouteOptions extends EventProcessorDeps {
  channelSecret: string;
  queue: EventQueue;
  /** MAX_QUEUED_EVENTS: with this many answered events still in flight, the next 200 waits (bounded). */
  maxQueuedEvents: number;
}

/**
 * POST /webhook. Registered as an encapsulated plugin: its raw-buffer body parser applies
 * to this route only, so the signature is checked against the exact bytes LINE signed.
 * Answers 200 at once (unless the bot is behind: see event-queue.ts) and processes each event
 * on its own, isolated from the others.
 */
export const webhookRoute: FastifyPluginAsync<WebhookRouteOptions> = async (app, opts) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => {
    done(null, body);
  });

  app.post('/webhook', { bodyLimit: WEBHOOK_BODY_LIMIT }, async (request, reply) => {
    const signature = request.headers['x-line-signature'];
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (typeof signature !== 'string' || signature === '' || !isValidLineSignature(body, opts.channelSecret, signature)) {
      request.log.warn({ hasSignature: typeof signature === 'string' }, 'webhook signature rejected');
      return reply.code(401).send({ error: 'invalid signature' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return reply.code(400).send({ error: 'malformed JSON' });
    }
    const shape = CallbackShape.safeParse(parsed);
    if (!shape.success) return reply.code(400).send({ error: 'not a LINE webhook body' });
    if (!opts.runtime.get()) {
      // Not ready yet: LINE redelivers (when redelivery is on) rather than the event being lost.
      return reply.code(503).send({ error: 'starting up' });
    }
    const events = shape.data.events.filter((e): e is webhook.Event => typeof e === 'object' && e !== null && !Array.isArray(e));
    if (events.length < shape.data.events.length) request.log.warn({ skipped: shape.data.events.length - events.length }, 'webhook: skipped events that are not objects');
    // Tracked before the 200 goes out, so a shutdown that starts right after it still waits for
    // these events. Back-pressure: while the limit of earlier events is still in flight, the
    // answer waits (bounded) and these events are already being worked on.
    await opts.queue.accept(
      events.map((event) => (responded) => processEvent(event, opts, responded)),
      opts.maxQueuedEvents,
    );
    return reply.code(200).send({});
  });
};

