import type { Config, ImageReadingConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { LineSender } from '../line/line-sender.ts';
import { createPushAndLoading } from '../line/push-and-loading.ts';
import { createOcrPool, type OcrPool } from '../images/ocr-pool.ts';
import { chooseOcrEngine } from '../images/engine-choice.ts';
import { createImageMessages, type ImageMessages } from './image-messages.ts';

/** The image reader for the webhook, from the settings: the pool (unless given) and the LINE calls it needs. */
export function createImageReading(
  config: Config,
  line: { channelAccessToken: string },
  sender: LineSender,
  logger: Logger,
  pool?: OcrPool | null,
): { messages: ImageMessages; pool: OcrPool; close: () => Promise<void> } | null {
  const images = config.images;
  if (!images) return null;
  const engine = chooseOcrEngine(images.engine);
  const ocrPool = pool ?? createOcrPool({ engine, workers: images.workers, maxQueued: images.maxQueued, limits: { maxBytes: images.maxBytes, maxPixels: images.maxPixels }, host: images.host, nice: images.nice, cpuPolicy: images.cpuPolicy, logger });
  if (!pool) logger.info({ engine, workers: images.workers, maxQueued: images.maxQueued, host: images.host }, 'image reading on');
  const messages = createImageMessages({
    pool: ocrPool,
    sender,
    retryPolicy: {
      attemptTimeoutMs: config.lineApiTimeoutMs,
      budgetMs: config.lineReplyBudgetMs,
      baseDelayMs: config.lineRetryBaseMs,
      maxAttempts: config.lineRetryMaxAttempts,
    },
    line: createPushAndLoading({ baseUrl: config.lineApiBaseUrl, channelAccessToken: line.channelAccessToken, timeoutMs: config.lineApiTimeoutMs, baseDelayMs: config.lineRetryBaseMs }),
    dataBaseUrl: config.lineDataApiBaseUrl,
    channelAccessToken: line.channelAccessToken,
    maxBytes: images.maxBytes,
    fetchTimeoutMs: images.fetchTimeoutMs,
    readTimeoutMs: images.readTimeoutMs,
    setWaitMs: images.setWaitMs,
    replyWindowMs: images.replyWindowMs,
    lowConfidence: images.lowConfidence,
    readInGroups: images.groups,
  });
  // A pool passed in belongs to the caller (shared by tests); one started here closes with the app.
  return { messages, pool: ocrPool, close: () => (pool ? Promise.resolve() : ocrPool.close()) };
}

/** The simulator's image reader: the same pool settings, no LINE calls. */
export function simulatorImageReader(images: ImageReadingConfig, pool?: OcrPool | null): { pool: OcrPool; readTimeoutMs: number; lowConfidence: number } {
  return {
    pool: pool ?? createOcrPool({ engine: chooseOcrEngine(images.engine), workers: images.workers, maxQueued: images.maxQueued, limits: { maxBytes: images.maxBytes, maxPixels: images.maxPixels }, host: images.host, nice: images.nice, cpuPolicy: images.cpuPolicy }),
    readTimeoutMs: images.readTimeoutMs,
    lowConfidence: images.lowConfidence,
  };
}
