import { formatPostback } from '../postback/postback.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import type { ReplyContent } from '../content/load-reply-content.ts';
import type { MenuItem } from '../content/menus-schema.ts';

/** A button or chip: its label and postback data. */
export interface MenuButton {
  label: string;
  data: string;
}

/** The button for a menu item: its label (or the target's chip) and the postback in the v1 format. */
export function menuItemButton(item: MenuItem, content: ReplyContent): MenuButton {
  if (item.topic) return { label: item.label ?? chipOf(item.topic, content), data: formatPostback({ kind: 'topic', intent: item.topic }) };
  if (item.check) return { label: item.label ?? item.check, data: formatPostback({ kind: 'check', state: null }) };
  if (item.guide) {
    return { label: item.label ?? content.guides.get(item.guide)?.chip ?? item.guide, data: formatPostback({ kind: 'guide', guide: item.guide }) };
  }
  return { label: item.label ?? item.menu ?? '', data: formatPostback({ kind: 'menu', menu: item.menu ?? '' }) };
}

/** The buttons of a menu (empty for an unknown menu ID). */
export function menuButtons(menuId: string, content: ReplyContent): MenuButton[] {
  return (content.menus.get(menuId)?.items ?? []).map((item) => menuItemButton(item, content));
}

/** The chip for an intent's answer. */
export function topicButton(intent: IntentId, content: ReplyContent): MenuButton {
  return { label: chipOf(intent, content), data: formatPostback({ kind: 'topic', intent }) };
}

function chipOf(intent: IntentId, content: ReplyContent): string {
  return content.intents.get(intent)?.chip ?? intent;
}
