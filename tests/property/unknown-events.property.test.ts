import fc from 'fast-check';
import type { webhook } from '@line/bot-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseEvent } from '../../src/webhook/normalise-event.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { MESSAGE_TYPES, eventLike } from './arbitraries.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('unknown or malformed events', () => {
  it('normalise without throwing and get a sane reply (at most 5 messages) or none', () => {
    fc.assert(
      fc.property(eventLike, (event) => {
        const incoming = normaliseEvent(event as unknown as webhook.Event, (id) => `u_${id.length}`);
        const reply = respond(incoming, runtime, new Date('2026-11-24T05:00:00Z'));
        expect(reply.messages.length).toBeLessThanOrEqual(5);
        if (incoming.kind === 'ignored') expect(reply.messages).toEqual([]);
        for (const m of reply.messages) expect(typeof m.type).toBe('string');
        // The log summary is a fixed set of fields: no message text, no user ID, no token. `answer`
        // (the scenario a reply answered, for reports) is there only when a message got an answer,
        // and is then one of the intents' IDs, never text from the event.
        const { answer, ...fixed } = reply.summary;
        expect(Object.keys(fixed).sort()).toEqual(['confidence', 'decision', 'flags', 'intent', 'kind', 'redFlags']);
        if (answer !== undefined) expect(answer).toMatch(/^[a-z_]+\.[a-z_]+$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('types LINE may add tomorrow get no reply', () => {
    fc.assert(
      fc.property(fc.string().filter((t) => !['message', 'postback', 'follow', 'join'].includes(t)), (type) => {
        const incoming = normaliseEvent({ type, replyToken: 'rt', source: { type: 'user', userId: 'U1' } } as unknown as webhook.Event, (id) => id);
        expect(incoming.kind).toBe('ignored');
        expect(respond(incoming, runtime, new Date()).messages).toEqual([]);
      }),
    );
  });

  it('message types it cannot read get the "please send text" reply or none, never an error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGE_TYPES.filter((t) => t !== 'text')), fc.string(), (type, extra) => {
        const event = { type: 'message', replyToken: 'rt', source: { type: 'user', userId: 'U1' }, message: { type, id: extra } };
        const incoming = normaliseEvent(event as unknown as webhook.Event, (id) => id);
        const reply = respond(incoming, runtime, new Date());
        expect(['media', 'ignored']).toContain(incoming.kind);
        expect(reply.messages.length).toBe(incoming.kind === 'media' ? reply.messages.length : 0);
      }),
    );
  });
});
