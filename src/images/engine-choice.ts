import type { OcrEngineName } from './ocr-engine.ts';

/**
 * OCR_ENGINE=auto → tesseract.js, chosen by measurement (bench/ocr.ts, `npm run bench:ocr`, on
 * this 2-CPU machine): with the model held in its worker, tesseract.js read a screenshot in
 * ~1.8 s (p50) against ~4.8 s for Debian's `tesseract`, which starts a process and loads its
 * larger Japanese model for every image; character error rates were alike on screenshots
 * (9.0 % vs 9.9 % on the quick set), the Debian engine better on paper photos. Set
 * OCR_ENGINE=tesseract-cli to use the Debian engine (tesseract-ocr + tesseract-ocr-jpn).
 */
export function chooseOcrEngine(setting: 'auto' | OcrEngineName): OcrEngineName {
  return setting === 'auto' ? 'tesseract-js' : setting;
}
