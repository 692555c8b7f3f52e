import type { messagingApi } from '@line/bot-sdk';
import type { IntentContent } from '../content/intent-content-schema.ts';
import type { ReplyTexts } from '../content/reply-texts-schema.ts';
import { bubble, button, column, line, row, rule, uriAction } from './flex-components.ts';
import { COLORS, VERDICT_STYLES } from './theme.ts';

/**
 * The answer card: a coloured header with the verdict's headline (「詐欺の可能性が高いです」),
 * the lead sentence, 2–4 numbered steps, a no-blame line, the explanation, lines in other
 * languages and buttons to the official pages.
 */
export function verdictBubble(content: IntentContent, texts: ReplyTexts): messagingApi.FlexBubble {
  const style = VERDICT_STYLES[content.verdict];
  const header = column(
    [
      line(texts.verdictBadges[content.verdict], { size: 'sm', weight: 'bold', color: style.headerInk }),
      line(content.headline, { size: 'xl', weight: 'bold', color: style.headerInk, margin: 'sm' }),
    ],
    { backgroundColor: style.header, paddingAll: 'lg' },
  );
  const steps = content.steps.map((step, i) =>
    row(
      [
        line(`${i + 1}`, { flex: 0, size: 'lg', weight: 'bold', color: style.accent }),
        line(step, { flex: 1, margin: 'md' }),
      ],
      { margin: 'md' },
    ),
  );
  const body = column(
    [
      line(content.lead, { size: 'lg', weight: 'bold' }),
      rule(),
      line(texts.headings.steps, { size: 'md', weight: 'bold', color: COLORS.muted, margin: 'lg' }),
      ...steps,
      ...(content.reassurance ? [line(content.reassurance, { weight: 'bold', color: COLORS.reassurance, margin: 'lg' })] : []),
      rule(),
      line(texts.headings.explanation, { size: 'md', weight: 'bold', color: COLORS.muted, margin: 'lg' }),
      line(content.explanation, { margin: 'sm' }),
      ...content.translations.map((t) => line(t.text, { margin: 'lg' })),
    ],
    { paddingAll: 'lg' },
  );
  const footer =
    content.links.length > 0
      ? column(
          [
            line(texts.headings.links, { size: 'sm', color: COLORS.muted }),
            ...content.links.map((l) => button(uriAction(l.label, l.url), { style: 'link', height: 'md' })),
          ],
          { spacing: 'none' },
        )
      : undefined;
  return bubble({ header, body, footer });
}
