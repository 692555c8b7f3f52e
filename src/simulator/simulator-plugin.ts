import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from '../logger.ts';
import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import { respond, type Reply } from '../pipeline/pipeline.ts';
import type { Incoming } from '../incoming/incoming.ts';
import { DATA_DIR } from '../runtime/project-paths.ts';
import { describeIssues, incomingFromSimulator, SIMULATOR_IMAGE_MAX_BASE64, SimulatorEventSchema } from './simulator-event.ts';
import { simulatorImageIncoming, type SimulatorImageReader } from './simulator-image.ts';
import { withoutReadText } from '../images/reads-to-incoming.ts';
import { listPageAssets, PAGE_SECURITY_HEADERS, sendPageAsset } from './page-assets.ts';
import type { RichMenuSource } from './rich-menu-source.ts';
import { richMenuFromModule } from './rich-menu-from-module.ts';
import type { ReloadState } from './runtime-reloader.ts';
import { allowedHostCheck } from './allowed-host.ts';

export interface SimulatorOptions {
  runtime: RuntimeSlot;
  /** The server clock (honours BOT_NOW); used when the page's clock field is on "now". */
  clock: () => Date;
  logger: Logger;
  /** Reloads data/ and intents/ if they changed; absent in tests that pin the runtime. */
  reloadRuntime?: () => Promise<ReloadState>;
  /** Default: data/richmenu/richmenu.yaml through the rich-menu module, else a six-button fallback. */
  richMenu?: RichMenuSource;
  /** The address the server listens on (SIMULATOR_HOST, default 127.0.0.1): decides which Host headers are answered (allowed-host.ts). */
  listenHost?: string;
  /** Side path for the operator's reports (built in app.ts): the simulator records too, so a city can preview the console. */
  recordEvent?: ((incoming: Incoming, summary: Reply['summary'], silent: boolean) => void) | null;
  /** Image reading (IMAGE_READING): attached images are read as the webhook reads LINE's; null: the media reply. */
  imageReader?: SimulatorImageReader | null;
}

/** Room for an 8 MB image in base64 and the rest of the event. */
const EVENTS_BODY_LIMIT = SIMULATOR_IMAGE_MAX_BASE64 + 64 * 1024;

/**
 * The "try it without LINE" page and its API, registered only without LINE credentials:
 *
 * - `GET /` — the chat page; `GET /simulator/<file>` — its scripts and styles.
 * - `GET /simulator/api/status` — `{ ready, dataError, now }` (also checks data/ for edits).
 * - `POST /simulator/api/events` — `{ type: 'text', text, chat?, mention? } | { type: 'postback', data, chat? } |
 *   { type: 'image', image } (base64, ≤ 8 MB; see simulator-image.ts) | { type: 'follow' } | { type: 'join' }`
 *   (`chat`: 'user', the default, or 'group'; `join` is in a group),
 *   optional `at` (ISO-8601 instant) → `{ messages, summary, at, chat, silent }` from the same `respond()` the
 *   webhook uses (`silent`: the bot sends nothing, e.g. chit-chat in a group; `messages` is then empty);
 *   400 bad body, 422 a data file does not load (the previous runtime keeps answering the webhook), 503 loading.
 * - `GET /simulator/api/richmenu` — `{ menu, imageUrl, source, problem }`; `GET /simulator/api/richmenu/image`.
 */
export const simulatorPlugin: FastifyPluginAsync<SimulatorOptions> = async (app, opts) => {
  const assets = listPageAssets();
  const richMenu = opts.richMenu ?? richMenuFromModule({ dataDir: DATA_DIR, content: () => opts.runtime.get()?.knowledge.replies ?? null });
  const checkData = async (): Promise<ReloadState> => (opts.reloadRuntime ? opts.reloadRuntime() : { dataError: null });
  const hostAllowed = allowedHostCheck(opts.listenHost ?? '127.0.0.1');

  // DNS rebinding: a foreign Host header is refused before any route runs (health checks are outside this plugin).
  app.addHook('onRequest', async (request, reply) => {
    if (hostAllowed(request.headers.host)) return;
    opts.logger.warn({ method: request.method }, 'simulator: request with a foreign Host header refused');
    return reply
      .code(403)
      .type('text/plain; charset=utf-8')
      .send('このアドレスからは開けません。http://localhost:<ポート>/ で開いてください。\nForbidden: open the simulator at http://localhost:<port>/ (or set SIMULATOR_HOST).\n');
  });

  app.get('/', async (_request, reply) => sendPageAsset(reply, 'index.html', 'text/html; charset=utf-8'));
  app.get<{ Params: { name: string } }>('/simulator/:name', async (request, reply) => {
    const type = assets.get(request.params.name);
    if (!type || request.params.name === 'index.html') return reply.code(404).send({ error: 'not_found' });
    return sendPageAsset(reply, request.params.name, type);
  });

  app.get('/simulator/api/status', async (_request, reply) => {
    const { dataError } = await checkData();
    return reply.headers(PAGE_SECURITY_HEADERS).send({ ready: opts.runtime.get() !== null, dataError, now: opts.clock().toISOString() });
  });

  app.post('/simulator/api/events', { bodyLimit: EVENTS_BODY_LIMIT }, async (request, reply) => {
    reply.headers(PAGE_SECURITY_HEADERS);
    const parsed = SimulatorEventSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: describeIssues(parsed.error) });
    const { dataError } = await checkData();
    if (dataError) {
      return reply.code(422).send({ error: 'data_file_invalid', message: `${dataError.file} does not load`, dataError });
    }
    const runtime = opts.runtime.get();
    if (!runtime) return reply.code(503).send({ error: 'loading', message: 'the tokenizer and model are still loading' });
    const at = parsed.data.at ? new Date(parsed.data.at) : opts.clock();
    const made = incomingFromSimulator(parsed.data, at);
    const incoming = parsed.data.type === 'image' ? await simulatorImageIncoming(made, parsed.data.image, opts.imageReader ?? null, opts.logger) : made;
    const answer = respond(incoming, runtime, at);
    opts.logger.info({ ...answer.summary, chat: incoming.chat, at: at.toISOString() }, 'simulator event handled');
    opts.recordEvent?.(withoutReadText(incoming), answer.summary, answer.messages.length === 0);
    return reply.send({ messages: answer.messages, summary: answer.summary, at: at.toISOString(), chat: incoming.chat, silent: answer.messages.length === 0 });
  });

  app.get('/simulator/api/richmenu', async (_request, reply) => {
    const found = await richMenu();
    const imageUrl = found.image ? `/simulator/api/richmenu/image?v=${Date.now()}` : null;
    return reply.headers(PAGE_SECURITY_HEADERS).send({ menu: found.menu, imageUrl, source: found.source, problem: found.problem });
  });
  app.get('/simulator/api/richmenu/image', async (_request, reply) => {
    const { image } = await richMenu();
    if (!image) return reply.code(404).send({ error: 'not_found' });
    return reply.headers(PAGE_SECURITY_HEADERS).type(image.contentType).send(image.body);
  });
};
