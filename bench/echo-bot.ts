/**
 * The baseline every LINE developer knows: Fastify, the SDK's validateSignature on the raw
 * bytes, and the SDK's replyMessage echoing the text back. Run as a child process by
 * bench/run.ts (it reports its port over IPC), so bot and baseline are measured alike.
 */
import Fastify from 'fastify';
import { messagingApi, validateSignature, type webhook } from '@line/bot-sdk';
import type { AddressInfo } from 'node:net';

export async function startEchoBot(options: { channelSecret: string; channelAccessToken: string; baseUrl: string }): Promise<{ port: number; close: () => Promise<void> }> {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken: options.channelAccessToken, baseURL: options.baseUrl });
  const app = Fastify();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/webhook', async (request, reply) => {
    const body = request.body as Buffer;
    const signature = request.headers['x-line-signature'];
    if (typeof signature !== 'string' || !validateSignature(body, options.channelSecret, signature)) return reply.code(401).send();
    const { events } = JSON.parse(body.toString('utf8')) as webhook.CallbackRequest;
    await Promise.all(
      events.map(async (event) => {
        if (event.type !== 'message' || event.message.type !== 'text') return;
        await client.replyMessage({ replyToken: event.replyToken!, messages: [{ type: 'text', text: event.message.text }] });
      }),
    );
    return reply.send({});
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}

if (import.meta.main) {
  const env = process.env;
  const bot = await startEchoBot({
    channelSecret: env['BENCH_CHANNEL_SECRET'] ?? '',
    channelAccessToken: env['BENCH_ACCESS_TOKEN'] ?? '',
    baseUrl: env['BENCH_LINE_API'] ?? '',
  });
  process.send?.({ kind: 'listening', port: bot.port, memory: process.memoryUsage() });
  process.on('message', (m: { kind?: string }) => {
    if (m.kind === 'memory') process.send?.({ kind: 'memory', memory: process.memoryUsage() });
    if (m.kind === 'stop') void bot.close().then(() => process.exit(0));
  });
}
