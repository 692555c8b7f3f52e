import type { ContactChoice } from '../contacts/choose-contacts.ts';
import type { RedFlag } from '../nlu/classification.ts';
import type { IntentId } from '../nlu/intent-ids.ts';
import type { Verdict } from '../content/intent-content-schema.ts';
import type { CheckStep } from '../content/guided-check-schema.ts';
import type { Relative } from '../content/family-schema.ts';
import type { CheckState } from '../postback/postback.ts';
import type { ImageProblem } from '../incoming/incoming.ts';
import type { HoursRules, OpeningStatus } from '../hours/opening-status.ts';
import type { LinkVerdict } from '../checks/link-verdict.ts';
import type { NumberVerdict } from '../checks/check-message.ts';

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
  | RateLimitedDecision
  | CheckQuestionDecision
  | CheckExpiredDecision
  | CheckOnlyDecision
  | GroupAnswerDecision
  | GroupNoticeDecision;

/** Which urgent banner leads: the scammer is there now / on the way (`present`), or the money already went (`paid`). */
export type UrgentSituation = 'present' | 'paid';

/** A banner shown before the answer, in this order: the My Number warning, then the urgent banner. */
export type Warning = { kind: 'contains_my_number' } | { kind: 'urgent'; situation: UrgentSituation };

/**
 * The answer for an intent, to a message (`origin: 'message'`), a topic chosen from a menu or
 * chip (`'topic'`), or a finished guided check (`'check'`).
 */
export interface AnswerDecision {
  kind: 'answer';
  /** The intent whose content (data/replies/intents/<id>.yaml) is shown. */
  contentId: IntentId;
  verdict: Verdict;
  origin: 'message' | 'topic' | 'check';
  /** Banners before the answer; empty for topics. */
  warnings: Warning[];
  /** Warning signs found in the resident's own message (government links removed); empty for topics. */
  redFlags: RedFlag[];
  /**
   * How the message came: a forwarded text (`forwarded`: it has a link) or a call or visit told
   * in the resident's own words (`told`): 「この文面の危険サイン」 or 「このお話の危険サイン」.
   */
  source?: 'forwarded' | 'told';
  /** Contact cards in order, each with its opening status at `at`; stand-ins follow closed ones. 110 first when urgent. */
  contacts: ContactChoice[];
  /** The content names the city office but the bot runs without a deployment: say "ask your city office". */
  askCityOffice: boolean;
  /**
   * No phone line of the reply is open now (their hours known): say so first, with the line
   * that opens first (`next`, null when none within the search window) and 110 for danger.
   */
  nothingOpen: NothingOpen | null;
  /** Ask 「役に立ちましたか？」 (not for conversation intents). */
  askFeedback: boolean;
  /** The instant the statuses were computed for (render words them: 受付中（20:00まで） …). */
  at: Date;
  /** A relative asking for a parent (「母が…」): phrase the answer for passing on and add a message to forward. */
  forFamily: Relative | null;
  /** Local warnings from the operator (console) for this scenario, in force at `at`: shown at the top of the answer card. Absent when none. */
  localWarnings?: string[];
  /** The numbers and links of the message, checked (a card after the verdict); null when it has none. */
  checks: CheckSummary | null;
  /** When the classifier was unsure: the next intents, best first, offered as chips. Absent when sure. */
  alternatives?: IntentId[];
}

/** One phone number of the message, checked against the official numbers. */
export interface CheckedNumber {
  kind: 'number';
  /** As the resident wrote it (never a My Number: the check does not read 12-digit runs). */
  text: string;
  verdict: NumberVerdict;
  /** `withheld` for 「非通知」, `caller_id_abroad` for 「通知不可能」. */
  form: 'number' | 'withheld' | 'caller_id_abroad';
  /**
   * The official line the number belongs to, with its status at the decision's instant (null when
   * only hours in words are known), who answers out of hours (`afterHours`, as on the contact
   * cards) and what the card adds for this number (`checkNotes`).
   */
  official: {
    contactId: string;
    name: string;
    display: string;
    tel: string;
    hoursText: string;
    hours: HoursRules | null;
    status: OpeningStatus | null;
    afterHours: string | null;
    checkNotes: readonly string[];
  } | null;
}

/** One link of the message, checked against the official domains and the phishing list. */
export interface CheckedLink {
  kind: 'link';
  host: string;
  verdict: LinkVerdict;
  /** The official site: matched (`official`) or imitated (`lookalike`), when one is known. */
  officialHost: { host: string; name: string } | null;
}

/** The numbers and links of one message, checked, as plain data for the card. */
export interface CheckSummary {
  /** At most five, in reading order. */
  items: (CheckedNumber | CheckedLink)[];
  /** How many more were found than shown. */
  more: number;
  /** An official number was found: say that a real number does not make the message real. */
  realNumberNote: boolean;
  /** A number from abroad (or 「通知不可能」) was found: the free international-call blocking line, with its status. */
  abroad: ContactChoice | null;
  /** Newest entry of the imported phishing list (`YYYY-MM-DD`), said with a listed link; null when none was imported. */
  phishListDate: string | null;
}

/** A message that is only numbers or links (「0120-95-0178 本物？」): the check alone. */
export interface CheckOnlyDecision {
  kind: 'check_only';
  checks: CheckSummary;
  at: Date;
}

/** Every line of a reply is closed: the one that opens first, and when. */
export interface NothingOpen {
  next: { contactId: string; at: Date } | null;
}

/** The next question of the guided check, with the answers so far (they go into its buttons). */
export interface CheckQuestionDecision {
  kind: 'check_question';
  step: CheckStep;
  state: CheckState;
  /** Questions left, this one included (「残り3問」); may drop faster when 「もう渡しましたか？」 is not needed. */
  left: number;
  /** The first question shown in this check (the intro line goes with it). */
  first: boolean;
}

/** A guided-check button older than guided-check.yaml `expiresAfterMinutes`: start again. */
export interface CheckExpiredDecision {
  kind: 'check_expired';
}

/**
 * The short card for everyone in a group or room: the headline and lead of an intent's answer,
 * the urgent line when urgent, one contact with its status and call button, and 「詳しく」.
 */
export interface GroupAnswerDecision {
  kind: 'group_answer';
  contentId: IntentId;
  verdict: Verdict;
  urgent: UrgentSituation | null;
  /** The contact to call (the first open one of the plan, else the first), or null. */
  contact: ContactChoice | null;
  /** The account's basic ID (`@…`) for the one-to-one 「詳しく」 link; null → a postback in the group. */
  basicId: string | null;
  at: Date;
}

/** A short notice in a group: after being added (`join`) or when @mentioned with nothing to answer. */
export interface GroupNoticeDecision {
  kind: 'group_notice';
  notice: 'join' | 'mention_help';
}

/** The user added the bot as a friend. */
export interface WelcomeDecision {
  kind: 'welcome';
}

/** A sticker, image, video, audio, location or file: ask for text, explain forwarding. */
export interface MediaDecision {
  kind: 'media';
  mediaType: string;
  /** An image that was tried and could not be read: say why and what to send instead. */
  imageProblem?: ImageProblem;
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
