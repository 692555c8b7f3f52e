import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { createMessageChecker } from '../../src/checks/check-message.ts';
import { loadCheckData } from '../../src/checks/load-check-data.ts';
import { decide } from '../../src/decide/decide.ts';
import type { Decision } from '../../src/decide/decision.ts';
import { openingStatus } from '../../src/hours/opening-status.ts';
import { contactStatusLine } from '../../src/replies/contact-status.ts';
import type { Classification } from '../../src/nlu/classification.ts';
import { respond } from '../../src/pipeline/pipeline.ts';
import { phishKey } from '../../src/phishlist/phishlist-csv.ts';
import { render } from '../../src/replies/render.ts';
import type { Knowledge } from '../../src/runtime/knowledge.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import { OPENAPI_SKIP_NOTE, openApiAvailable, validateSchema } from '../support/line-openapi.ts';
import { testRuntime } from '../support/test-runtime.ts';
import { AT, classified, groupTextEvent, knowledge, postbackEvent, textEvent } from '../replies/fixtures.ts';
import { allText } from '../support/reply-text.ts';

const k = knowledge();
const shiki = knowledge('shiki');
const T = k.checkTexts;

/** The status line the contact cards show for `hours` (and `afterHours`) at `at`. */
function cardStatus(line: { hours: Parameters<typeof openingStatus>[0]; afterHours?: string | null | undefined }, at: Date, kn: Knowledge = k): string {
  return contactStatusLine({ hours: line.hours, afterHours: line.afterHours ?? undefined }, openingStatus(line.hours, at), at, kn.hoursTexts).text;
}

/** decide + render for a one-to-one text, with the check run as the pipeline runs it. */
function reply(text: string, at: Date, classification: Classification | null = classified('meta.out_of_scope'), kn: Knowledge = k) {
  const decision = decide({ incoming: textEvent(text, at), classification, now: at, knowledge: kn, checks: kn.checks.check(text) }) as Decision;
  const messages = render(decision, kn);
  return { decision, messages, text: allText(messages) };
}

/** The official numbers a checker knows, read back through the public check (each entry once). */
function realDirectory(kn: Knowledge) {
  const data = loadCheckData(DATA_DIR);
  const out = new Map<string, ReturnType<typeof data.numbers.byNumber.get> & object>();
  for (const [key, entry] of data.numbers.byNumber) {
    // A deployment's numbers are official whichever deployment runs; check the ones this knowledge shows by name.
    if (entry.deploymentId !== null && entry.deploymentId !== kn.deploymentId) continue;
    out.set(key, entry);
  }
  return out;
}

function telUris(messages: readonly messagingApi.Message[]): string[] {
  return [...JSON.stringify(messages).matchAll(/"uri":"(tel:[^"]+)"/g)].map((m) => m[1]!);
}

function expectValidForLine(messages: readonly messagingApi.Message[]): void {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(5);
  for (const m of messages) {
    if (m.type === 'flex') expect((m as messagingApi.FlexMessage).altText.length).toBeLessThanOrEqual(1500);
    expect(m.quickReply?.items?.length ?? 0).toBeLessThanOrEqual(13);
  }
  for (const label of JSON.stringify(messages).matchAll(/"label":"([^"]*)"/g)) expect([...label[1]!].length).toBeLessThanOrEqual(20);
  if (openApiAvailable()) expect(validateSchema('ReplyMessageRequest', { replyToken: 'reply-token', messages })).toBeNull();
}

if (!openApiAvailable()) console.warn(OPENAPI_SKIP_NOTE);

