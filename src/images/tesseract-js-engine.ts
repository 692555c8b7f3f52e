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
 * tesseract.js (Tesseract compiled to WebAssembly, on a worker thread of its own) with the
 * model from node_modules, `cacheMethod: 'none'` (it would otherwise write the model next to
 * the process). One recognition at a time per engine; a recognition past its deadline
 * terminates the worker (WebAssembly cannot be interrupted) and the next call starts a new one.
 * Vertical blocks (page segmentation 5) go to a second worker holding the vertical model
 * (`jpn_vert`), started the first time one is read.
 */
export function tesseractJsEngine(): OcrEngine {
  let worker: Promise<Worker> | null = null;
  /** The page segmentation the current worker is set to. */
  let mode: string = PAGE_SEGMENTATION_MODE;
  const start = (): Promise<Worker> => {
    mode = PAGE_SEGMENTATION_MODE;
    const w = createWorker('jpn', OEM.LSTM_ONLY, {
      langPath: japaneseDataDir(),
      gzip: true,
      cacheMethod: 'none',
      logger: () => undefined,
      errorHandler: () => undefined,
    }).then(async (created) => {
      await created.setParameters({ tessedit_pageseg_mode: PAGE_SEGMENTATION_MODE as PSM, user_defined_dpi: String(ASSUMED_DPI) });
      return created;
    });
    w.catch(() => {
      if (worker === w) worker = null;
    });
    return w;
  };
  let verticalWorker: Promise<Worker> | null = null;
  const startVertical = (): Promise<Worker> => {
    const w = createWorker('jpn_vert', OEM.LSTM_ONLY, { langPath: verticalJapaneseDataDir(), gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined }).then(async (created) => {
      await created.setParameters({ tessedit_pageseg_mode: VERTICAL_SEGMENTATION as PSM, user_defined_dpi: String(ASSUMED_DPI) });
      return created;
    });
    w.catch(() => {
      if (verticalWorker === w) verticalWorker = null;
    });
    return w;
  };
  return {
    name: 'tesseract-js',
    async recognize(png, deadlineMs, psm = PAGE_SEGMENTATION_MODE) {
      if (psm === VERTICAL_SEGMENTATION) {
        const current = (verticalWorker ??= startVertical());
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new OcrTimeoutError('OCR took longer than its deadline')), Math.max(1, deadlineMs));
        });
        try {
          const w = await Promise.race([current, timeout]);
          return (await Promise.race([w.recognize(png, {}, { text: false, tsv: true }), timeout])).data.tsv ?? '';
        } catch (err) {
          if (err instanceof OcrTimeoutError) {
            if (verticalWorker === current) verticalWorker = null;
            void current.then((w) => w.terminate()).catch(() => undefined);
          }
          throw err;
        } finally {
          clearTimeout(timer);
        }
      }
      const current = (worker ??= start());
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError('OCR took longer than its deadline')), Math.max(1, deadlineMs));
      });
      try {
        const w = await Promise.race([current, timeout]);
        if (psm !== mode) {
          await Promise.race([w.setParameters({ tessedit_pageseg_mode: psm as PSM }), timeout]);
          mode = psm;
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
    async close() {
      const current = worker;
      const vertical = verticalWorker;
      worker = null;
      verticalWorker = null;
      if (current) await current.then((w) => w.terminate()).catch(() => undefined);
      if (vertical) await vertical.then((w) => w.terminate()).catch(() => undefined);
    },
  };
}
