/**
 * One OCR engine (Tesseract, as the npm-only tesseract.js or Debian's `tesseract` program):
 * a prepared PNG in, Tesseract's TSV out. Both engines give the same TSV, read by one parser
 * (ocr-lines.ts). Nothing is written to disk: images go over a pipe or into the engine's memory.
 */
export interface OcrEngine {
  readonly name: OcrEngineName;
  /** Tesseract's TSV for the image (PNG bytes), read in page segmentation `psm` (default {@link PAGE_SEGMENTATION_MODE}). Rejects past `deadlineMs` or on engine failure. */
  recognize(png: Buffer, deadlineMs: number, psm?: PageSegmentation): Promise<string>;
  close(): Promise<void>;
}

export type OcrEngineName = 'tesseract-js' | 'tesseract-cli';

/**
 * Page segmentation 6, "one uniform block of text" (a message bubble, a letter). Measured on the
 * whole rendered set (bench/ocr.ts, tesseract.js): CER 9.0 % on screenshots and 7.7 % on paper
 * photos, 2.0 s per image; mode 4 ("one column of text of variable sizes") was twice as fast
 * (0.9 s) but read worse (10.3 % and 31.7 %), mode 3 (automatic) broke iPhone screenshots and
 * mode 11 (sparse text) lost the reading order (on a 12-image sample).
 */
export const PAGE_SEGMENTATION_MODE = '6';

/**
 * The modes used: 6 (one block) for screenshots; 4 (one column of text of variable sizes) for
 * photos of paper, where a heading, a table and a set-apart note broke mode 6's single block
 * (a letter's table and its vertical heading read as noise; unseen set, issue #18); 3 (Tesseract
 * finds the blocks itself) for a computer's screen, where mode 6 ran a web mail's folder list
 * into the lines of the mail beside it; 5 (one block of vertical text) for a block of 縦書き cut
 * out of a photographed page (vertical-text.ts: an envelope's address, an 「在中」 stamp), read
 * with Tesseract's vertical Japanese model (`jpn_vert`) instead of the horizontal one.
 */
export type PageSegmentation = '3' | '4' | '5' | '6';

/** The mode read with the vertical model (`jpn_vert`). */
export const VERTICAL_SEGMENTATION = '5';

/** Screenshots carry no resolution; a phone screen's text read at this one (stops Tesseract guessing and warning). */
export const ASSUMED_DPI = 144;

export class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError';
}
