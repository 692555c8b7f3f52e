/**
 * A send that was cut off. Sending a draft claims it (status 'sending') before LINE is called;
 * when the process stops, or the write that records LINE's answer fails, after the claim, the
 * draft would stay 'sending' for ever and nobody would know whether it went out. Here: how long
 * a live send can hold its claim (the lease), how long LINE still recognises the draft's retry
 * key, and what the console may offer for a draft at a given moment. Pure; the clock is passed in.
 *
 * LINE's rule (Messaging API, "Retry failed API requests"): a request with an `X-Line-Retry-Key`
 * that was already accepted is refused with 409 and `x-line-accepted-request-id` (the accepted
 * request's ID); the key is valid for 24 hours after the first request. Within that time a
 * re-send with the same key can never deliver twice; after it, LINE would take the same key as a
 * new request — so a draft whose delivery is unknown is never sent again once the time is over.
 */

/** How long LINE recognises a retry key, from the first request made with it (LINE's documentation). */
export const RETRY_KEY_LIFETIME_MS = 24 * 3_600_000;

/**
 * How long after the first attempt the console still re-sends with the same key: LINE's 24 hours
 * less an hour for a difference between our clock and LINE's and for the re-send's own time in
 * flight. The first attempt's time is taken just before the request, so it is never late.
 */
export const RESEND_WINDOW_MS = RETRY_KEY_LIFETIME_MS - 3_600_000;

/**
 * The longest the write recording LINE's answer can take on PostgreSQL: a free connection
 * within 3 s, then the query within 15 s (connectionTimeoutMillis and query_timeout in
 * src/store/postgres-store.ts); past that it fails, and the claim stays behind.
 */
export const RECORD_WRITE_BOUND_MS = 3_000 + 15_000;

/** Margin for the clocks of several instances sharing one database, and for a busy event loop. */
export const CLAIM_CLOCK_MARGIN_MS = 60_000;

/**
 * The lease: after this long, a claim can no longer belong to a send that is still running. A
 * send is one request to LINE (no retries inside; aborted at the broadcaster's timeout, reading
 * the answer included) followed by one write; the sum and the margin, rounded up to a minute.
 * With the broadcaster's 10-second timeout: 10 + 18 + 60 s = 88 s → 2 minutes.
 */
export function sendLeaseMs(callTimeoutMs: number): number {
  return Math.ceil((callTimeoutMs + RECORD_WRITE_BOUND_MS + CLAIM_CLOCK_MARGIN_MS) / 60_000) * 60_000;
}

/** What the store says of a draft's sending. */
export interface SendRecord {
  status: string;
  createdAt: Date;
  /** When the current claim was made (null for a claim from before these columns existed). */
  claimedAt: Date | null;
  claimedBy: string | null;
  /** When the retry key was first used (null: never, or not recorded — then createdAt bounds it). */
  firstAttemptAt: Date | null;
  /** An attempt ended without LINE's answer (timeout, 5xx, cut off): LINE may have accepted it. */
  deliveryUnknown: boolean;
}

/** What the console may do with a draft now. */
export type SendState =
  /** Not sent yet, or refused by LINE with an answer: the ordinary confirmation and send. */
  | { kind: 'ready' }
  /** A send is running (inside its lease): no second send; after `checkFrom` it counts as stuck. */
  | { kind: 'sending'; checkFrom: Date }
  /** Left 'sending' past the lease, the key still honoured: may be sent again with the same key until `resendUntil`. */
  | { kind: 'stuck'; since: Date | null; by: string | null; resendUntil: Date }
  /** Delivery unknown and the key no longer honoured: never sent again from this draft. */
  | { kind: 'expired'; cause: 'stuck' | 'failed'; since: Date | null; by: string | null; resendUntil: Date }
  | { kind: 'sent' }
  /** Closed by an editor with its delivery unknown (a new draft was made from it). */
  | { kind: 'closed' };

/**
 * The state of a draft at `now`. The key's time counts from the first attempt; for a draft
 * without one recorded, from its creation — the first attempt came after it, so this never
 * overstates the time left.
 */
