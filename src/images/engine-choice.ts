import type { OcrEngineName } from './ocr-engine.ts';
import { tesseractCliAvailable } from './tesseract-cli-engine.ts';

/**
 * OCR_ENGINE=auto: Debian's `tesseract` (tesseract-ocr + tesseract-ocr-jpn) when installed —
 * measured faster at the same accuracy on the rendered set (bench/ocr.ts) — else tesseract.js,
 * which `npm ci` alone installs.
 */
export function chooseOcrEngine(setting: 'auto' | OcrEngineName, cliAvailable: () => boolean = () => tesseractCliAvailable()): OcrEngineName {
  if (setting !== 'auto') return setting;
  return cliAvailable() ? 'tesseract-cli' : 'tesseract-js';
}
