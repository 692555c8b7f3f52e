import type { messagingApi } from '@line/bot-sdk';
import type { Menu } from '../content/menus-schema.ts';
import { bubble, button, column, line, postbackAction } from './flex-components.ts';
import type { MenuButton } from './menu-buttons.ts';
import { COLORS } from './theme.ts';

/** A menu card: title, a line (plus `notice` first, e.g. "this button is old"), one large button per item. */
export function menuBubble(menu: Menu, buttons: readonly MenuButton[], notice: string | null): messagingApi.FlexBubble {
  const body = column(
    [
      ...(notice ? [line(notice, { weight: 'bold', color: COLORS.noticeInk })] : []),
      line(menu.title, { size: 'xl', weight: 'bold', margin: notice ? 'lg' : 'none' }),
      line(menu.text, { margin: 'md' }),
    ],
    { paddingAll: 'lg' },
  );
  const footer = column(
    buttons.map((b) => button(postbackAction(b.label, b.data), { style: 'secondary' })),
    { spacing: 'sm' },
  );
  return bubble({ body, footer });
}
