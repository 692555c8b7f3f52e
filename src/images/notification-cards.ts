/**
 * Which cards of a phone's notification shade hold the message the resident is asking about.
 * A resident who screenshots the shade because of a suspicious SMS sends every card with it:
 * the weather, a news headline, the calendar, a family member's LINE. What they mean is the
 * message — so the read keeps the cards whose app row (the icon, the app's name, when) names an
 * app that brings messages (`messageApps` in data/screen-chrome.yaml: SMS, mail, messengers),
 * and of those, as with a chat's turns (chat-turns.ts), the ones holding at least
 * {@link MIN_TURN_CHARS} characters (「写真を送信しました」 from LINE is not what they ask about);
 * when none is that long, every message card. Of a kept card only its text goes in: the app row
 * and the bold title (the sender: a name or a number, which a resident retyping the message
 * leaves out, as they leave out a chat's header) do not. No card from a message app → nothing
 * (the screen is read whole instead). Pure.
 */
import { bubbleOfLine, MIN_TURN_CHARS } from './chat-turns.ts';
import { fold } from './screen-chrome.ts';

/** A read line (ocr-lines.ts's OcrLine, of which only these are needed here). */
interface CardLine {
  text: string;
  top: number;
  bottom: number;
  block?: number;
}

/** One card in the stacked image read by OCR (prepare-image.ts), rows in that image. */
export interface StackedCard {
  top: number;
  bottom: number;
  /** Lines above this row are the app's row (0 when the card has no app row: a quick-settings tile). */
  appRowBottom: number;
  /** Lines from this row on are the card's text (the app's row and the bold title above it). */
  bodyTop: number;
}

/**
 * The kept lines of the message cards, each with its card's index as its block (lines of two cards are never joined), or
 * null when no card is from an app that brings messages. `messageApps` folded (screen-chrome.ts); empty: every card with an app row counts.
 */
export function messageCardLines<L extends CardLine>(lines: readonly L[], cards: readonly StackedCard[], messageApps: readonly string[]): L[] | null {
  const of = lines.map((l) => bubbleOfLine(cards, l.top, l.bottom));
  const middle = (l: L) => (l.top + l.bottom) / 2;
  const picked = cards.map((card, i) => {
    const own = lines.filter((_, k) => of[k] === i);
    const app = fold(own.filter((l) => middle(l) < card.appRowBottom).map((l) => l.text).join(''));
    const body = own.filter((l) => middle(l) >= card.bodyTop).map((l) => ({ ...l, block: i }));
    const fromMessageApp = card.appRowBottom > card.top && (messageApps.length === 0 || messageApps.some((a) => namesApp(app, a)));
    return { fromMessageApp, body, chars: body.reduce((s, l) => s + [...l.text.replace(/\s/gu, '')].length, 0) };
  });
  const messages = picked.filter((c) => c.fromMessageApp && c.chars > 0);
  if (messages.length === 0) return null;
  const long = messages.filter((c) => c.chars >= MIN_TURN_CHARS);
  return (long.length > 0 ? long : messages).flatMap((c) => c.body);
}

/** App names this long or longer are matched with one character wrong, missing or extra. */
const FUZZY_FROM = 4;

/**
 * Whether the folded app row holds the folded app name: exactly, or — the name of four characters or more — with one
 * character misread, lost or added (the app row's small grey text next to its icon: 「メンセージ」, 「LNE」).
 */
export function namesApp(row: string, name: string): boolean {
  if (row.includes(name)) return true;
  const n = [...name];
  if (n.length < FUZZY_FROM) return false;
  const r = [...row];
  for (let len = n.length - 1; len <= n.length + 1; len++) for (let i = 0; i + len <= r.length; i++) if (withinOneEdit(r.slice(i, i + len), n)) return true;
  return false;
}

function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
