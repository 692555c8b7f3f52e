import type { ContactChoice } from '../contacts/choose-contacts.ts';
import type { RedFlag } from '../nlu/classification.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import type { Verdict } from '../replies/content/intent-content-schema.ts';

/**
 * What to say, as plain data: the decide step's answer, read by the render step.
 * A discriminated union on `kind`; every variant is serialisable and holds no words.
 */
export type Decision =
  | AnswerDecision
  | WelcomeDecision
  | MediaDecision
  | MenuDecision
  | GuideDecision
  | FeedbackDecision
  | RateLimitedDecision;

/** Which urgent banner leads: the scammer is there now / on the way (`present`), or the money already went (`paid`). */
export type UrgentSituation = 'present' | 'paid';

/** A banner shown before the answer, in this order: the My Number warning, then the urgent banner. */
export type Warning = { kind: 'contains_my_number' } | { kind: 'urgent'; situation: UrgentSituation };

/** The answer for an intent, to a message (`origin: 'message'`) or a topic chosen from a menu or chip (`'topic'`). */
export interface AnswerDecision {
  kind: 'answer';
  /** The intent whose content (data/replies/intents/<id>.yaml) is shown. */
  contentId: IntentId;
  verdict: Verdict;
  origin: 'message' | 'topic';
  /** Banners before the answer; empty for topics. */
  warnings: Warning[];
  /** Warning signs found in the resident's own message (government links removed); empty for topics. */
  redFlags: RedFlag[];
  /** Contact cards in order, each with its opening status at `at`; stand-ins follow closed ones. 110 first when urgent. */
  contacts: ContactChoice[];
  /** The content names the city office but the bot runs without a deployment: say "ask your city office". */
  askCityOffice: boolean;
  /** Ask 「役に立ちましたか？」 (not for conversation intents). */
  askFeedback: boolean;
  /** The instant the statuses were computed for (render words them: 受付中（20:00まで） …). */
  at: Date;
}

/** The user added the bot as a friend. */
export interface WelcomeDecision {
  kind: 'welcome';
}

/** A sticker, image, video, audio, location or file: ask for text, explain forwarding. */
export interface MediaDecision {
  kind: 'media';
  mediaType: string;
}

/** A menu of buttons (data/replies/menus.yaml); `unknown_postback` adds a line that the button was old. */
export interface MenuDecision {
  kind: 'menu';
  menuId: string;
  reason: 'chosen' | 'unknown_postback';
}

/** A how-to guide (data/replies/menus.yaml `guides`), e.g. how to forward a message. */
export interface GuideDecision {
  kind: 'guide';
  guideId: string;
}

/** The answer to 「役に立ちましたか？」 for the content `contentId`: thanks. */
export interface FeedbackDecision {
  kind: 'feedback';
  helpful: boolean;
  contentId: IntentId;
}

/** The user sent too much too fast: a short notice (the transport decides when; see {@link rateLimitedDecision}). */
export interface RateLimitedDecision {
  kind: 'rate_limited';
}

/** The decision the webhook renders when a user exceeds the rate limit. */
export function rateLimitedDecision(): RateLimitedDecision {
  return { kind: 'rate_limited' };
}
