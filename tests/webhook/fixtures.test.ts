import { describe, expect, it } from 'vitest';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { callbackBody, followEvent, postbackEvent, stickerEvent, textEvent, unfollowEvent } from '../support/signed-webhook.ts';

/** Every event the webhook tests post must be one LINE could really send (webhook.yml CallbackRequest). */
const fixtures: Record<string, Record<string, unknown>> = {
  text: textEvent('マイナンバーカードをなくしました'),
  postback: postbackEvent('v1|topic|faq.lost_card'),
  follow: followEvent(),
  sticker: stickerEvent(),
  unfollow: unfollowEvent(),
};

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

describe.skipIf(!openApiAvailable())('webhook fixtures against LINE\'s CallbackRequest schema', () => {
  it.each(Object.entries(fixtures))('%s event validates', (_name, event) => {
    expect(validateSchema('CallbackRequest', JSON.parse(callbackBody([event])))).toBeNull();
  });

  it('a delivery with several events validates', () => {
    expect(validateSchema('CallbackRequest', JSON.parse(callbackBody(Object.values(fixtures))))).toBeNull();
  });

  it('the validator does reject a malformed event (the check can fail)', () => {
    const broken = { ...textEvent('x'), mode: 'sleeping' };
    expect(validateSchema('CallbackRequest', JSON.parse(callbackBody([broken])))).not.toBeNull();
  });
});
