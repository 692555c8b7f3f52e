import type { messagingApi } from '@line/bot-sdk';
import type { FakeLineApi } from '../support/fake-line-api.ts';
import { callbackBody } from '../support/signed-webhook.ts';
import { pause, postWebhook } from './post.ts';
import { actions } from '../replies/fixtures.ts';

export { actions, visibleText } from '../replies/fixtures.ts';

/** The messages of one reply the fake LINE API received. */
export type Sent = messagingApi.Message[];

/**
 * Posts `events` (signed, in one delivery) and returns the reply each got, by reply token;
 * waits until `expectedReplies` replies arrived, then a little longer so an unexpected extra
 * reply would show. With `handled` (how many events the app has logged as handled so far), a
 * delivery expecting no reply waits until the app handled its events rather than a fixed 400 ms.
 */
export async function deliver(botUrl: string, fake: FakeLineApi, events: Record<string, unknown>[], expectedReplies = events.length, handled?: () => number): Promise<Map<string, Sent>> {
  const before = fake.requests.length;
  const handledBefore = handled?.() ?? 0;
  const res = await postWebhook(botUrl, callbackBody(events));
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  if (expectedReplies > 0) await fake.waitFor(before + expectedReplies, '/v2/bot/message/reply', 10_000);
  if (expectedReplies === 0 && handled) {
    const until = Date.now() + 10_000;
    while (handled() < handledBefore + events.length) {
      if (Date.now() > until) throw new Error(`the app handled ${handled() - handledBefore} of ${events.length} events`);
      await pause(10);
    }
  }
  await pause(expectedReplies > 0 || handled ? 50 : 400);
  const out = new Map<string, Sent>();
  for (const r of fake.requests.slice(before)) {
    if (r.path !== '/v2/bot/message/reply') continue;
    const json = r.json as { replyToken: string; messages: Sent };
    out.set(json.replyToken, json.messages);
  }
  return out;
}

/** The postback buttons of the messages (deduplicated by data: chips repeat the card's buttons). */
export function postbackButtons(messages: readonly unknown[]): { label: string; data: string }[] {
  const seen = new Map<string, string>();
  for (const a of actions(messages)) {
    if (a.type === 'postback') {
      const p = a as messagingApi.PostbackAction;
      if (p.data && !seen.has(p.data)) seen.set(p.data, p.label ?? '');
    }
  }
  return [...seen].map(([data, label]) => ({ data, label }));
}

/** Posts one event and returns its reply (throws when none came). */
export async function replyOf(botUrl: string, fake: FakeLineApi, event: Record<string, unknown>): Promise<Sent> {
  const replies = await deliver(botUrl, fake, [event]);
  const messages = replies.get(event['replyToken'] as string);
  if (!messages) throw new Error('no reply');
  return messages;
}
