import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineApi, type FakeLineApi } from '../support/fake-line-api.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { callbackBody, textEvent } from '../support/signed-webhook.ts';
import { MY_NUMBER_FORMS } from '../support/my-number-forms.ts';
import { digitRuns } from '../../src/nlu/text-scan.ts';
import { postWebhook } from '../webhook/post.ts';

/**
 * Issue 17 item 6, end to end: with LOG_MESSAGE_TEXT=true, a My Number written in any of the
 * forms residents, copied documents and voice input use reaches the log line masked, and the
 * reply carries the My Number warning.
 */

/** True when `needle`'s characters appear in `haystack` in order (not necessarily together). */
function inOrder(haystack: string, needle: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** Every digit a reader could take from `text`, in order, however written. */
const digitsIn = (text: string) => digitRuns(text, { maxGap: 1_000 }).map((r) => r.digits).join('');

interface Handled {
  eventId: string;
  text?: string;
  flags: string[];
}

describe('log lines with LOG_MESSAGE_TEXT=true: My Numbers however written (issue 17)', () => {
  let fake: FakeLineApi;
  let bot: RunningApp;
  const sent = new Map<string, (typeof MY_NUMBER_FORMS)[number]>();
  let handled: Handled[] = [];

  beforeAll(async () => {
    fake = await startFakeLineApi();
    bot = await startTestApp({
      lineApiBaseUrl: fake.baseUrl,
      runtime: await testRuntime(),
      env: { LOG_MESSAGE_TEXT: 'true', RATE_LIMIT_PER_MINUTE: '0', MAX_QUEUED_EVENTS: '100' },
    });
    const events = MY_NUMBER_FORMS.map((form) => {
      const event = textEvent(`市役所の人にマイナンバーは${form.text}だと伝えてしまいました`);
      sent.set(event.webhookEventId as string, form);
      return event;
    });
    for (let i = 0; i < events.length; i += 25) {
      expect((await postWebhook(bot.url, callbackBody(events.slice(i, i + 25)))).status).toBe(200);
    }
    await fake.waitFor(events.length, '/v2/bot/message/reply', 60_000);
    handled = bot.logs.lines.filter((l) => l.includes('"event handled"')).map((l) => JSON.parse(l) as Handled);
  }, 120_000);
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it('logged every message', () => {
    expect(handled.map((h) => h.eventId).sort()).toEqual([...sent.keys()].sort());
  });

  it('never with the number: no digits of it in order in the logged text, nor the number as written in the log line', () => {
    const leaks = handled.filter((h) => {
      const form = sent.get(h.eventId)!;
      return h.text === undefined || inOrder(digitsIn(h.text), form.digits) || !h.text.includes('[number:12]');
    });
    expect(leaks.map((h) => `${sent.get(h.eventId)!.name}: ${h.text}`)).toEqual([]);
    for (const line of bot.logs.lines) {
      for (const form of MY_NUMBER_FORMS) if (form.text.length >= 12) expect(line).not.toContain(form.text);
    }
  });

  it('with the My Number warning on every one (contains_my_number)', () => {
    const missed = handled.filter((h) => !h.flags.includes('contains_my_number'));
    expect(missed.map((h) => sent.get(h.eventId)!.name)).toEqual([]);
  });
});
