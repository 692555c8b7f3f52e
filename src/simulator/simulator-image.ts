import { randomUUID } from 'node:crypto';
import type { Incoming } from '../incoming/incoming.ts';
import type { Logger } from '../logger.ts';
import type { OcrPool } from '../images/ocr-pool.ts';
import { incomingFromReads } from '../images/reads-to-incoming.ts';

/** What the simulator needs to read an attached image: the pool, the per-image deadline, the low-confidence threshold. */
export interface SimulatorImageReader {
  pool: OcrPool;
  readTimeoutMs: number;
  lowConfidence: number;
}

/**
 * An image attached on the page → the Incoming the webhook would build for it: a text read
 * from the image, or the image with the reason it could not be read. The bytes stay in memory;
 * the log line carries no text.
 */
export async function simulatorImageIncoming(incoming: Incoming, base64: string, reader: SimulatorImageReader | null, logger: Logger): Promise<Incoming> {
  if (incoming.kind !== 'media') return incoming;
  if (!reader) return incoming;
  const bytes = Buffer.from(base64, 'base64');
  const result = await reader.pool.read([bytes], Date.now() + reader.readTimeoutMs);
  if (result.kind === 'busy') return { ...incoming, imageProblem: 'busy' };
  if (result.kind === 'failed') {
    logger.error({ err: result.error }, 'simulator: image reading failed');
    return { ...incoming, imageProblem: 'unreadable' };
  }
  logger.info({ outcomes: result.reads.map((r) => r.outcome), bytes: bytes.length }, 'simulator: image read');
  const read = incomingFromReads(incoming, result.reads, reader.lowConfidence);
  // In the family-group preview the answer quotes the image, as LINE's quoteToken lets it in a group.
  return read.kind === 'text' && read.chat === 'group' ? { ...read, quoteToken: `simulator-quote-${randomUUID()}` } : read;
}
