/**
 * What the rest of the pipeline knows about one inbound event. Nothing after
 * normalisation knows LINE's webhook shapes; the simulator builds the same values.
 */
export type Incoming = IncomingText | IncomingPostback | IncomingFollow | IncomingMedia | IncomingIgnored;

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
}

/** A text message from the user (also: the text of a message action tapped in the chat). */
export interface IncomingText extends IncomingBase {
  kind: 'text';
  text: string;
}

/** A postback from a button, quick reply or the rich menu; `data` is the raw postback string. */
export interface IncomingPostback extends IncomingBase {
  kind: 'postback';
  data: string;
}

/** The user added the account as a friend (or unblocked it). */
export interface IncomingFollow extends IncomingBase {
  kind: 'follow';
}

/** A message the bot cannot read (sticker, image, video, audio, location, file). */
export interface IncomingMedia extends IncomingBase {
  kind: 'media';
  mediaType: string;
}

/** Anything that needs no reply (unfollow, join, leave, unknown types). */
export interface IncomingIgnored extends IncomingBase {
  kind: 'ignored';
  eventType: string;
}
