import { createHash } from 'node:crypto';
import type { OcrPool, OcrPoolResult } from '../../src/images/ocr-pool.ts';
import type { ImageRead } from '../../src/images/read-image.ts';

/**
 * For the webhook tests of image messages, whose subject is the way from LINE's content
 * endpoint to the answer (fetch, limits, image sets, reply or push, groups, logs), not OCR
 * itself (tests/images/ reads every fixture with the engine): the real pool reads each distinct
 * image once per test worker (alone or in a set), and the same bytes read again get the same
 * read back. A read cut by its deadline is not remembered.
 * Each read costs 1–3 s of CPU and these files read the same few screenshots over and over.
 * Only successful reads are remembered; `busy` and `failed` always come from the pool, and the
 * back-pressure tests use a pool of their own.
 */
/** Per image: its read, or the read under way (null: not remembered, e.g. cut by its deadline). */
const remembered = new Map<string, Promise<ImageRead | null>>();

const keyOf = (image: Buffer) => createHash('sha256').update(image).digest('hex');

export function rememberingOcrPool(pool: OcrPool): OcrPool & { hits(): number } {
  let hits = 0;
  return {
    async read(images, deadlineAt, priority) {
      // Each image is read on its own, in order, whether it comes alone or in a set: remembered one by one.
      const keys = images.map(keyOf);
      if (keys.every((key) => remembered.has(key))) {
        const known = await Promise.all(keys.map((key) => remembered.get(key)!));
        if (known.every((read) => read !== null)) {
          hits++;
          return { kind: 'read', reads: known.map((read) => structuredClone(read)) };
        }
      }
      const reading = pool.read(images, deadlineAt, priority);
      keys.forEach((key, i) => {
        if (remembered.has(key)) return;
        const read = reading.then((r) => (r.kind === 'read' && r.reads[i] && r.reads[i].outcome !== 'timeout' ? structuredClone(r.reads[i]) : null));
        remembered.set(key, read);
        // Not remembered after all: the next read of these bytes asks the pool again.
        void read.then((r) => r === null && remembered.get(key) === read && remembered.delete(key));
      });
      const result: OcrPoolResult = await reading;
      return result;
    },
    warm: () => pool.warm(),
    load: () => pool.load(),
    close: () => pool.close(),
    hits: () => hits,
  };
}
