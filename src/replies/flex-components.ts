import type { messagingApi } from '@line/bot-sdk';
import { COLORS } from './theme.ts';

/**
 * Typed constructors of LINE Flex components in the house style for elderly readers:
 * wrapped text of size md or larger, dark ink, large buttons. No words live here.
 * Every text and button has `scaling: true`, so it follows the font size the resident chose
 * in LINE (many elderly users enlarge it).
 */

type FlexText = messagingApi.FlexText;
type FlexBox = messagingApi.FlexBox;
type FlexButton = messagingApi.FlexButton;
type FlexBubble = messagingApi.FlexBubble;
type Action = messagingApi.Action;

/** LINE's limits that the builders enforce. */
export const LIMITS = { label: 20, altText: 1500, bubbles: 12, quickReplies: 13, uri: 1000, text: 5000, messages: 5 } as const;

/** Cuts `text` to `max` characters (code points), ending with "…" when cut. */
export function clamp(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** A wrapped text line; size md and dark ink unless overridden; scales with the user's font size. */
export function line(text: string, options: Partial<Omit<FlexText, 'type' | 'text'>> = {}): FlexText {
  return { type: 'text', text: clamp(text, 2000), wrap: true, size: 'md', color: COLORS.ink, scaling: true, ...options };
}

/** A vertical box. */
export function column(contents: messagingApi.FlexComponent[], options: Partial<Omit<FlexBox, 'type' | 'layout' | 'contents'>> = {}): FlexBox {
  return { type: 'box', layout: 'vertical', contents, ...options };
}

/** A horizontal box. */
export function row(contents: messagingApi.FlexComponent[], options: Partial<Omit<FlexBox, 'type' | 'layout' | 'contents'>> = {}): FlexBox {
  return { type: 'box', layout: 'horizontal', contents, ...options };
}

/** A thin rule between sections. */
export function rule(margin = 'lg'): messagingApi.FlexSeparator {
  return { type: 'separator', margin, color: COLORS.separator };
}

/** A large button (height md); primary by default; its label scales with the user's font size. */
export function button(action: Action, options: Partial<Omit<FlexButton, 'type' | 'action'>> = {}): FlexButton {
  return { type: 'button', action, style: 'primary', height: 'md', scaling: true, ...options };
}

/** Dials `tel` (a `tel:` URI from the contact data). */
export function telAction(label: string, tel: string): messagingApi.URIAction {
  return { type: 'uri', label: clamp(label, LIMITS.label), uri: tel };
}

/** Opens an https page. */
export function uriAction(label: string, uri: string): messagingApi.URIAction {
  return { type: 'uri', label: clamp(label, LIMITS.label), uri };
}

/** Sends postback `data`; the chat shows `label` as what the user said. */
export function postbackAction(label: string, data: string): messagingApi.PostbackAction {
  const shown = clamp(label, LIMITS.label);
  return { type: 'postback', label: shown, data, displayText: shown };
}

/** Copies `text` to the clipboard (e.g. an email address). */
export function clipboardAction(label: string, text: string): messagingApi.ClipboardAction {
  return { type: 'clipboard', label: clamp(label, LIMITS.label), clipboardText: text };
}

/** A bubble from its blocks; `size` giga (full width) unless told. */
export function bubble(parts: { header?: FlexBox; body: FlexBox; footer?: FlexBox | undefined; size?: FlexBubble['size'] }): FlexBubble {
  const b: FlexBubble = { type: 'bubble', size: parts.size ?? 'giga', body: parts.body };
  if (parts.header) b.header = parts.header;
  if (parts.footer) b.footer = parts.footer;
  return b;
}

/** One Flex message: a single bubble, or a carousel of up to 12. */
export function flexMessage(altText: string, bubbles: readonly FlexBubble[]): messagingApi.FlexMessage {
  const first = bubbles[0];
  if (!first) throw new Error('flexMessage: no bubble');
  const contents: messagingApi.FlexContainer =
    bubbles.length === 1 ? first : { type: 'carousel', contents: bubbles.slice(0, LIMITS.bubbles) };
  return { type: 'flex', altText: clamp(altText.trim() || '-', LIMITS.altText), contents };
}

/** A plain text message. */
export function textMessage(text: string): messagingApi.TextMessage {
  return { type: 'text', text: clamp(text, LIMITS.text) };
}
