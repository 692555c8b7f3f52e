import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { ASSUMED_DPI, OcrTimeoutError, PAGE_SEGMENTATION_MODE, VERTICAL_SEGMENTATION, type OcrEngine } from './ocr-engine.ts';

/**
 * The Japanese model installed by npm (@tesseract.js-data/jpn, the `best_int` variant: ~2 MB,
 * integer LSTM). Read from node_modules: nothing is downloaded at run time.
 */
export function japaneseDataDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/jpn/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

/** The model for vertical Japanese (縦書き), from npm likewise (@tesseract.js-data/jpn_vert, `best_int`, ~2 MB). */
export function verticalJapaneseDataDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/jpn_vert/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

/**
 * One tesseract.js worker (Tesseract compiled to WebAssembly, on a thread of its own) for one
 * model, started on first use and again after a failure; `psm` is the page segmentation it
 * starts with. One recognition at a time; a recognition past its deadline terminates the worker
 * (WebAssembly cannot be interrupted) and the next call starts a new one.
 */
function workerSlot(language: string, dataDir: () => string, psm: string) {
  let worker: Promise<Worker> | null = null;
  /** The page segmentation the current worker is set to. */
  let mode = psm;
  const start = (): Promise<Worker> => {
    mode = psm;
    const w = createWorker(language, OEM.LSTM_ONLY, {
      langPath: dataDir(),
      gzip: true,
      cacheMethod: 'none',
      logger: () => undefined,
      errorHandler: () => undefined,
    }).then(async (created) => {
      await created.setParameters({ tessedit_pageseg_mode: psm as PSM, user_defined_dpi: String(ASSUMED_DPI) });
      return created;
    });
    w.catch(() => {
      if (worker === w) worker = null;
    });
    return w;
  };
  return {
    async recognize(png: Buffer, deadlineMs: number, segmentation: string): Promise<string> {
      const current = (worker ??= start());
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError('OCR took longer than its deadline')), Math.max(1, deadlineMs));
      });
      try {
        const w = await Promise.race([current, timeout]);
        if (segmentation !== mode) {
          await Promise.race([w.setParameters({ tessedit_pageseg_mode: segmentation as PSM }), timeout]);
          mode = segmentation;
        }
        const result = await Promise.race([w.recognize(png, {}, { text: false, tsv: true }), timeout]);
        return result.data.tsv ?? '';
      } catch (err) {
        if (err instanceof OcrTimeoutError) {
          if (worker === current) worker = null;
          void current.then((w) => w.terminate()).catch(() => undefined);
        }
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
    async close(): Promise<void> {
      const current = worker;
      worker = null;
      if (current) await current.then((w) => w.terminate()).catch(() => undefined);
    },
  };
}

/**
 * tesseract.js with the model from node_modules, `cacheMethod: 'none'` (it would otherwise
 * write the model next to the process). Vertical blocks (page segmentation 5) go to a second
 * worker holding the vertical model (`jpn_vert`), started the first time one is read.
 */
export function tesseractJsEngine(): OcrEngine {
  const horizontal = workerSlot('jpn', japaneseDataDir, PAGE_SEGMENTATION_MODE);
  const vertical = workerSlot('jpn_vert', verticalJapaneseDataDir, VERTICAL_SEGMENTATION);
  return {
    name: 'tesseract-js',
    recognize: (png, deadlineMs, psm = PAGE_SEGMENTATION_MODE) => (psm === VERTICAL_SEGMENTATION ? vertical : horizontal).recognize(png, deadlineMs, psm),
    async close() {
      await Promise.all([horizontal.close(), vertical.close()]);
    },
  };
}
