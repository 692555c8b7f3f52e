import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.ts';

/** A logger whose every line is kept in memory, so tests can read what would reach the log. */
export function captureLogger(level = 'debug'): { logger: Logger; lines: string[]; text: () => string; count: (fragment: string) => number } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const text = () => lines.join('\n');
  // How many times `fragment` stands in the log so far (a message's "msg", say).
  return { logger: createLogger(level, stream), lines, text, count: (fragment) => text().split(fragment).length - 1 };
}
