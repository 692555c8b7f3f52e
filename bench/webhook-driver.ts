import type { FakeLineApi } from '../tests/support/fake-line-api.ts';
import { sign } from '../tests/support/signed-webhook.ts';

/** The texts posted while images are read (bench/ocr.ts part 3, bench/text-while-reading.ts): written for the benchmark. */
export const TEXTS_WHILE_READING = ['市役所の職員を名乗る人から電話でマイナンバーを聞かれました', 'マイナポイントの申請期限が今日までとSMSが来ました', 'マイナンバーカードをなくしました', '還付金があるのでATMに行くよう言われた'];

/**
 * Drives a bot's webhook as LINE would and watches the stand-in LINE API for its replies:
 * `event` makes a one-to-one message event (50 users in turn), `post` sends a signed body,
 * `waitReply(token)` resolves once the reply with that token reached the stand-in, and
 * `replyAt` holds when each did (performance.now()). `stop` ends the watching.
 */
export function webhookDriver(appUrl: string, fake: FakeLineApi) {
  let n = 0;
  const event = (message: Record<string, unknown>, replyToken: string) => ({
    webhookEventId: `01HBENCH${String(++n).padStart(18, '0')}`,
    deliveryContext: { isRedelivery: false },
    timestamp: Date.now(),
    mode: 'active',
    source: { type: 'user', userId: `U${String(n % 50).padStart(32, 'a')}` },
    type: 'message',
    replyToken,
    message,
  });
  const post = (body: string) => fetch(`${appUrl}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': sign(body) }, body });
  const replyAt = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  let seen = 0;
  const poll = setInterval(() => {
    for (; seen < fake.requests.length; seen++) {
      const r = fake.requests[seen]!;
      if (r.path !== '/v2/bot/message/reply') continue;
      const token = (r.json as { replyToken: string }).replyToken;
      replyAt.set(token, performance.now());
      waiters.get(token)?.();
    }
  }, 2);
  const waitReply = (token: string) => new Promise<void>((resolve) => (replyAt.has(token) ? resolve() : waiters.set(token, resolve)));
  return { event, post, replyAt, waitReply, stop: () => clearInterval(poll) };
}
