import type { messagingApi } from '@line/bot-sdk';
import { formatPostback } from '../postback/postback.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import type { ReplyTexts } from '../content/reply-texts-schema.ts';
import { LIMITS, postbackAction } from './flex-components.ts';
import type { MenuButton } from './menu-buttons.ts';

/** Quick-reply chips from buttons: each once, at most 13, postbacks that echo their label. */
export function quickReply(buttons: readonly MenuButton[]): messagingApi.QuickReply {
  const seen = new Set<string>();
  const items: messagingApi.QuickReplyItem[] = [];
  for (const b of buttons) {
    if (seen.has(b.data) || items.length >= LIMITS.quickReplies) continue;
    seen.add(b.data);
    items.push({ type: 'action', action: postbackAction(b.label, b.data) });
  }
  return { items };
}

/** 「はい」 / 「いいえ」 for 「役に立ちましたか？」 about the content `contentId`. */
export function feedbackButtons(contentId: IntentId, texts: ReplyTexts['feedback']): MenuButton[] {
  return [
    { label: texts.yes, data: formatPostback({ kind: 'feedback', helpful: true, intent: contentId }) },
    { label: texts.no, data: formatPostback({ kind: 'feedback', helpful: false, intent: contentId }) },
  ];
}

/** Returns `message` with `quick` attached (LINE shows quick replies under the last message only). */
export function withQuickReply<M extends messagingApi.Message>(message: M, quick: messagingApi.QuickReply): M {
  return quick.items && quick.items.length > 0 ? { ...message, quickReply: quick } : message;
}
