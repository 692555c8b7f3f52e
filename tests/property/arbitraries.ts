import fc from 'fast-check';

const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/**
 * One "character" of resident text, weighted towards what LINE actually carries: Japanese
 * script, full-width and half-width forms, dashes and wave marks, emoji and other graphemes,
 * control characters, any code point, and lone UTF-16 surrogates (broken copy-paste).
 */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'マイナンバーカード市役所還付金ＡＴＭ１２３４５６７８９０ーｰ〜～~−‐―ｶﾞﾊﾟ。、！？@＠http://x.jp 　\n'.split('')) },
  { weight: 3, arbitrary: char(0x3040, 0x30ff) },
  { weight: 2, arbitrary: char(0x4e00, 0x9fff) },
  { weight: 1, arbitrary: char(0xff00, 0xffef) },
  { weight: 1, arbitrary: char(0x0000, 0x001f) },
  { weight: 1, arbitrary: char(0x007f, 0x00a0) },
  { weight: 1, arbitrary: char(0xd800, 0xdfff) },
  { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u202e', '\u3000', '\u2028') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

export const residentText = (maxLength = 300) => fc.string({ unit: textUnit, maxLength });

/** Texts longer than LINE allows, so the 5,000-character cut is crossed. */
export const overlongText = overlong(textUnit);

/** As {@link overlongText} but within the Basic Multilingual Plane: no surrogate pairs to cut in half. */
export const overlongBmpText = overlong(textUnit.filter((u) => !/[\ud800-\udfff]/.test(u)));

function overlong(unit: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ unit, minLength: 1, maxLength: 50 }), fc.integer({ min: 5001, max: 9000 }))
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));
}

/** Any JSON value (objects, arrays, strings with odd Unicode, numbers, null). */
export const anyJson = fc.jsonValue({ maxDepth: 4 });

export const KNOWN_EVENT_TYPES = ['message', 'postback', 'follow', 'unfollow', 'join', 'leave', 'memberJoined', 'memberLeft', 'beacon', 'accountLink', 'things', 'videoPlayComplete', 'unsend', 'membership', 'activated', 'deactivated', 'botSuspended', 'botResumed', 'module'];
export const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'file', 'location', 'sticker', 'imagemap', 'template', 'flex'];

/** Event-like objects: real and invented types, missing and wrongly typed fields. */
export const eventLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...KNOWN_EVENT_TYPES), fc.string(), anyJson),
    webhookEventId: fc.oneof(fc.string(), anyJson),
    replyToken: fc.oneof(fc.string({ minLength: 1 }), anyJson),
    timestamp: fc.oneof(fc.integer(), fc.double(), anyJson),
    mode: fc.constantFrom('active', 'standby'),
    source: fc.oneof(
      fc.record({ type: fc.constantFrom('user', 'group', 'room'), userId: fc.oneof(fc.string(), anyJson), groupId: fc.string() }, { requiredKeys: ['type'] }),
      anyJson,
    ),
    deliveryContext: fc.oneof(fc.record({ isRedelivery: fc.oneof(fc.boolean(), anyJson) }), anyJson),
    message: fc.oneof(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom(...MESSAGE_TYPES), fc.string()),
          id: fc.string(),
          text: fc.oneof(residentText(), anyJson),
          mention: fc.oneof(
            fc.record({
              mentionees: fc.array(
                fc.record({ index: fc.oneof(fc.integer({ min: -5, max: 400 }), anyJson), length: fc.oneof(fc.integer({ min: -5, max: 400 }), anyJson), type: fc.constantFrom('user', 'all'), isSelf: fc.oneof(fc.boolean(), anyJson) }),
                { maxLength: 4 },
              ),
            }),
            anyJson,
          ),
        },
        { requiredKeys: ['type'] },
      ),
      anyJson,
    ),
    postback: fc.oneof(fc.record({ data: fc.oneof(fc.string(), fc.constantFrom('v1|topic|scam.phishing', 'v1|menu|main', 'v1|', '|||', 'v1|chk|-|-|-|-|-', 'v1|chk|phone|city|money|yes|1', 'v1|chk|phone|-|-|-|zzzzzzzzz'), anyJson) }), anyJson),
  },
  { requiredKeys: ['type'] },
);
