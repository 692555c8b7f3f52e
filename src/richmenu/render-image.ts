import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './richmenu-svg.ts';

/** LINE's limit for a rich-menu image. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

/**
 * The TrueType files of BIZ UDPGothic (a Universal Design font made for legibility, SIL OFL),
 * shipped by the npm package @expo-google-fonts/biz-udpgothic: regular and bold.
 */
export function fontFiles(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/biz-udpgothic/package.json'));
  return [join(dir, '400Regular', 'BIZUDPGothic_400Regular.ttf'), join(dir, '700Bold', 'BIZUDPGothic_700Bold.ttf')];
}

/** Renders the SVG to PNG with only the packaged font (no system fonts, so every machine draws the same pixels). */
export function renderPng(svg: string, fonts: readonly string[] = fontFiles()): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: [...fonts], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return Buffer.from(resvg.render().asPng());
}
