import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { readImage, type ImageRead } from './read-image.ts';
import type { ImageLimits } from './prepare-image.ts';
import type { OcrEngine, OcrEngineName } from './ocr-engine.ts';
import { tesseractCliEngine } from './tesseract-cli-engine.ts';
import { tesseractJsEngine } from './tesseract-js-engine.ts';
import { loadScreenChrome } from './screen-chrome.ts';
import { DATA_DIR } from '../runtime/project-paths.ts';

/** One image-reading thread of the pool (ocr-pool.ts): decoding, preparing and OCR all happen here, off the HTTP thread. */
export interface OcrWorkerData {
  engine: OcrEngineName;
  limits: ImageLimits;
}

export interface OcrJob {
  id: number;
  /** The images' bytes, transferred (not copied) to this thread; read in this order. */
  images: ArrayBuffer[];
  /** Epoch ms by which every image must be read. */
  deadlineAt: number;
}

export type OcrJobResult = { id: number; reads: ImageRead[] } | { id: number; error: string } | { kind: 'ready' };

const data = workerData as OcrWorkerData;
// The screen's own words, read and checked once when the thread starts (a broken file stops the thread with the file's error).
const chrome = loadScreenChrome(DATA_DIR);
const engine: OcrEngine = data.engine === 'tesseract-cli' ? tesseractCliEngine() : tesseractJsEngine();
const port = parentPort!;

port.on('message', async (job: OcrJob) => {
  try {
    const reads: ImageRead[] = [];
    for (const image of job.images) {
      const read = await readImage(Buffer.from(image), engine, data.limits, job.deadlineAt, Date.now, chrome);
      reads.push(read);
      if (read.outcome === 'timeout') break;
    }
    port.postMessage({ id: job.id, reads } satisfies OcrJobResult);
  } catch (err) {
    // The message only: never the image or any read text.
    port.postMessage({ id: job.id, error: (err instanceof Error ? err.message : String(err)).slice(0, 200) } satisfies OcrJobResult);
  }
});
// Load the model now (a blank page), so the first resident's image does not wait for it.
const blank = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ffffff' } }).png().toBuffer();
await engine.recognize(blank, 30_000).catch(() => undefined);
port.postMessage({ kind: 'ready' } satisfies OcrJobResult);
