/**
 * Which bubbles of a chat screenshot hold the message the resident is asking about. A
 * screenshot often shows more than that message: an older message from the same sender above
 * it (a reminder days before), and short replies below it (the resident's 「どちら様ですか？」,
 * or a family member's 「これって本物ですか？」 under a forwarded text). Read together, their words
 * shift what the message is taken for; a resident retyping it would type the message alone.
 *
 * Bubbles are grouped into *turns*: consecutive bubbles on the same side of the chat, close
 * together (a burst of messages sent at once). The message is the latest turn holding at least
 * {@link MIN_TURN_CHARS} characters; shorter turns after it (replies) and every turn before it
 * are left out. When no turn is that long, every bubble is kept. Pure.
 */

/** One bubble in the stacked image read by OCR (prepare-image.ts). */
export interface StackedBubble {
  /** Its rows in the stacked image, px. */
  top: number;
  bottom: number;
  side: 'left' | 'right';
  /** Its top and bottom on the screenshot, in shares of the screenshot's width (for the gaps between bubbles). */
  screenTop: number;
  screenBottom: number;
  /**
   * The quote at the top of a quote-reply's bubble (find-bubbles.ts: the quoted sender's name and the message's first words,
   * cut off with 「…」). It is a copy of an earlier message, not what the resident wrote: it never makes a turn long enough to
   * be the message, and is left out whenever a turn is. Its message, when on the screen, is read from its own bubble.
   */
  quote?: true;
  /**
   * A forwarded message's frame (find-bubbles.ts). In a turn holding one, the frame is the message: the forwarder's own
   * bubbles beside it (「母さん、これは開かないでね。」, 「この話、本当に儲かるのかな？」) are their words about it, left out as replies are.
   */
  forwarded?: true;
  /** A sender's name stands over it (find-bubbles.ts): in a group chat, a speaker's first bubble. */
  named?: true;
}

/** A turn with fewer read characters than this is a reply, not the message (「これって本物ですか？」 is 10). */
export const MIN_TURN_CHARS = 20;
/** Bubbles closer than this (share of the screenshot's width) on the same side are one turn; a time or date line between messages is wider. */
export const TURN_GAP = 0.05;

/** The index of the bubble a read line (its top and bottom in the stacked image) belongs to: the one holding its middle, else the nearest. */
export function bubbleOfLine(bubbles: readonly { top: number; bottom: number }[], top: number, bottom: number): number {
  const middle = (top + bottom) / 2;
  let best = 0;
  let bestDistance = Infinity;
  for (const [i, b] of bubbles.entries()) {
    const distance = middle < b.top ? b.top - middle : middle > b.bottom ? middle - b.bottom : 0;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** The turns of the chat: runs of bubble indices, top to bottom. */
export function turnsOf(bubbles: readonly StackedBubble[]): number[][] {
  const turns: number[][] = [];
  for (const [i, b] of bubbles.entries()) {
    if (b.quote) continue;
    const last = turns.at(-1);
    const previous = last ? bubbles[last.at(-1)!]! : undefined;
    // (A bubble under a sender's name is a new speaker's, however close: a group chat names each one.)
    if (last && previous && previous.side === b.side && !b.named && b.screenTop - previous.screenBottom < TURN_GAP) last.push(i);
    else turns.push([i]);
  }
  return turns;
}

/**
 * The bubbles to keep, given how many characters were read in each (by bubble index): those
 * of the latest turn with at least {@link MIN_TURN_CHARS} characters (quotes left out: a reply
 * quoting the scam is 「これは本当ですか？」 under a copy of its first words, and the scam's own bubble
 * above is the message), or all when none has.
 */
export function messageBubbles(bubbles: readonly StackedBubble[], charsPerBubble: readonly number[]): Set<number> {
  if (bubbles.filter((b) => b.named).length >= GROUP_NAMES) return groupPosts(bubbles, charsPerBubble);
  const turns = turnsOf(bubbles);
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    const chars = turn.reduce((s, i) => s + (charsPerBubble[i] ?? 0), 0);
    if (chars < MIN_TURN_CHARS) continue;
    const frames = turn.filter((i) => bubbles[i]!.forwarded);
    return new Set(frames.length > 0 ? frames : turn);
  }
  return new Set(bubbles.map((_, i) => i));
}

/** Bubbles under a sender's name at least this many times: several speakers, a group chat. */
export const GROUP_NAMES = 2;
/** In a group chat, a bubble holding under this share of the longest bubble's characters is chatter around the posts. */
export const GROUP_POST_SHARE = 0.3;

/**
 * The posts of a group chat (several speakers named over their bubbles: a family's, a neighbourhood's, an "investment club's"):
 * what a resident asks about there is what was posted, whoever posted it (a scam they forwarded into the family group, a
 * circular from the association's head, every "member's" praise of the stock tips), not the replies around it (「それは開かない
 * で！」, 「ありがとうございます」, their own 「どうしたらいい？」). A post is a bubble holding at least {@link MIN_TURN_CHARS}
 * characters and at least {@link GROUP_POST_SHARE} of the longest bubble's; quotes never are. The latest-turn rule of a one-to-one
 * chat would keep the last reply alone.
 */
function groupPosts(bubbles: readonly StackedBubble[], charsPerBubble: readonly number[]): Set<number> {
  const longest = Math.max(0, ...bubbles.map((b, i) => (b.quote ? 0 : (charsPerBubble[i] ?? 0))));
  const posts = bubbles.map((b, i) => i).filter((i) => !bubbles[i]!.quote && (charsPerBubble[i] ?? 0) >= Math.max(MIN_TURN_CHARS, longest * GROUP_POST_SHARE));
  return new Set(posts.length > 0 ? posts : bubbles.map((_, i) => i));
}