describe('the check card in the reply', () => {
  it('names each official number, in every written form, with its live status', () => {
    const cases: [string, string][] = [
      ['0120-95-0178', 'mynumber_freedial'],
      ['０１２０－９５－０１７８', 'mynumber_freedial'],
      ['+81 120 95 0178', 'mynumber_freedial'],
      ['0120.95.0178', 'mynumber_freedial'],
      ['(03) 6457-9585', 'ppc_mynumber_complaints'],
      ['#9110', 'police_consultation'],
      ['188番', 'consumer_hotline'],
      ['0120-210-364', 'intl_call_block'],
    ];
    for (const at of [AT.weekdayAfternoon, AT.weekdayNight, AT.yearEnd]) {
      for (const [form, id] of cases) {
        const contact = k.directory.contacts.get(id)!;
        const r = reply(`${form} 本物？`, at);
        expect(r.decision.kind, form).toBe('check_only');
        const expected = `これは${contact.name}の公式の番号です。${cardStatus(contact, at)}`;
        expect(r.text, `${form} at ${at.toISOString()}`).toContain(expected);
        expect(telUris(r.messages), form).toContain(contact.numbers[0]!.tel);
        expectValidForLine(r.messages);
      }
    }
  });

  it('names every number of the directory as official, with its live status or its hours in words', () => {
    let checked = 0;
    for (const kn of [k, shiki]) {
      for (const [normalized, entry] of realDirectory(kn)) {
        checked++;
        const r = reply(entry.display, AT.weekdayNight, null, kn);
        expect(r.decision.kind, normalized).toBe('check_only');
        const expected = entry.hours
          ? T.number.officialWithStatus.replace('{name}', entry.name).replace('{status}', cardStatus({ hours: entry.hours, afterHours: entry.afterHours }, AT.weekdayNight, kn))
          : T.number.official.replace('{name}', entry.name);
        expect(r.text, entry.display).toContain(expected);
        expect(telUris(r.messages), entry.display).toContain(entry.tel);
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('names a deployment number and a curated line', () => {
    const r = reply('048-473-1111', AT.weekdayAfternoon, null, shiki);
    expect(r.text).toContain('これは志木市 消費生活相談の公式の番号です。');
    const nenkin = reply('0570-05-1165 から電話', AT.weekdayAfternoon);
    expect(nenkin.text).toContain('これはねんきんダイヤル（日本年金機構）の公式の番号です');
    expect(nenkin.text).toContain('受付時間: 月曜 8:30〜19:00');
  });

  it('never calls an unknown domestic number safe', () => {
    const r = reply('090-1234-5678 から電話がありました。本物？', AT.weekdayAfternoon);
    expect(r.text).toContain(T.number.unknown);
    expect(r.text).not.toContain('公式の番号です');
    expect(telUris(r.messages)).not.toContain('tel:09012345678');
    expectValidForLine(r.messages);
  });

  it('warns about numbers from abroad and offers the free blocking line with its hours', () => {
    for (const form of ['+1 202-555-0143', '+44 20 7946 0018', '010-1-202-555-0143', '通知不可能']) {
      const r = reply(`${form} から着信`, AT.weekdayAfternoon);
      expect(r.text, form).toContain(T.international.warning);
      expect(r.text, form).toContain('0120-210-364');
      expect(r.text, form).toContain(cardStatus(k.directory.contacts.get('intl_call_block')!, AT.weekdayAfternoon));
      expect(telUris(r.messages), form).toContain('tel:0120210364');
      expectValidForLine(r.messages);
    }
    expect(reply('通知不可能', AT.weekdayNight).text).toContain(T.international.callerIdAbroad);
  });

  it('says plainly that a real number inside a fake SMS does not make the message real', () => {
    const sms = '【マイナポータル】マイナンバーカードの利用が停止されます。本日中に https://mynaportal-go.jp/login から手続きしてください。お問い合わせ: 0120-95-0178';
    const r = reply(sms, AT.weekdayAfternoon, classified('scam.phishing'));
    expect(r.decision.kind).toBe('answer');
    expect(r.text).toContain('これはマイナンバー総合フリーダイヤルの公式の番号です');
    expect(r.text).toContain(T.realNumberNote);
    expect(r.text).toContain('公式サイトに似せた別のアドレスです（正しくは myna.go.jp）');
    // The scam verdict still leads the reply.
    expect(r.text.indexOf(k.replies.intents.get('scam.phishing')!.headline)).toBeLessThan(r.text.indexOf(T.title));
    expectValidForLine(r.messages);
  });

  it('goes through several numbers and links in one reply: at most five, in order, within LINE limits', () => {
    const text = [
      'この電話 090-1111-2222 と +1 202-555-0143 と 0120-95-0178、',
      'リンク https://bit.ly/3abc と https://xn--mna-dfd.go.jp/ と https://www.kojinbango-card.go.jp/ と https://example.com/ が届きました。',
      'お金を払えと言われています。',
    ].join('');
    const r = reply(text, AT.weekdayAfternoon, classified('scam.fee_demand'));
    expect(r.messages.length).toBeLessThanOrEqual(5);
    const card = r.decision.kind === 'answer' ? r.decision.checks : null;
    expect(card?.items.map((i) => (i.kind === 'number' ? i.text : i.host))).toEqual(['090-1111-2222', '+1 202-555-0143', '0120-95-0178', 'bit.ly', 'mуna.go.jp']);
    expect(card?.more).toBe(2);
    expect(r.text).toContain('ほかに 2 件あります');
    expect(r.text).toContain(T.link.shortener);
    expect(r.text).toContain('公式サイトに似せた別のアドレスです（正しくは myna.go.jp）');
    expect(r.text).toContain(T.international.warning);
    expectValidForLine(r.messages);
    // Still within limits with the urgent banner and the My Number warning.
    const urgent = reply(`いま家に来ています 123456789018 ${text}`, AT.weekdayAfternoon, classified('scam.fake_official_visit', ['urgent', 'contains_my_number']));
    expect(urgent.decision.kind).toBe('answer');
    expect(urgent.text).not.toContain('123456789018');
    expectValidForLine(urgent.messages);
  });

  it('names a link on the imported phishing list and says when the list was last updated', () => {
    const keys = new Set([phishKey('https://aqgnw.cn/jk')!]);
    const list = { keys, hosts: new Set(['aqgnw.cn']), newestEntry: '2025-10-02', importedAt: '2025-10-03T00:00:00.000Z' };
    const withList: Knowledge = { ...k, checks: createMessageChecker(loadCheckData(DATA_DIR, list)), phishListDate: list.newestEntry };
    const r = reply('https://aqgnw.cn/jk', AT.weekdayAfternoon, null, withList);
    expect(r.text).toContain('フィッシング詐欺として報告されたアドレスです（2025年10月2日までの報告のリスト）');
    expect(r.text).toContain(T.link.dangerAdvice);
    expectValidForLine(r.messages);
  });

  it('names official and punycode links, and says unknown links are not confirmed', () => {
    expect(reply('https://www.kojinbango-card.go.jp/', AT.weekdayAfternoon).text).toContain('公式のアドレスです（マイナンバーカード総合サイト');
    expect(reply('https://www.city.shiki.lg.jp/', AT.weekdayAfternoon).text).toContain(T.link.officialSuffix);
    expect(reply('https://xn--mna-dfd.go.jp/', AT.weekdayAfternoon).text).toContain('（正しくは myna.go.jp）');
    const unknown = reply('https://example.com/ 大丈夫？', AT.weekdayAfternoon);
    expect(unknown.text).toContain(T.link.unknown);
    expect(unknown.text).not.toContain('公式のアドレスです');
  });

  it('offers 「番号・リンクを調べる」 in the main menu, which asks for the number or link', () => {
    const menu = render(decide({ incoming: postbackEvent('v1|menu|main', AT.weekdayAfternoon), classification: null, now: AT.weekdayAfternoon, knowledge: k })!, k);
    const data = JSON.stringify(menu);
    expect(data).toContain('番号・リンクを調べる');
    const guide = render(decide({ incoming: postbackEvent('v1|guide|check_number_link', AT.weekdayAfternoon), classification: null, now: AT.weekdayAfternoon, knowledge: k })!, k);
    expect(allText(guide)).toContain('気になる電話番号や、メッセージのリンクを');
    expectValidForLine(guide);
  });

  it('keeps the My Number warning first when the message also has a number', () => {
    const r = reply('123456789018 0120-95-0178', AT.weekdayAfternoon, classified('faq.told_number', ['contains_my_number']));
    expect(r.decision.kind).toBe('answer');
    expect(r.text).not.toContain('123456789018');
    expect(r.text).toContain('これはマイナンバー総合フリーダイヤルの公式の番号です');
  });
});

describe('the check card out of hours says who still answers, as the contact cards do', () => {
  const SATURDAY_NIGHT = new Date('2026-12-05T21:00:00+09:00');
  const NEW_YEAR_NIGHT = new Date('2026-12-31T22:00:00+09:00');
  const SUSPENSION_24H = 'カードをなくした・盗まれたときの一時利用停止は、この番号で24時間365日受け付けています';

  it('#9110 on a Saturday at 21:00: a duty desk or a recording answers, not 「本日は受付していません」', () => {
    const r = reply('#9110 本物？', SATURDAY_NIGHT);
    expect(r.text).toContain('これは警察相談専用電話の公式の番号です。受付時間外です。夜間・土日祝日は、当直の職員か留守番電話が対応します（都道府県により異なります）。通常の受付は 12月7日(月) 8:30 からです');
    expect(r.text).not.toContain('本日は受付していません');
    expect(telUris(r.messages)).toContain('tel:%239110');
  });

  it('0120-210-364 on a Saturday at 21:00: the recorded guidance answers 24 hours', () => {
    const r = reply('0120-210-364 本物？', SATURDAY_NIGHT);
    expect(r.text).toContain('これは国際電話不取扱受付センターの公式の番号です。受付時間外です。自動音声の案内は24時間つながります。通常の受付は 12月7日(月) 9:00 からです');
    expect(r.text).not.toContain('本日は受付していません');
  });

  it('the same status line as the contact card of that line, at every instant tried', () => {
    for (const at of [SATURDAY_NIGHT, NEW_YEAR_NIGHT, AT.weekdayNight, AT.weekdayAfternoon, AT.sundayMorning]) {
      for (const id of ['police_consultation', 'intl_call_block', 'mynumber_freedial', 'ppc_mynumber_complaints']) {
        const contact = k.directory.contacts.get(id)!;
        expect(reply(`${contact.numbers[0]!.display} 本物？`, at).text, `${id} ${at.toISOString()}`).toContain(`の公式の番号です。${cardStatus(contact, at)}\n`);
      }
    }
  });

  it('the foreign-language lines at night and on 元日: card suspension answers 24 hours on 0120-0178-27', () => {
    for (const at of [AT.weekdayNight, SATURDAY_NIGHT, new Date('2027-01-01T03:00:00+09:00')]) {
      for (const number of ['0120-0178-27', '0120-0178-26']) {
        const r = reply(`${number} 本物？`, at);
        expect(r.text, `${number} ${at.toISOString()}`).toContain('の公式の番号です。受付時間外です。カードをなくした・盗まれたときの一時利用停止は、0120-0178-27 で24時間つながります。通常の受付は');
        expect(r.text, `${number} ${at.toISOString()}`).not.toMatch(/本日の受付は終了しました|本日は受付していません/);
      }
    }
  });

  it('0120-95-0178 at night and over the year end: closed for questions, but card suspension answers 24 hours', () => {
    for (const at of [AT.weekdayNight, SATURDAY_NIGHT, NEW_YEAR_NIGHT]) {
      const r = reply('0120-95-0178 本物？', at);
      expect(r.text, at.toISOString()).toMatch(/これはマイナンバー総合フリーダイヤルの公式の番号です。(本日の受付は終了しました|本日は受付していません)/);
      expect(r.text, at.toISOString()).toContain(SUSPENSION_24H);
    }
    // Also for the charged line IP phones use for card matters, not for the one for other questions.
    expect(reply('050-3818-1250 本物？', AT.weekdayNight).text).toContain(SUSPENSION_24H);
    expect(reply('050-3816-9405 本物？', AT.weekdayNight).text).not.toContain(SUSPENSION_24H);
  });
});

describe('the check through the pipeline', () => {
  it('checks the numbers and links of a one-to-one message, not of a group message', async () => {
    const runtime = await testRuntime();
    const one = respond(textEvent('0120-95-0178 本物ですか', AT.weekdayAfternoon), runtime, AT.weekdayAfternoon);
    expect(one.summary.decision).toBe('check_only');
    expect(allText(one.messages)).toContain('これはマイナンバー総合フリーダイヤルの公式の番号です');
    const group = respond(groupTextEvent('0120-95-0178 本物ですか', AT.weekdayAfternoon, true), runtime, AT.weekdayAfternoon);
    expect(allText(group.messages)).not.toContain(T.title);
  }, 120_000);
});
