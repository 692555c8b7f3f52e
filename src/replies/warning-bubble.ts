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
