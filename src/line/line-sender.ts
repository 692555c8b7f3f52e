import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';

/** Outcome of one reply: sent, or failed with what LINE said (status, request ID). */
export type SendResult =
  | { ok: true; requestId: string | null }
  | { ok: false; status: number | null; requestId: string | null; error: string };

/** The only outbound I/O: sends a reply through the LINE Messaging API. Never throws. */
export interface LineSender {
  reply(replyToken: string, messages: messagingApi.Message[]): Promise<SendResult>;
}

export interface LineSenderOptions {
  channelAccessToken: string;
  baseUrl: string;
  logger: Logger;
}

/** A sender built on the SDK's MessagingApiClient, pointed at the configured base URL. */
export function createLineSender(options: LineSenderOptions): LineSender {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.baseUrl,
  });
  return {
    async reply(replyToken, messages) {
      try {
        const res = await client.replyMessageWithHttpInfo({ replyToken, messages });
        return { ok: true, requestId: res.httpResponse.headers.get('x-line-request-id') };
      } catch (err) {
        const result = describeFailure(err);
        options.logger.error({ status: result.status, lineRequestId: result.requestId, err: result.error }, 'LINE reply failed');
        return result;
      }
    },
  };
}

/** Status and `x-line-request-id` from an SDK error; anything else as a plain message. */
export function describeFailure(err: unknown): Extract<SendResult, { ok: false }> {
  if (err instanceof HTTPFetchError) {
    return {
      ok: false,
      status: err.status,
      requestId: err.headers.get('x-line-request-id'),
      error: `${err.status} ${err.statusText}: ${err.body.slice(0, 300)}`,
    };
  }
  return { ok: false, status: null, requestId: null, error: err instanceof Error ? err.message : String(err) };
}
