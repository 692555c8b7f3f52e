import { sign } from '../support/signed-webhook.ts';

/** POSTs a body to the bot's /webhook, signed with the test channel secret unless told otherwise. */
export function postWebhook(baseUrl: string, body: string, signature: string | null = sign(body)): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-line-signature'] = signature;
  return fetch(`${baseUrl}/webhook`, { method: 'POST', headers, body });
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The reply tokens the fake LINE API received, in arrival order. */
export function replyTokens(requests: { path: string; json: unknown }[]): string[] {
  return requests.filter((r) => r.path === '/v2/bot/message/reply').map((r) => (r.json as { replyToken: string }).replyToken);
}
