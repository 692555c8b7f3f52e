import type { messagingApi } from '@line/bot-sdk';
import { column, line } from './flex-components.ts';
import { COLORS } from './theme.ts';

/**
 * The answer card with the operator's local warnings at the top of its body: a heading from
 * data/replies/texts.yaml (`localWarning.heading`) and each warning's text (written by an
 * editor in the console). Without warnings the card is returned as it was.
 */
export function withLocalWarnings(card: messagingApi.FlexBubble, warnings: readonly string[] | undefined, heading: string): messagingApi.FlexBubble {
  if (!warnings || warnings.length === 0 || !card.body) return card;
  const box = column(
    [line(heading, { size: 'sm', weight: 'bold', color: COLORS.muted }), ...warnings.map((text) => line(text, { weight: 'bold', margin: 'sm' }))],
    { backgroundColor: '#FFF4CE', paddingAll: 'md', cornerRadius: 'md', margin: 'none' },
  );
  return { ...card, body: { ...card.body, contents: [box, ...card.body.contents.map((c, i) => (i === 0 ? { ...c, margin: 'lg' } : c))] } };
}
