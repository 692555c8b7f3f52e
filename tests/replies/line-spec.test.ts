import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.ts';
import { rateLimitedDecision, type Decision } from '../../src/decide/decision.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import type { Flag } from '../../src/nlu/classification.ts';
import { MEDIA_TYPES } from '../../src/content/reply-texts-schema.ts';
import { render } from '../../src/replies/render.ts';
import { quoting } from '../../src/replies/quote.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { AT, SAMPLE_RED_FLAGS, classified, knowledge, postbackEvent, textEvent } from './fixtures.ts';

interface Case {
  name: string;
  messages: messagingApi.Message[];
}

const FLAG_SETS: { name: string; flags: Flag[]; redFlags: boolean }[] = [
  { name: 'plain', flags: [], redFlags: false },
  { name: 'red flags', flags: [], redFlags: true },
  { name: 'urgent', flags: ['urgent'], redFlags: false },
  { name: 'my number', flags: ['contains_my_number'], redFlags: false },
  { name: 'both + red flags', flags: ['urgent', 'contains_my_number'], redFlags: true },
];
const DEPLOYMENTS = [null, 'shiki', 'shimada'];

/** Every reply the bot can build: each intent × flags × instant × deployment, and every other kind. */
function everyReply(): Case[] {
  const cases: Case[] = [];
  for (const deployment of DEPLOYMENTS) {
    const k = knowledge(deployment);
    const run = (name: string, d: Decision | null) => {
      if (d) cases.push({ name: `${name} [${deployment ?? 'national'}]`, messages: render(d, k) });
    };
    for (const [when, at] of Object.entries(AT)) {
      for (const intent of INTENT_IDS) {
        for (const set of FLAG_SETS) {
          const classification = classified(intent, set.flags, set.redFlags ? SAMPLE_RED_FLAGS : []);
          run(`${intent} ${set.name} ${when}`, decide({ incoming: textEvent('いま家に来ています', at), classification, now: at, knowledge: k }));
        }
        run(`topic ${intent} ${when}`, decide({ incoming: postbackEvent(`v1|topic|${intent}`, at), classification: null, now: at, knowledge: k }));
      }
    }
    const at = AT.weekdayAfternoon;
    const postback = (data: string) => decide({ incoming: postbackEvent(data, at), classification: null, now: at, knowledge: k });
    run('welcome', { kind: 'welcome' });
    for (const mediaType of [...MEDIA_TYPES, 'unknown']) run(`media ${mediaType}`, { kind: 'media', mediaType });
    for (const menu of k.replies.menus.keys()) run(`menu ${menu}`, postback(`v1|menu|${menu}`));
    for (const guide of k.replies.guides.keys()) run(`guide ${guide}`, postback(`v1|guide|${guide}`));
    for (const intent of INTENT_IDS) for (const yn of ['yes', 'no']) run(`feedback ${yn} ${intent}`, postback(`v1|fb|${yn}|${intent}`));
    run('unknown postback', postback('garbage'));
    run('rate limited', rateLimitedDecision());
    // The guided check: every question (first or not), a finished check with and without 「渡した」, an old button.
    const t = Math.floor(at.getTime() / 60_000).toString(36);
    for (const data of ['v1|chk|-|-|-|-|-', `v1|chk|phone|-|-|-|${t}`, `v1|chk|phone|city|-|-|${t}`, `v1|chk|phone|city|money|-|${t}`, `v1|chk|phone|city|money|yes|${t}`, `v1|chk|mail|unknown|nothing|-|${t}`, 'v1|chk|phone|-|-|-|1']) {
      run(`check ${data}`, postback(data));
    }
    run('check from text', decide({ incoming: textEvent('変な電話があった', at), classification: classified('scam.fake_official_call'), now: at, knowledge: k }));
    // Groups: the short card for every intent (plain / urgent; with and without the basic ID), the notices.
    const withId = { ...k, lineBasicId: '@123abcde' };
    for (const intent of INTENT_IDS) {
      for (const flags of [[], ['urgent']] as Flag[][]) {
        for (const kk of [k, withId]) {
          const incoming = { ...textEvent('いま家に来ています', at), chat: 'group' as const, mentionsBot: true };
          const d = decide({ incoming, classification: classified(intent, flags, SAMPLE_RED_FLAGS), now: at, knowledge: kk });
          // As sent: quoting the message answered (the pipeline adds the resident's quoteToken).
          if (d) cases.push({ name: `group ${intent} ${flags.join()} ${kk.lineBasicId ?? ''} [${deployment ?? 'national'}]`, messages: [...quoting(render(d, kk), 'quote-token')] });
        }
      }
      // A relative asking for a parent, with every banner.
      run(`family ${intent}`, decide({ incoming: textEvent('母がいま家に来ている人に困っています', at), classification: classified(intent, ['urgent', 'contains_my_number'], SAMPLE_RED_FLAGS), now: at, knowledge: k }));
    }
    run('group join', { kind: 'group_notice', notice: 'join' });
    cases.push({ name: `group mention help [${deployment ?? 'national'}]`, messages: [...quoting(render({ kind: 'group_notice', notice: 'mention_help' }, k), 'quote-token')] });
  }
  return cases;
}

