import type { messagingApi } from '@line/bot-sdk';
import type { RedFlag } from '../nlu/classification.ts';
import type { ReplyTexts } from '../content/reply-texts-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { bubble, clamp, column, line, row } from './flex-components.ts';
import { COLORS } from './theme.ts';

/** Longest link host shown; longer ones are cut. */
const MAX_HOST_CHARS = 60;

/** How the resident's message came (see AnswerDecision.source): a forwarded text or a call or visit told in their words. */
export type FlagSource = 'forwarded' | 'told';

/** Most words listed for one kind of warning sign. */
const MAX_WORDS = 4;

type TermFlag = Extract<RedFlag, { term: string }>;

/**
 * The warning signs in words, one line each, from the templates of texts.yaml `redFlags`:
 * links and phone numbers one by one; the words of each other kind together on one line, as
 * found in the message (「あせらせる・おどす言葉：「今すぐ」「失効する」」).
 */
export function describeRedFlags(flags: readonly RedFlag[], texts: ReplyTexts['redFlags'], source: FlagSource): string[] {
  const lines: string[] = [];
  const words = new Map<TermFlag['kind'], string[]>();
  for (const flag of flags) {
    switch (flag.kind) {
      case 'link':
        lines.push(fillTemplate(flag.shortener ? texts.shortener : texts.link, { host: clamp(flag.host, MAX_HOST_CHARS) }));
        break;
      case 'phone':
        lines.push(
          flag.international && flag.countryCode
            ? fillTemplate(texts.phoneInternational, { code: flag.countryCode })
            : source === 'told'
              ? texts.phoneDomesticTold
              : texts.phoneDomestic,
        );
        break;
      default: {
        const list = words.get(flag.kind) ?? [];
        if (list.length === 0) lines.push(flag.kind);
        // A word in Latin letters was found inside a link's host (mynapoint): the term's name reads better.
        const shown = (flag.words ?? []).map((w) => (/^[\x20-\x7e]+$/.test(w) ? flag.term : w));
        for (const word of shown.length > 0 ? shown : [flag.term]) if (!list.includes(word)) list.push(word);
        words.set(flag.kind, list);
      }
    }
  }
  // Each kind's line sits where its first word was found; fill it in now that every word is known.
  return lines.map((l) => {
    const list = words.get(l as TermFlag['kind']);
    if (!list) return l;
    return fillTemplate(texts[l as TermFlag['kind']], { words: list.slice(0, MAX_WORDS).map((word) => fillTemplate(texts.word, { word })).join('') });
  });
}

/** The card's title: 「この文面の危険サイン」, or 「このお話の危険サイン」 for a call or visit told in their words. */
export function redFlagsTitle(texts: ReplyTexts['redFlags'], source: FlagSource): string {
  return source === 'told' ? texts.titleTold : texts.title;
}

/** 「この文面の危険サイン」: what was found in the resident's own message, one line each. */
export function redFlagsBubble(flags: readonly RedFlag[], texts: ReplyTexts['redFlags'], source: FlagSource): messagingApi.FlexBubble {
  const header = column([line(redFlagsTitle(texts, source), { size: 'xl', weight: 'bold', color: COLORS.noticeInk })], {
    backgroundColor: COLORS.notice,
    paddingAll: 'lg',
  });
  const items = describeRedFlags(flags, texts, source).map((text) =>
    row(
      [line('⚠', { flex: 0, size: 'lg', weight: 'bold', color: COLORS.noticeInk }), line(text, { flex: 1, margin: 'md' })],
      { margin: 'md' },
    ),
  );
  const intro = source === 'told' ? texts.introTold : texts.intro;
  const body = column([line(intro), ...items, line(footerFor(flags, texts.footer, source), { weight: 'bold', margin: 'lg' })], { paddingAll: 'lg' });
  return bubble({ header, body });
}

/** The closing advice fits what was listed: no "do not call the number" when none was listed. */
function footerFor(flags: readonly RedFlag[], footer: ReplyTexts['redFlags']['footer'], source: FlagSource): string {
  const link = flags.some((f) => f.kind === 'link');
  const phone = flags.some((f) => f.kind === 'phone');
  if (link && phone) return footer.linkAndPhone;
  if (link) return footer.link;
  if (phone) return source === 'told' ? footer.phoneTold : footer.phone;
  return footer.other;
}
