import type { messagingApi } from '@line/bot-sdk';
import { bubble, column, line, row } from './flex-components.ts';
import { COLORS, VERDICT_STYLES } from './theme.ts';

/** What a plain notice card shows: a title, lines, and optional numbered steps. */
export interface NoticeParts {
  title: string;
  lines: readonly string[];
  steps?: readonly string[];
}

/** A calm card (slate header) for the welcome, the media reply and guides. */
export function noticeBubble(parts: NoticeParts): messagingApi.FlexBubble {
  const style = VERDICT_STYLES.meta;
  const header = column([line(parts.title, { size: 'xl', weight: 'bold', color: style.headerInk })], {
    backgroundColor: style.header,
    paddingAll: 'lg',
  });
  const steps = (parts.steps ?? []).map((step, i) =>
    row([line(`${i + 1}`, { flex: 0, size: 'lg', weight: 'bold', color: style.accent }), line(step, { flex: 1, margin: 'md' })], {
      margin: 'md',
    }),
  );
  const body = column(
    [...parts.lines.map((l, i) => line(l, { margin: i === 0 ? 'none' : 'md', color: COLORS.ink })), ...steps],
    { paddingAll: 'lg' },
  );
  return bubble({ header, body });
}
