import type { messagingApi } from '@line/bot-sdk';
import type { Notice } from '../content/reply-texts-schema.ts';
import { bubble, button, column, line, telAction } from './flex-components.ts';
import { COLORS } from './theme.ts';

/** The emergency number dialled by every 110 button. */
export const EMERGENCY_TEL = 'tel:110';

/**
 * A banner card: a red header with the title, then its lines (the first in large bold type).
 * With `callLabel`, a large red 110 button closes it — so in an urgent reply the first button
 * the resident sees dials 110, whichever banner comes first.
 */
export function bannerBubble(notice: Notice, callLabel: string | null): messagingApi.FlexBubble {
  const [first, ...rest] = notice.lines;
  const header = column([line(notice.title, { size: 'xl', weight: 'bold', color: COLORS.onDark })], {
    backgroundColor: COLORS.emergency,
    paddingAll: 'lg',
  });
  const body = column(
    [
      ...(first ? [line(first, { size: 'lg', weight: 'bold' })] : []),
      ...rest.map((l) => line(l, { margin: 'md' })),
    ],
    { paddingAll: 'lg' },
  );
  const footer = callLabel ? column([button(telAction(callLabel, EMERGENCY_TEL), { color: COLORS.emergency })]) : undefined;
  return bubble({ header, body, footer });
}

/**
 * 「いまは、どの相談窓口も受付時間外です」: an amber header, what to do until a line opens, and
 * the danger line in bold above a red 110 button.
 */
export function closedNoticeBubble(title: string, lines: readonly string[], danger: string, callLabel: string): messagingApi.FlexBubble {
  const header = column([line(title, { size: 'xl', weight: 'bold', color: COLORS.noticeInk })], { backgroundColor: COLORS.notice, paddingAll: 'lg' });
  const body = column(
    [
      ...lines.map((l, i) => line(l, { size: i === 0 ? 'lg' : 'md', weight: i === 0 ? 'bold' : 'regular', margin: i === 0 ? 'none' : 'md' })),
      line(danger, { weight: 'bold', color: COLORS.emergency, margin: 'lg' }),
    ],
    { paddingAll: 'lg' },
  );
  return bubble({ header, body, footer: column([button(telAction(callLabel, EMERGENCY_TEL), { color: COLORS.emergency })]) });
}
