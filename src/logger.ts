import pino, { type Logger, type LoggerOptions, type DestinationStream } from 'pino';

/** Paths pino removes from every log line: credentials, signatures, tokens, raw user IDs. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-line-signature"]',
  'headers.authorization',
  'headers["x-line-signature"]',
  'signature',
  'channelSecret',
  'channelAccessToken',
  'config.line',
  'replyToken',
  '*.replyToken',
  'userId',
  '*.userId',
  'source.userId',
  'event.source.userId',
];

/** Logger options shared by the server, the CLIs and the tests. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

/** Creates the process logger (optionally writing to a given stream, as tests do). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

export type { Logger };