export function sendState(r: SendRecord, now: Date, leaseMs: number): SendState {
  const resendUntil = new Date((r.firstAttemptAt ?? r.createdAt).getTime() + RESEND_WINDOW_MS);
  const keyHonoured = now.getTime() < resendUntil.getTime();
  switch (r.status) {
    case 'sent':
      return { kind: 'sent' };
    case 'closed_unknown':
      return { kind: 'closed' };
    case 'sending': {
      if (r.claimedAt !== null && now.getTime() - r.claimedAt.getTime() < leaseMs) return { kind: 'sending', checkFrom: new Date(r.claimedAt.getTime() + leaseMs) };
      return keyHonoured
        ? { kind: 'stuck', since: r.claimedAt, by: r.claimedBy, resendUntil }
        : { kind: 'expired', cause: 'stuck', since: r.claimedAt, by: r.claimedBy, resendUntil };
    }
    case 'failed':
      return r.deliveryUnknown && !keyHonoured ? { kind: 'expired', cause: 'failed', since: r.claimedAt, by: r.claimedBy, resendUntil } : { kind: 'ready' };
    default:
      return { kind: 'ready' };
  }
}

/** True when LINE's failure leaves the delivery unknown (no answer, or a server error). */
export function outcomeUnknown(status: number | null): boolean {
  return status === null || status >= 500;
}

/**
 * The console's words for an interrupted send (as PHASE_LABEL and the send errors, the
 * console's words live with the code that uses them). Plain Japanese for a city's staff.
 */
export const INTERRUPTED_WORDS = {
  /** The state in the list and on the draft's page. */
  stuckLabel: '送信中のまま止まっています',
  expiredLabel: '届いたかどうか不明（この下書きからは送れません）',
  closedLabel: '届いたかどうか不明のまま閉じました',
  /** A send inside its lease: when the page will offer more. */
  sendingHint: (minutes: number) => `${minutes}分たっても変わらないときは、このページを開き直してください。確かめて送り直すためのボタンが出ます。`,
  stuckHeading: '送信中のまま止まっています',
  stuckWhat: (since: string | null, by: string | null, minutes: number) =>
    `${since && by ? `${since} に ${by} が送信を始めましたが、` : '送信を始めましたが、'}${minutes}分以上たっても結果が記録されていません。送っている途中でサーバーが止まったなどの理由で、LINE に届いたかどうかがわかりません。`,
  stuckHow:
    '下のボタンを押すと、前回と同じ受付番号（リトライキー）を付けて LINE に送り直します。前回の送信を LINE がすでに受け付けていたときは、LINE が重ねて送ることを断るので、2回届くことはありません。その場合は送り直さずに「送信済み」にします。',
  stuckUntil: (until: string) => `この方法で送り直せるのは、${until} までです（LINE が同じ送信だと見分けられるのは最初に送ろうとしてから24時間までで、時計のずれに備えて1時間早めています）。`,
  resendButton: '確かめて送り直す',
  expiredHeading: '届いたかどうかわかりません',
  expiredWhatStuck: (since: string | null, by: string | null) =>
    `${since && by ? `${since} に ${by} が送信を始めましたが、` : '送信を始めましたが、'}結果が記録されないまま止まっています。LINE に届いたかどうかがわかりません。`,
  expiredWhatFailed: '前回の送信は、LINE からの返事がないまま終わりました。LINE に届いたかどうかがわかりません。',
  expiredWhy:
    'LINE が同じ送信だと見分けられるのは、最初に送ろうとしてから24時間までです。この下書きはその期限（時計のずれに備えて1時間早めています）を過ぎたため、もう送れません（送り直すと、同じお知らせが2回届くおそれがあります）。',
  expiredCheck:
    '届いたかどうかは、この公式アカウントを友だちに追加している職員のスマートフォンなどで確かめてください（絞り込み送信では、条件に合わない人には届きません）。届いていなければ、下のボタンで同じ内容の新しい下書きを作り、確認画面から送ってください。',
  redraftButton: '同じ内容で新しい下書きを作る',
  closedWhat: (at: string, by: string) => `${at} に ${by} が、届いたかどうかわからないまま閉じました。`,
  closedNext: '同じ内容の新しい下書き',
  replacesNote: (id: number) =>
    `この下書きは、届いたかどうかわからないまま閉じた下書き（${id}番）と同じ内容です。前の送信が届いていた場合、送ると同じお知らせが2回届きます。届いていないことを確かめてから送ってください。`,
  /** After a click that could not re-send (someone else did, or the state changed). */
  notResent: 'この下書きは送り直せる状態ではありませんでした。いまの状態を確かめてください。',
  alreadyAccepted: 'LINE はこの送信をすでに受け付けていました。重ねては送らず、「送信済み」にしました。',
} as const;
