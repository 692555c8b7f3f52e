import { isIntentId, type IntentId } from '../nlu/intent-ids.ts';
import { CHECK_STEPS, OPTION_ID, type CheckStep } from '../content/guided-check-schema.ts';

/**
 * Postback data of every button the bot makes (chips, menus, the rich menu), versioned:
 *
 *     v1|topic|<intent-id>          the answer for an intent, e.g. v1|topic|faq.lost_card
 *     v1|menu|<menu-id>             a menu, e.g. v1|menu|scam
 *     v1|guide|<guide-id>           a guide, e.g. v1|guide|forward
 *     v1|fb|yes|<intent-id>         「役に立ちましたか？」 answered for that content (yes / no)
 *     v1|chk|<how>|<who>|<what>|<handed>|<t>
 *                                   the guided check: each answer an option id or "-" (not yet
 *                                   answered), <t> the minute it started (base 36, minutes since
 *                                   1970) or "-" with no answers to start a new check
 *
 * At most {@link MAX_POSTBACK_CHARS} characters. Anything else parses to null (→ the main menu).
 */
export type Postback =
  | { kind: 'topic'; intent: IntentId }
  | { kind: 'menu'; menu: string }
  | { kind: 'guide'; guide: string }
  | { kind: 'feedback'; helpful: boolean; intent: IntentId }
  | { kind: 'check'; state: CheckState | null };

/**
 * Where a guided check is: the answers so far (option ids of guided-check.yaml, not yet checked
 * against it) and when it started (minutes since 1970, UTC). `null` in a postback: start now.
 */
export interface CheckState {
  answers: Partial<Record<CheckStep, string>>;
  startedAt: number;
}

/** The menu shown for unknown or old buttons (data/replies/menus.yaml must define it). */
export const MAIN_MENU = 'main';

/** LINE's limit for postback data. */
export const MAX_POSTBACK_CHARS = 300;

const VERSION = 'v1';
const PAGE_ID = /^[a-z][a-z0-9_]{0,31}$/;

/** The postback data string for `p`. */
export function formatPostback(p: Postback): string {
  switch (p.kind) {
    case 'topic':
      return [VERSION, 'topic', p.intent].join('|');
    case 'menu':
      return [VERSION, 'menu', p.menu].join('|');
    case 'guide':
      return [VERSION, 'guide', p.guide].join('|');
    case 'feedback':
      return [VERSION, 'fb', p.helpful ? 'yes' : 'no', p.intent].join('|');
    case 'check':
      return p.state
        ? [VERSION, 'chk', ...CHECK_STEPS.map((s) => p.state?.answers[s] ?? '-'), p.state.startedAt.toString(36)].join('|')
        : [VERSION, 'chk', ...CHECK_STEPS.map(() => '-'), '-'].join('|');
  }
}

const MINUTES = /^[1-9a-z][0-9a-z]{0,8}$/;

function parseCheck(fields: readonly string[]): Postback | null {
  if (fields.length !== CHECK_STEPS.length + 1) return null;
  const answers: Partial<Record<CheckStep, string>> = {};
  for (const [i, step] of CHECK_STEPS.entries()) {
    const v = fields[i]!;
    if (v === '-') continue;
    if (!OPTION_ID.test(v)) return null;
    answers[step] = v;
  }
  const t = fields[CHECK_STEPS.length]!;
  if (t === '-') return Object.keys(answers).length === 0 ? { kind: 'check', state: null } : null;
  if (!MINUTES.test(t)) return null;
  return { kind: 'check', state: { answers, startedAt: parseInt(t, 36) } };
}

/** Parses postback data; null for anything not in the format (old buttons, other versions, tampering). */
export function parsePostback(data: string): Postback | null {
  if (data.length > MAX_POSTBACK_CHARS) return null;
  const parts = data.split('|');
  if (parts[0] !== VERSION) return null;
  const [, kind, a, b] = parts;
  if (kind === 'topic' && parts.length === 3 && a !== undefined && isIntentId(a)) return { kind: 'topic', intent: a };
  if (kind === 'menu' && parts.length === 3 && a !== undefined && PAGE_ID.test(a)) return { kind: 'menu', menu: a };
  if (kind === 'guide' && parts.length === 3 && a !== undefined && PAGE_ID.test(a)) return { kind: 'guide', guide: a };
  if (kind === 'chk') return parseCheck(parts.slice(2));
  if (kind === 'fb' && parts.length === 4 && (a === 'yes' || a === 'no') && b !== undefined && isIntentId(b)) {
    return { kind: 'feedback', helpful: a === 'yes', intent: b };
  }
  return null;
}
