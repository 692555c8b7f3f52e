import { messagingApi } from '@line/bot-sdk';

/** Where and as whom the rich menu is deployed (from loadConfig()). */
export interface DeployTarget {
  channelAccessToken: string;
  /** Messaging API base, e.g. https://api.line.me (create the menu, set the default). */
  apiBaseUrl: string;
  /** Data API base, e.g. https://api-data.line.me (upload the image). */
  dataApiBaseUrl: string;
}

/**
 * Creates the rich menu, uploads its PNG and makes it every user's default, through the SDK:
 * POST /v2/bot/richmenu, POST /v2/bot/richmenu/{id}/content (image/png) on the data API,
 * POST /v2/bot/user/all/richmenu/{id}. Returns the new rich menu's ID; throws on an API error.
 */
export async function deployRichMenu(target: DeployTarget, request: messagingApi.RichMenuRequest, png: Uint8Array<ArrayBuffer>): Promise<string> {
  const api = new messagingApi.MessagingApiClient({ channelAccessToken: target.channelAccessToken, baseURL: target.apiBaseUrl });
  const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: target.channelAccessToken, baseURL: target.dataApiBaseUrl });
  const { richMenuId } = await api.createRichMenu(request);
  await blob.setRichMenuImage(richMenuId, new Blob([png], { type: 'image/png' }));
  await api.setDefaultRichMenu(richMenuId);
  return richMenuId;
}
