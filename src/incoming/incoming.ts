/**
 * What the rest of the pipeline knows about one inbound event. Nothing after
 * normalisation knows LINE's webhook shapes; the simulator builds the same values.
 */
export type Incoming = IncomingText | IncomingPostback | IncomingFollow | IncomingJoin | IncomingMedia | IncomingIgnored;

/** Where the event happened: a one-to-one chat with the account, a group, or a multi-person room. */
export type ChatKind = 'user' | 'group' | 'room';

interface IncomingBase {
  /** LINE's webhookEventId (or a simulator-made id); used for de-duplication. */
  eventId: string;
  /** Reply token, or null where the event carries none. Never logged. */
  replyToken: string | null;
  /** Keyed hash of the sender's user ID (never the raw ID), or null. */
  userKey: string | null;
  /** When the event happened (LINE's timestamp). */
  at: Date;
  /** True when LINE redelivered the event after an earlier failed delivery. */
  isRedelivery: boolean;
  /** One-to-one, group or room (LINE's `source.type`). In groups and rooms the bot stays quiet unless called. */
  chat: ChatKind;
}

/** A text message from the user (also: the text of a message action tapped in the chat). */
export interface IncomingText extends IncomingBase {
  kind: 'text';
  /** The text, without the @mention of the bot itself. */
  text: string;
  /** The message @mentions the bot (LINE's `mention.mentionees[].isSelf`); @All does not count. */
  mentionsBot: boolean;
  /** LINE's token for quoting this message in a reply (`message.quoteToken`), or null. Not logged. */
  quoteToken?: string | null;
  /** Set when the text was read from an image the resident sent (src/images/): the reply starts with what was read. */
  image?: ImageOrigin;
}

/** How a text read from an image (or an image set) was read. */
export interface ImageOrigin {
  /** OCR's own confidence in the read text, 0–1. */
  confidence: number;
  /** Below the reading threshold: the reply says plainly that parts could not be read and offers the topics. */
  lowConfidence: boolean;
  /** Images read (more than one for an image set). */
  images: number;
}

/** Why an image got no answer to its text: nothing readable, the reader busy, a broken or oversized file, or too slow. */
export type ImageProblem = 'no_text' | 'busy' | 'unreadable' | 'too_large' | 'timeout';

/** A postback from a button, quick reply or the rich menu; `data` is the raw postback string. */
export interface IncomingPostback extends IncomingBase {
  kind: 'postback';
  data: string;
}

/** The user added the account as a friend (or unblocked it). */
export interface IncomingFollow extends IncomingBase {
  kind: 'follow';
}

/** The account was added to a group or room: explain how it behaves there. */
export interface IncomingJoin extends IncomingBase {
  kind: 'join';
}

/** A message the bot cannot read (sticker, image, video, audio, location, file). */
export interface IncomingMedia extends IncomingBase {
  kind: 'media';
  mediaType: string;
  /** An image the bot tried to read and could not (image reading on); absent: not read at all. */
  imageProblem?: ImageProblem;
}

/** Anything that needs no reply (unfollow, leave, unknown types). */
export interface IncomingIgnored extends IncomingBase {
  kind: 'ignored';
  eventType: string;
}
