import type { messagingApi } from '@line/bot-sdk';
import type { CheckedLink, CheckedNumber, CheckSummary } from '../decide/decision.ts';
import type { CheckTexts } from '../content/checks-schema.ts';
import type { HoursTexts } from '../hours/hours-texts.ts';
import { openingStatus } from '../hours/opening-status.ts';
import { contactStatusLine } from './contact-status.ts';
import { fillTemplate } from '../data/template.ts';
import { bubble, button, column, line, rule, telAction } from './flex-components.ts';
import { COLORS, VERDICT_STYLES } from './theme.ts';

/** Longest host shown (a look-alike host can be long; the card stays readable). */
const MAX_HOST_CHARS = 60;

/** One item's lines: what it is, what the check says, and the advice (each advice once per card). */
interface ItemLines {
  subject: string;
  verdict: string;
  safe: boolean;
  advice: string[];
  call: { label: string; tel: string } | null;
}

/**
 * The check card: each number and link of the message (at most five, in order) with what the
 * check found — 「これは○○の公式の番号です。受付中」, 「この番号は、公式の窓口として確認できる
 * 番号ではありません」, 海外からの番号, 「公式サイトに似せた別のアドレスです（正しくは …）」,
 * 短縮URL, a reported phishing address — then, when an official number was found, that a real
 * number does not make the message real. Never says an unknown number or address is safe.
 */
export function numberLinkBubble(summary: CheckSummary, at: Date, texts: CheckTexts, hoursTexts: HoursTexts): messagingApi.FlexBubble {
  const style = VERDICT_STYLES.meta;
  const header = column([line(texts.title, { size: 'xl', weight: 'bold', color: style.headerInk })], { backgroundColor: style.header, paddingAll: 'lg' });
  const shownAdvice = new Set<string>();
  const body: messagingApi.FlexComponent[] = [];
  summary.items.forEach((item, i) => {
    const lines = itemLines(item, summary, at, texts, hoursTexts);
    if (i > 0) body.push(rule('lg'));
    body.push(line(lines.subject, { size: 'lg', weight: 'bold', margin: i === 0 ? 'none' : 'lg' }));
    body.push(line(lines.verdict, { weight: 'bold', color: lines.safe ? COLORS.open : COLORS.closed, margin: 'sm' }));
    for (const advice of lines.advice) {
      if (shownAdvice.has(advice)) continue;
      shownAdvice.add(advice);
      body.push(line(advice, { color: COLORS.muted, margin: 'sm' }));
    }
    if (lines.call) body.push(button(telAction(lines.call.label, lines.call.tel), { style: 'secondary', margin: 'md' }));
  });
  if (summary.more > 0) body.push(line(fillTemplate(texts.more, { count: String(summary.more) }), { margin: 'lg', color: COLORS.muted }));
  if (summary.realNumberNote) {
    body.push(
      column([line(texts.realNumberNote, { weight: 'bold', color: COLORS.noticeInk })], {
        backgroundColor: COLORS.notice,
        paddingAll: 'md',
        cornerRadius: 'md',
        margin: 'lg',
      }),
    );
  }
  return bubble({ header, body: column(body, { paddingAll: 'lg' }) });
}

/** The check in one line per item, for the alt text: 「0120-95-0178: これは…の公式の番号です」. */
export function numberLinkAltText(summary: CheckSummary, at: Date, texts: CheckTexts, hoursTexts: HoursTexts, separator: string): string {
  const list = summary.items.map((item) => {
    const l = itemLines(item, summary, at, texts, hoursTexts);
    return `${l.subject} ${l.verdict}`;
  });
  return fillTemplate(texts.altText, { title: texts.title, list: list.join(separator) });
}

function itemLines(item: CheckedNumber | CheckedLink, summary: CheckSummary, at: Date, texts: CheckTexts, hoursTexts: HoursTexts): ItemLines {
  return item.kind === 'number' ? numberLines(item, at, texts, hoursTexts) : linkLines(item, summary, texts);
}

function numberLines(item: CheckedNumber, at: Date, texts: CheckTexts, hoursTexts: HoursTexts): ItemLines {
  const t = texts.number;
  if (item.verdict === 'official' && item.official) {
    const o = item.official;
    // The status line of the contact cards: out of hours it says who still answers (#9110's duty desk, a recording).
    const status = o.hours ? contactStatusLine({ hours: o.hours, afterHours: o.afterHours ?? undefined }, o.status ?? openingStatus(o.hours, at), at, hoursTexts).text : null;
    const verdict = status ? fillTemplate(t.officialWithStatus, { name: o.name, status }) : fillTemplate(t.official, { name: o.name });
    return { subject: item.text, verdict, safe: true, advice: [fillTemplate(t.hours, { hours: o.hoursText }), ...o.checkNotes], call: { label: t.callOfficial, tel: o.tel } };
  }
  if (item.verdict === 'international') {
    const i = texts.international;
    return { subject: item.text, verdict: i.label, safe: false, advice: [...(item.form === 'caller_id_abroad' ? [i.callerIdAbroad] : []), i.warning, i.advice], call: null };
  }
  if (item.form === 'withheld') return { subject: item.text, verdict: t.withheld, safe: false, advice: [t.unknownAdvice], call: null };
  return { subject: item.text, verdict: t.unknown, safe: false, advice: [t.unknownAdvice], call: null };
}

function linkLines(item: CheckedLink, summary: CheckSummary, texts: CheckTexts): ItemLines {
  const t = texts.link;
  const subject = [...item.host].length > MAX_HOST_CHARS ? `${[...item.host].slice(0, MAX_HOST_CHARS - 1).join('')}…` : item.host;
  switch (item.verdict) {
    case 'official':
      return { subject, verdict: item.officialHost ? fillTemplate(t.official, { name: item.officialHost.name }) : t.officialSuffix, safe: true, advice: [t.officialAdvice], call: null };
    case 'lookalike':
      return { subject, verdict: item.officialHost ? fillTemplate(t.lookalike, { host: item.officialHost.host }) : t.lookalikeGeneric, safe: false, advice: [t.dangerAdvice], call: null };
    case 'shortener':
      return { subject, verdict: t.shortener, safe: false, advice: [t.dangerAdvice], call: null };
    case 'listed':
      return { subject, verdict: summary.phishListDate ? fillTemplate(t.listed, { date: writtenDate(summary.phishListDate, texts) }) : t.listedNoDate, safe: false, advice: [t.dangerAdvice], call: null };
    case 'unknown':
      return { subject, verdict: t.unknown, safe: false, advice: [t.dangerAdvice], call: null };
  }
}

/** `2025-10-02` in the words of checks.yaml `date`. */
function writtenDate(iso: string, texts: CheckTexts): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return fillTemplate(texts.date, { year, month: String(Number(month)), day: String(Number(day)) });
}
