/**
 * The taxonomy's categories (shared/spec/taxonomy.md: the first part of an intent ID — `scam.*`,
 * `faq.*`, `meta.*`) as the console names them. Only scam intents are 手口; a question about the
 * card or the system is a よくある質問. Every category word the console shows is here.
 */
export interface IntentKind {
  id: 'scam' | 'faq' | 'other';
  /** The short word shown with a topic (row groups, legends, tables). */
  label: string;
  /** A group's heading: what the topics of this kind are. */
  heading: string;
  /** The trend alert's button to draft a local warning for a topic of this kind. */
  draftWarning: string;
}

export const INTENT_KINDS: readonly IntentKind[] = [
  { id: 'scam', label: '手口', heading: '詐欺の手口', draftWarning: 'この手口の注意喚起を下書きする' },
  { id: 'faq', label: 'よくある質問', heading: 'よくある質問（カードや制度について）', draftWarning: 'この質問についてのお知らせを下書きする' },
  { id: 'other', label: 'その他', heading: 'その他（あいさつなど）', draftWarning: 'お知らせを下書きする' },
];

/** The word for any answered topic, whatever its kind (table headers, captions). */
export const TOPIC = '相談の内容';

/** The kind of an intent ID, by its taxonomy prefix; anything not scam or faq is その他. */
export function kindOf(intent: string): IntentKind {
  const prefix = intent.split('.', 1)[0];
  return INTENT_KINDS.find((k) => k.id === prefix) ?? INTENT_KINDS[INTENT_KINDS.length - 1]!;
}

/** `items` grouped by the kind of their intent, in the order of {@link INTENT_KINDS} (order within a group kept); empty groups left out. */
export function byKind<T>(items: readonly T[], intentOf: (item: T) => string): { kind: IntentKind; items: T[] }[] {
  return INTENT_KINDS.map((kind) => ({ kind, items: items.filter((item) => kindOf(intentOf(item)) === kind) })).filter((g) => g.items.length > 0);
}
