import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `signature` (the x-line-signature header: base64 of the HMAC-SHA256 of the raw body
 * under the channel secret) belongs to `body`. Compared in constant time. Written here rather
 * than imported from @line/bot-sdk, whose entry point loads ~380 modules (~0.2 s of CPU at
 * every start) for this one function (tests/startup/heavy-modules.test.ts).
 */
export function isValidLineSignature(body: Buffer, channelSecret: string, signature: string): boolean {
  const expected = createHmac('sha256', channelSecret).update(body).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
