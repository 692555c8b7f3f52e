/**
 * A stand-in server for tests/images/ocr-pool.test.ts: starts the OCR pool (reader processes,
 * as the server does), prints `warm` once the reader is ready, and then waits. On SIGUSR2 it
 * exits at once without closing the pool, as a crashing server would.
 */
import { createOcrPool } from '../../src/images/ocr-pool.ts';
import { TEST_IMAGE_LIMITS } from './test-ocr-pool.ts';

// Nothing is read here: the reader only has to exist. The Debian engine's reader starts without
// loading a model (tesseract.js's costs ~1.5 s of CPU per start), and it is never called.
const pool = createOcrPool({ engine: 'tesseract-cli', workers: 1, maxQueued: 1, limits: TEST_IMAGE_LIMITS });
await pool.warm();
process.on('SIGUSR2', () => process.exit(3));
setInterval(() => undefined, 60_000);
process.stdout.write('warm\n');
