import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';
import { isValidLineSignature } from '../../src/webhook/line-signature.ts';

// The webhook checks signatures with a few lines of node:crypto instead of loading the SDK at start
// (tests/startup/heavy-modules.test.ts). It must accept and refuse exactly what the SDK's own check does.
describe('the webhook signature check agrees with @line/bot-sdk validateSignature', () => {
  const sign = (body: Uint8Array, secret: string) => createHmac('sha256', secret).update(body).digest('base64');

  it('on right signatures, wrong secrets, changed bodies and junk headers', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.oneof(fc.constant('right'), fc.constant('other-secret'), fc.constant('flipped-byte'), fc.constant('junk')),
        fc.string({ maxLength: 60 }),
        (bytes, secret, otherSecret, kind, junk) => {
          const body = Buffer.from(bytes);
          let signature = sign(body, secret);
          if (kind === 'other-secret') signature = sign(body, otherSecret);
          if (kind === 'junk') signature = junk;
          const checked = kind === 'flipped-byte' && body.length > 0 ? Buffer.from(body.map((b, i) => (i === 0 ? b ^ 1 : b))) : body;
          const ours = signature !== '' && isValidLineSignature(checked, secret, signature);
          expect(ours).toBe(validateSignature(checked, secret, signature));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts a right signature and refuses one of another secret (the property is not vacuous)', () => {
    const body = Buffer.from('{"events":[]}');
    expect(isValidLineSignature(body, 'secret-a', sign(body, 'secret-a'))).toBe(true);
    expect(isValidLineSignature(body, 'secret-a', sign(body, 'secret-b'))).toBe(false);
  });
});
