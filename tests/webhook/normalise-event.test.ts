import type { webhook } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { normaliseEvent } from '../../src/webhook/normalise-event.ts';
import { FAMILY_GROUP, followEvent, groupTextEvent, joinEvent, textEvent } from '../support/signed-webhook.ts';

const hash = (id: string) => `hash(${id.slice(0, 3)})`;
const normalise = (e: Record<string, unknown>) => normaliseEvent(e as unknown as webhook.Event, hash);

describe('normaliseEvent: chats and mentions', () => {
  it('a one-to-one text is chat "user" and not a mention', () => {
    const n = normalise(textEvent('こんにちは'));
    expect(n).toMatchObject({ kind: 'text', chat: 'user', text: 'こんにちは', mentionsBot: false });
  });

  it('a group or room text carries its chat kind', () => {
    expect(normalise(groupTextEvent('こんにちは')).chat).toBe('group');
    expect(normalise(groupTextEvent('こんにちは', { source: { type: 'room', roomId: 'R1', userId: 'U1' } })).chat).toBe('room');
  });

  it('cuts the bot\'s own @mention out of the text and flags it', () => {
    const n = normalise(groupTextEvent('市役所から電話がありました', { mention: { name: 'マイナ詐欺相談', isSelf: true } }));
    expect(n).toMatchObject({ kind: 'text', mentionsBot: true, text: '市役所から電話がありました' });
  });

  it('a mention in the middle is cut and the gap closed', () => {
    const event = groupTextEvent('x');
    const text = 'これ @マイナ詐欺相談 見てください';
    event['message'] = { id: '1', type: 'text', quoteToken: 'q', text, mention: { mentionees: [{ index: 3, length: 8, type: 'user', isSelf: true }] } };
    expect(normalise(event)).toMatchObject({ text: 'これ 見てください', mentionsBot: true, quoteToken: 'q' });
  });

  it('another member\'s mention and @All are not the bot, and their text stays', () => {
    const other = normalise(groupTextEvent('見て', { mention: { name: 'けんた', isSelf: false } }));
    expect(other).toMatchObject({ mentionsBot: false, text: '@けんた 見て' });
    expect(normalise(groupTextEvent('集合', { mention: 'all' }))).toMatchObject({ mentionsBot: false });
  });

  it('ignores malformed mention spans instead of throwing', () => {
    for (const mention of [{ mentionees: [{ index: -1, length: 3, isSelf: true }] }, { mentionees: [{ index: 0, length: 999, isSelf: true }] }, { mentionees: 'x' }, null, 7]) {
      const event = groupTextEvent('テスト');
      (event['message'] as Record<string, unknown>)['mention'] = mention;
      expect(normalise(event)).toMatchObject({ kind: 'text', text: 'テスト', mentionsBot: false });
    }
  });

  it('a join event becomes "join" in its group; follow stays one-to-one', () => {
    expect(normalise(joinEvent())).toMatchObject({ kind: 'join', chat: 'group', userKey: null });
    expect(normalise(followEvent())).toMatchObject({ kind: 'follow', chat: 'user' });
    expect(FAMILY_GROUP.type).toBe('group');
  });
});
