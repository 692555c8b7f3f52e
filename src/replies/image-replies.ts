import type { messagingApi } from '@line/bot-sdk';
import type { ImageOrigin, ImageProblem } from '../incoming/incoming.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { fillTemplate } from '../data/template.ts';
import { digitRuns } from '../nlu/text-scan.ts';
import { MY_NUMBER_RUNS } from '../nlu/my-number.ts';
import { MAIN_MENU, formatPostback } from '../postback/postback.ts';
import { LIMITS, flexMessage } from './flex-components.ts';
import { menuButtons, topicButton, type MenuButton } from './menu-buttons.ts';
import { noticeBubble } from './notice-bubble.ts';
import { quickReply, withQuickReply } from './quick-replies.ts';
import { mainMenuButton } from './render-answer.ts';

/** The guide offered when an image could not be read (how to forward a message as text). */
const FORWARD_GUIDE = 'forward';

/**
 * The answer to a text read from an image: a first card with what was read (shortened, any
 * 12-digit number hidden; phone numbers and links kept as evidence, in a flex card so they are
 * not turned into tappable links), then the usual answer. When the read was unsure, the card
 * says so and the last message offers the main menu's topics. Never more than 5 messages; the
 * answer's messages are shared (render cache) and are not changed.
 */
export function withImageRead(answer: readonly messagingApi.Message[], readText: string, origin: ImageOrigin, knowledge: Knowledge): messagingApi.Message[] {
  const words = knowledge.replies.images.read;
  const lines = [
    ...(origin.images > 1 ? [fillTemplate(words.several, { count: String(origin.images) })] : []),
    shortenedReadText(readText, knowledge),
    ...(origin.lowConfidence ? [words.lowConfidence] : []),
  ];
  const first = flexMessage(words.title, [noticeBubble({ title: words.title, lines })]);
  const kept = answer.slice(0, LIMITS.messages - 1);
  const last = kept.at(-1);
  if (!last) return [first];
  const quick = origin.lowConfidence ? quickReply(menuButtons(MAIN_MENU, knowledge.replies)) : answer.at(-1)?.quickReply;
  const lastWithChips = quick ? withQuickReply({ ...last }, quick) : last;
  return [first, ...kept.slice(0, -1), lastWithChips];
}

/** The read text as shown: a 12-digit number (a possible My Number) hidden, cut at `maxChars`. */
export function shortenedReadText(text: string, knowledge: Knowledge): string {
  const words = knowledge.replies.images.read;
  const masked = maskTwelveDigitRuns(text.trim(), words.myNumberMask);
  const chars = [...masked];
  return chars.length <= words.maxChars ? masked : chars.slice(0, words.maxChars).join('') + words.cut;
}

/** Every run of exactly 12 digits (spaces and line breaks between them allowed, as OCR splits them) → the mask. */
export function maskTwelveDigitRuns(text: string, mask: string): string {
  const runs = digitRuns(text, MY_NUMBER_RUNS).filter((r) => r.digits.length === 12);
  let out = '';
  let from = 0;
  for (const run of runs) {
    out += text.slice(from, run.start) + mask;
    from = run.end;
  }
  return out + text.slice(from);
}

/** An image that could not be answered: why, and what to send instead, with the forwarding guide, help and the menu. */
export function renderImageProblem(problem: ImageProblem, knowledge: Knowledge): messagingApi.Message {
  const notice = knowledge.replies.images.problems[problem];
  const guide = knowledge.replies.guides.get(FORWARD_GUIDE);
  const chips: MenuButton[] = [
    { label: guide?.chip ?? '', data: formatPostback({ kind: 'guide', guide: FORWARD_GUIDE }) },
    topicButton('meta.help', knowledge.replies),
    mainMenuButton(knowledge),
  ];
  return withQuickReply(flexMessage(notice.title, [noticeBubble(notice)]), quickReply(chips.filter((c) => c.label !== '')));
}
