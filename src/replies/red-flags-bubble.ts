import type { messagingApi } from '@line/bot-sdk';
import type { RedFlag } from '../nlu/classification.ts';
import type { ReplyTexts } from '../content/reply-texts-schema.ts';
import { fillTemplate } from '../data/template.ts';
import { bubble, clamp, column, line, row } from './flex-components.ts';
import { COLORS } from './theme.ts';

/** Longest link host shown; longer ones are cut. */
const MAX_HOST_CHARS = 60;

/** One warning sign in words, from the templates of texts.yaml `redFlags`. */
export function describeRedFlag(flag: RedFlag, texts: ReplyTexts['redFlags']): string {
  switch (flag.kind) {
    case 'link':
      return fillTemplate(flag.shortener ? texts.shortener : texts.link, { host: clamp(flag.host, MAX_HOST_CHARS) });
    case 'phone':
      return flag.international && flag.countryCode ? fillTemplate(texts.phoneInternational, { code: flag.countryCode }) : texts.phoneDomestic;
    default:
      return fillTemplate(texts[flag.kind], { term: flag.term });
  }
}

/** 「この文面の危険サイン」: what was found in the resident's own message, one line each. */
export function redFlagsBubble(flags: readonly RedFlag[], texts: ReplyTexts['redFlags']): messagingApi.FlexBubble {
  const header = column([line(texts.title, { size: 'xl', weight: 'bold', color: COLORS.noticeInk })], {
    backgroundColor: COLORS.notice,
    paddingAll: 'lg',
  });
  const items = flags.map((flag) =>
    row(
      [line('⚠', { flex: 0, size: 'lg', weight: 'bold', color: COLORS.noticeInk }), line(describeRedFlag(flag, texts), { flex: 1, margin: 'md' })],
      { margin: 'md' },
    ),
  );
  const body = column([line(texts.intro), ...items, line(footerFor(flags, texts.footer), { weight: 'bold', margin: 'lg' })], { paddingAll: 'lg' });
  return bubble({ header, body });
}

/** The closing advice fits what was listed: no "do not call the number" when none was listed. */
function footerFor(flags: readonly RedFlag[], footer: ReplyTexts['redFlags']['footer']): string {
  const link = flags.some((f) => f.kind === 'link');
  const phone = flags.some((f) => f.kind === 'phone');
  if (link && phone) return footer.linkAndPhone;
  if (link) return footer.link;
  if (phone) return footer.phone;
  return footer.other;
}
