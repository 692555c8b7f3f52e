import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Answers a request no route matches. Fastify's own handler logs the whole URL, query included
 * (`Route GET:/webhook?user=U…&tel=… not found`), and a query can carry anything a caller puts
 * there; this one logs and echoes the method and the path only.
 */
export async function notFoundHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const path = request.url.split('?')[0]!;
  request.log.info({ method: request.method, path }, 'route not found');
  await reply.code(404).send({ message: `Route ${request.method}:${path} not found`, error: 'Not Found', statusCode: 404 });
}
