import type { FastifyPluginAsync } from 'fastify';
import type { RuntimeSlot } from './runtime/runtime-slot.ts';

/** GET /healthz: the process is alive. GET /readyz: tokenizer, model and data are loaded. */
export const healthRoutes: FastifyPluginAsync<{ runtime: RuntimeSlot }> = async (app, opts) => {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
    if (opts.runtime.get()) return { status: 'ready' };
    return reply.code(503).send({ status: 'loading' });
  });
};
