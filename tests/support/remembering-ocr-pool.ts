import { createHash } from 'node:crypto';
import type { OcrPool, OcrPoolResult } from '../../src/images/ocr-pool.ts';

/**
 * For the webhook tests of image messages, whose subject is the way from LINE's content
 * endpoint to the answer (fetch, limits, image sets, reply or push, groups, logs), not OCR
 * itself (tests/images/ reads every fixture with the engine): the real pool reads each distinct
 * list of images once per test worker, and the same bytes read again get the same read back.
 * Each read costs 1–3 s of CPU and these files read the same few screenshots over and over.
 * Only successful reads are remembered; `busy` and `failed` always come from the pool, and the
 * back-pressure tests use a pool of their own.
 */
const remembered = new Map<string, OcrPoolResult>();

export function rememberingOcrPool(pool: OcrPool): OcrPool & { hits(): number } {
  let hits = 0;
  return {
    async read(images, deadlineAt, priority) {
      const hash = createHash('sha256');
      for (const image of images) hash.update(createHash('sha256').update(image).digest());
      const key = hash.digest('hex');
      const known = remembered.get(key);
      if (known) {
        hits++;
        return structuredClone(known);
      }
      const result = await pool.read(images, deadlineAt, priority);
      if (result.kind === 'read') remembered.set(key, structuredClone(result));
      return result;
    },
    warm: () => pool.warm(),
    load: () => pool.load(),
    close: () => pool.close(),
    hits: () => hits,
  };
}
