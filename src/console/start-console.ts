import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { StoreSlot } from '../store/store-slot.ts';
import type { Recorder } from '../reports/recorder.ts';
import type { RuntimeSlot } from '../runtime/runtime-slot.ts';
import { buildConsole, type ConsoleDeps } from './console-server.ts';

/** A scenario's name for operators: its chip label from data/replies/intents/<id>.yaml, else its ID. */
export function scenarioLabelFrom(runtime: RuntimeSlot): (intent: string) => string {
  return (intent) => {
    const content = runtime.get()?.knowledge.replies.intents.get(intent as never);
    return content?.chip ?? intent;
  };
}

/** Builds the console and listens on ADMIN_HOST:ADMIN_PORT (its own listener, never the webhook's); null when it cannot listen. */
export async function startConsole(options: {
  config: Config;
  logger: Logger;
  store: StoreSlot;
  recorder: Recorder | null;
  runtime: RuntimeSlot;
  clock: () => Date;
  extensions?: ConsoleDeps['extensions'];
}): Promise<FastifyInstance | null> {
  const app = await buildConsole({
    store: options.store,
    clock: options.clock,
    logger: options.logger,
    cookieSecure: options.config.adminCookieSecure,
    recorderStats: () => options.recorder?.stats() ?? null,
    storeUnansweredText: options.config.storeUnansweredText,
    scenarioLabel: scenarioLabelFrom(options.runtime),
    extensions: options.extensions,
  });
  try {
    await app.listen({ host: options.config.adminHost, port: options.config.adminPort });
  } catch (err) {
    // The bot goes on answering without its console (e.g. the port is taken by another instance).
    options.logger.error({ err: err instanceof Error ? err.message : String(err), host: options.config.adminHost, port: options.config.adminPort }, 'operator console could not listen; the bot runs without it');
    await app.close();
    return null;
  }
  const shown = options.config.adminHost === '0.0.0.0' ? 'localhost' : options.config.adminHost;
  options.logger.info(`operator console: http://${shown}:${options.config.adminPort}/admin/`);
  return app;
}
