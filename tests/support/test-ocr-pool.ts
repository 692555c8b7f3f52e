import { createOcrPool, type OcrPool } from '../../src/images/ocr-pool.ts';
import type { ImageLimits } from '../../src/images/prepare-image.ts';

/** The image limits the tests and the OCR benchmark read with (the defaults of IMAGE_MAX_BYTES and IMAGE_MAX_PIXELS). */
export const TEST_IMAGE_LIMITS: ImageLimits = { maxBytes: 10 * 1024 * 1024, maxPixels: 50_000_000 };

/**
 * A pool with one reader and the npm-only engine, as on a fresh `npm ci` machine; the reader at
 * the tests' own priority (see OCR_NICE in test-app.ts: at nice 10 it starves while the other
 * test worker keeps the CPUs busy).
 */
export function npmOcrPool(maxQueued: number): OcrPool {
  return createOcrPool({ engine: 'tesseract-js', workers: 1, maxQueued, limits: TEST_IMAGE_LIMITS, nice: 0 });
}