const CASES = everyReply();

/** Every object in a value, with its key (for walking messages). */
function* nodes(value: unknown, key: string | null = null): Generator<[string | null, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v, key);
  else if (value && typeof value === 'object') {
    yield [key, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* nodes(v, k);
  }
}

/** LINE's documented limits that the OpenAPI spec does not express. */
function limitProblems(messages: messagingApi.Message[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  if (messages.length > 5) problems.push(`${messages.length} messages (max 5)`);
  for (const m of messages) {
    if (m.type === 'flex') {
      const flex = m as messagingApi.FlexMessage;
      if (flex.altText.length > 1500) problems.push(`altText of ${flex.altText.length} characters`);
      if (flex.contents.type === 'carousel' && (flex.contents as messagingApi.FlexCarousel).contents.length > 12) problems.push('carousel of more than 12 bubbles');
    }
    if (m.type === 'text' && (m as messagingApi.TextMessage).text.length > 5000) problems.push('text over 5,000');
    if ((m.quickReply?.items?.length ?? 0) > 13) problems.push(`${m.quickReply?.items?.length} quick replies`);
    // Only text, text v2 and sticker messages take a quoteToken (messaging-api.yml); a flex card cannot quote.
    if ('quoteToken' in m && !['text', 'textV2', 'sticker'].includes(m.type)) problems.push(`quoteToken on a ${m.type} message`);
  }
  for (const [key, node] of nodes(messages)) {
    if (key === 'action' || (key === null && typeof node['data'] === 'string')) {
      const label = node['label'];
      if (typeof label === 'string' && [...label].length > 20) problems.push(`label "${label}" over 20 characters`);
      const data = node['data'];
      if (typeof data === 'string' && data.length > 300) problems.push(`postback data over 300: ${data.slice(0, 40)}`);
      const uri = node['uri'];
      if (typeof uri === 'string' && (uri.length > 1000 || !/^(tel:(%23)?[0-9]+|https:\/\/)/.test(uri))) problems.push(`bad uri ${uri}`);
      const shown = node['displayText'];
      if (typeof shown === 'string' && shown.length > 300) problems.push('displayText over 300');
    }
    // Flex text, buttons and icons follow the resident's LINE font size (#17 item 13).
    if (key === 'contents' && ['text', 'button', 'icon'].includes(String(node['type'])) && node['scaling'] !== true) {
      const label = (node['action'] as { label?: string } | undefined)?.label;
      problems.push(`${String(node['type'])} without scaling: ${String(node['text'] ?? label).slice(0, 30)}`);
    }
    if ((node['type'] === 'text' || node['type'] === 'span') && key !== 'action' && typeof node['text'] === 'string' && node['text'].trim() === '') {
      problems.push('empty text component');
    }
  }
  return problems;
}

describe('every reply the bot can build', () => {
  it('covers intents × flags × instants × deployments and the other kinds', () => {
    expect(CASES.length).toBeGreaterThan(INTENT_IDS.length * FLAG_SETS.length * 4 * DEPLOYMENTS.length);
  });

  it("keeps within LINE's documented limits", () => {
    const failures = CASES.flatMap((c) => limitProblems(c.messages).map((p) => `${c.name}: ${p}`));
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

describe.skipIf(!openApiAvailable())("every reply validates against LINE's OpenAPI spec", () => {
  it('is a valid ReplyMessageRequest', () => {
    const failures: string[] = [];
    for (const c of CASES) {
      const errors = validateSchema('ReplyMessageRequest', { replyToken: 'reply-token', messages: c.messages });
      if (errors) failures.push(`${c.name}: ${errors.slice(0, 3).join('; ')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('the validator catches what LINE would reject', () => {
    const good = CASES[0]!.messages;
    expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages: good })).toBeNull();
    const broken = structuredClone(good) as unknown as Record<string, unknown>[];
    delete broken[0]!['altText'];
    expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages: broken })).not.toBeNull();
    const badComponent = structuredClone(good) as unknown as { contents: { body: { contents: { type: string }[] } } }[];
    badComponent[0]!.contents.body.contents[0]!.type = 'paragraph';
    expect(validateSchema('ReplyMessageRequest', { replyToken: 't', messages: badComponent })).not.toBeNull();
  });
});
