import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { fontFiles } from '../../src/richmenu/render-image.ts';
import { FONT_FAMILY } from '../../src/richmenu/richmenu-svg.ts';
import { MAIL_SAMPLE, MY_NUMBER_SAMPLE, PAPER_SAMPLE, SMS_SAMPLES, type OcrSample } from './ocr-samples.ts';

/**
 * Renders screenshots and a photo of a paper notice from known texts, so the image-reading
 * tests and the benchmark have images whose text is known. Drawn from SVG with the packaged
 * BIZ UDPGothic (npm, no system fonts: every machine draws the same pixels), then finished
 * with sharp (JPEG, as LINE delivers images; the paper photo rotated, unevenly lit, blurred).
 */

export type Layout = 'iphone-light' | 'iphone-dark' | 'android-light' | 'android-dark' | 'line-chat' | 'mail' | 'paper-photo';

export const SCREENSHOT_LAYOUTS: readonly Layout[] = ['iphone-light', 'iphone-dark', 'android-light', 'android-dark', 'line-chat', 'mail'];

export interface RenderedSample {
  id: string;
  layout: Layout;
  /** JPEG bytes. */
  bytes: Buffer;
  /** Every text drawn in the reading area (header, date, message), in reading order: what a perfect read gives. */
  expected: string;
  /** What a resident would type instead: the message itself. */
  typed: string;
  /** The text of the message area only: the chat bubbles (a LINE chat: both), or all of `expected` where there are none. */
  message: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rough advance of one character in em: full width for kana/kanji/full-width signs, about half for ASCII. */
function advance(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return /[A-Z0-9]/.test(ch) ? 0.62 : /[il.,:;'|!]/.test(ch) ? 0.3 : 0.52;
  if (c >= 0xff61 && c <= 0xff9f) return 0.5;
  return 1;
}

/** Wraps at `maxEm` (paragraphs at `\n`), as a phone does: anywhere in Japanese, inside long URLs too. */
export function wrap(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const ch of paragraph) {
      const w = advance(ch);
      if (width + w > maxEm && line !== '') {
        lines.push(line);
        line = '';
        width = 0;
      }
      line += ch;
      width += w;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight = 400): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${FONT_FAMILY}">${esc(l)}</text>`)
    .join('');
}

function statusBar(width: number, fg: string, bg: string, android: boolean): string {
  const time = android ? '10:24' : '9:41';
  return (
    `<rect x="0" y="0" width="${width}" height="44" fill="${bg}"/>` +
    `<text x="${android ? 28 : 54}" y="32" font-size="26" font-weight="700" fill="${fg}" font-family="${FONT_FAMILY}">${time}</text>` +
    `<rect x="${width - 86}" y="14" width="46" height="22" rx="5" fill="none" stroke="${fg}" stroke-width="2"/>` +
    `<rect x="${width - 83}" y="17" width="32" height="16" rx="3" fill="${fg}"/>` +
    `<rect x="${width - 140}" y="24" width="6" height="12" fill="${fg}"/><rect x="${width - 130}" y="19" width="6" height="17" fill="${fg}"/><rect x="${width - 120}" y="14" width="6" height="22" fill="${fg}"/>`
  );
}

/** A phone keyboard (kana flick layout) along the bottom: must be cropped away, not read. */
function keyboard(width: number, top: number, height: number, dark: boolean): string {
  const bg = dark ? '#2b2b2d' : '#d2d4da';
  const key = dark ? '#4a4a4d' : '#ffffff';
  const fg = dark ? '#ffffff' : '#111111';
  const labels = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', '^^', 'わ', '、。?!'];
  let svg = `<rect x="0" y="${top}" width="${width}" height="${height}" fill="${bg}"/>`;
  const kw = (width - 5 * 14) / 5;
  const kh = (height - 5 * 14) / 4;
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 5; col++) {
      const x = 14 + col * (kw + 14);
      const y = top + 14 + row * (kh + 14);
      svg += `<rect x="${x}" y="${y}" width="${kw}" height="${kh}" rx="10" fill="${col === 0 || col === 4 ? (dark ? '#3a3a3c' : '#adb1ba') : key}"/>`;
      const label = col >= 1 && col <= 3 ? labels[row * 3 + (col - 1)] : '';
      if (label) svg += `<text x="${x + kw / 2}" y="${y + kh / 2 + 14}" text-anchor="middle" font-size="38" fill="${fg}" font-family="${FONT_FAMILY}">${esc(label)}</text>`;
    }
  }
  return svg;
}

interface ChatColours {
  bg: string;
  header: string;
  headerText: string;
  muted: string;
  bubble: string;
  bubbleText: string;
  status: string;
}

const IPHONE_LIGHT: ChatColours = { bg: '#ffffff', header: '#f6f6f6', headerText: '#000000', muted: '#8e8e93', bubble: '#e9e9eb', bubbleText: '#000000', status: '#000000' };
const IPHONE_DARK: ChatColours = { bg: '#000000', header: '#1c1c1e', headerText: '#ffffff', muted: '#8e8e93', bubble: '#262629', bubbleText: '#ffffff', status: '#ffffff' };
const ANDROID_LIGHT: ChatColours = { bg: '#fdfbff', header: '#fdfbff', headerText: '#1b1b1f', muted: '#5f6368', bubble: '#e3e8f4', bubbleText: '#1b1b1f', status: '#1b1b1f' };
const ANDROID_DARK: ChatColours = { bg: '#1b1b1f', header: '#1b1b1f', headerText: '#e4e2e6', muted: '#9aa0a6', bubble: '#2f3137', bubbleText: '#e4e2e6', status: '#e4e2e6' };

/** An SMS conversation: status bar, the sender in the header, a date line, the message in a bubble. */
function smsSvg(sample: OcrSample, layout: Layout, withKeyboard: boolean): { svg: string; width: number; height: number; expected: string } {
  const android = layout.startsWith('android');
  const dark = layout.endsWith('dark');
  const c = android ? (dark ? ANDROID_DARK : ANDROID_LIGHT) : dark ? IPHONE_DARK : IPHONE_LIGHT;
  const width = android ? 720 : 750;
  const height = android ? 1520 : 1334;
  const size = android ? 30 : 32;
  const lh = Math.round(size * 1.45);
  const bubbleMax = width * 0.72;
  const lines = wrap(sample.body, (bubbleMax - 48) / size);
  const date = android ? '今日 10:15' : '今日 10:15';
  let svg = `<rect width="${width}" height="${height}" fill="${c.bg}"/>` + statusBar(width, c.status, c.header, android);
  if (android) {
    svg += `<rect x="0" y="44" width="${width}" height="110" fill="${c.header}"/>`;
    svg += `<path d="M30 99 L54 75 M30 99 L54 123 M30 99 L70 99" stroke="${c.headerText}" stroke-width="4" fill="none"/>`;
    svg += `<circle cx="122" cy="99" r="30" fill="#7c9cd9"/>`;
    svg += textLines([sample.sender], 170, 111, 32, 0, c.headerText);
  } else {
    svg += `<rect x="0" y="44" width="${width}" height="150" fill="${c.header}"/>`;
    svg += `<circle cx="${width / 2}" cy="100" r="34" fill="#a5a8b0"/>`;
    svg += `<text x="${width / 2}" y="172" text-anchor="middle" font-size="24" fill="${c.headerText}" font-family="${FONT_FAMILY}">${esc(sample.sender)}</text>`;
    svg += `<line x1="0" y1="194" x2="${width}" y2="194" stroke="${dark ? '#333' : '#d8d8d8'}" stroke-width="1"/>`;
  }
  const dateY = android ? 220 : 250;
  svg += `<text x="${width / 2}" y="${dateY}" text-anchor="middle" font-size="22" fill="${c.muted}" font-family="${FONT_FAMILY}">${date}</text>`;
  const top = dateY + 30;
  const bubbleW = Math.min(bubbleMax, Math.max(...lines.map((l) => [...l].reduce((s, ch) => s + advance(ch), 0))) * size + 48);
  const bubbleH = lines.length * lh + 30;
  svg += `<rect x="24" y="${top}" width="${bubbleW}" height="${bubbleH}" rx="${android ? 30 : 36}" fill="${c.bubble}"/>`;
  svg += textLines(lines, 48, top + 15 + size, size, lh, c.bubbleText);
  if (withKeyboard) {
    const kbTop = height - 430;
    svg += `<rect x="0" y="${kbTop - 90}" width="${width}" height="90" fill="${c.header}"/>`;
    svg += `<rect x="90" y="${kbTop - 74}" width="${width - 180}" height="58" rx="29" fill="none" stroke="${c.muted}" stroke-width="2"/>`;
    svg += keyboard(width, kbTop, 430, dark);
  }
  return { svg, width, height, expected: [android ? sample.sender : sample.sender, date, sample.body].join('\n') };
}

/** The resident's own bubble under the forwarded message in the LINE chat. */
const LINE_REPLY = 'これって本物ですか？';

/** A LINE chat: blue-grey background, the forwarded message in a green bubble with white text, a white reply bubble. */
function lineChatSvg(sample: OcrSample): { svg: string; width: number; height: number; expected: string } {
  const width = 750;
  const height = 1334;
  const size = 30;
  const lh = 44;
  const lines = wrap(sample.body, (width * 0.7 - 44) / size);
  const reply = LINE_REPLY;
  let svg = `<rect width="${width}" height="${height}" fill="#8cabd9"/>` + statusBar(width, '#000', '#ffffff', false);
  svg += `<rect x="0" y="44" width="${width}" height="96" fill="#ffffff"/>`;
  svg += `<text x="${width / 2}" y="106" text-anchor="middle" font-size="32" font-weight="700" fill="#111" font-family="${FONT_FAMILY}">家族</text>`;
  const top = 190;
  const bw = Math.min(width * 0.7, Math.max(...lines.map((l) => [...l].reduce((s, ch) => s + advance(ch), 0))) * size + 44);
  const bh = lines.length * lh + 28;
  svg += `<rect x="${width - 24 - bw}" y="${top}" width="${bw}" height="${bh}" rx="28" fill="#06c755"/>`;
  svg += textLines(lines, width - 24 - bw + 22, top + 14 + size, size, lh, '#ffffff');
  svg += `<text x="${width - 30 - bw}" y="${top + bh}" text-anchor="end" font-size="18" fill="#3d4a5c" font-family="${FONT_FAMILY}">既読 10:16</text>`;
  const rTop = top + bh + 40;
  svg += `<circle cx="54" cy="${rTop + 30}" r="30" fill="#f0c27b"/>`;
  svg += `<rect x="100" y="${rTop}" width="${reply.length * size + 44}" height="${lh + 28}" rx="28" fill="#ffffff"/>`;
  svg += textLines([reply], 122, rTop + 14 + size, size, lh, '#111111');
  return { svg, width, height, expected: ['家族', sample.body, '既読 10:16', reply].join('\n') };
}

/** A mail app: the subject, sender and a red banner with white text, then the body with a blue link. */
function mailSvg(): { svg: string; width: number; height: number; expected: string } {
  const m = MAIL_SAMPLE;
  const width = 750;
  const size = 30;
  const lh = 46;
  const bodyLines = wrap(m.body, (width - 80) / size);
  const subjectLines = wrap(m.subject, (width - 80) / 36);
  const height = 1334;
  let svg = `<rect width="${width}" height="${height}" fill="#ffffff"/>` + statusBar(width, '#000', '#ffffff', false);
  svg += `<text x="40" y="104" font-size="30" fill="#007aff" font-family="${FONT_FAMILY}">‹ 受信</text>`;
  svg += textLines(subjectLines, 40, 180, 36, 50, '#000000', 700);
  let y = 180 + subjectLines.length * 50 + 10;
  svg += `<circle cx="72" cy="${y + 20}" r="30" fill="#9aa5b8"/>`;
  svg += textLines([m.sender], 120, y + 12, 28, 0, '#000000', 700);
  svg += textLines([m.from], 120, y + 50, 22, 0, '#6d6d72');
  y += 100;
  svg += `<line x1="40" y1="${y}" x2="${width - 40}" y2="${y}" stroke="#dddddd"/>`;
  y += 30;
  svg += `<rect x="40" y="${y}" width="${width - 80}" height="80" fill="#c8102e"/>`;
  svg += `<text x="${width / 2}" y="${y + 52}" text-anchor="middle" font-size="34" font-weight="700" fill="#ffffff" font-family="${FONT_FAMILY}">${esc(m.banner)}</text>`;
  y += 80 + 30 + size;
  const linkStart = bodyLines.findIndex((l) => l.startsWith('https://'));
  bodyLines.forEach((l, i) => {
    svg += textLines([l], 40, y + i * lh, size, 0, linkStart >= 0 && i >= linkStart ? '#1a5fd0' : '#222222');
  });
  return { svg, width, height, expected: [m.subject, m.sender, m.from, m.banner, m.body].join('\n') };
}

/** A printed notice on A4-ish paper, before the photo effects. */
function paperSvg(): { svg: string; width: number; height: number; expected: string } {
  const p = PAPER_SAMPLE;
  const width = 1000;
  const height = 1300;
  const size = 34;
  const lines = wrap(p.body, (width - 200) / size);
  let svg = `<rect width="${width}" height="${height}" fill="#8a6f55"/>`;
  svg += `<rect x="70" y="60" width="${width - 140}" height="${height - 120}" fill="#fbfaf5"/>`;
  svg += `<text x="${width / 2}" y="200" text-anchor="middle" font-size="40" font-weight="700" fill="#111" font-family="${FONT_FAMILY}">${esc(p.title)}</text>`;
  svg += `<text x="${width - 130}" y="280" text-anchor="end" font-size="30" fill="#111" font-family="${FONT_FAMILY}">${esc(p.from)}</text>`;
  svg += textLines(lines, 110, 380, size, 60, '#151515');
  return { svg, width, height, expected: [p.title, p.from, p.body].join('\n') };
}

function svgToPng(svg: string, width: number, height: number): Buffer {
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svg}</svg>`;
  const resvg = new Resvg(doc, { fitTo: { mode: 'original' }, font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } });
  return Buffer.from(resvg.render().asPng());
}

/** Phone screenshot as LINE delivers it: JPEG. */
async function screenshotJpeg(png: Buffer, quality: number): Promise<Buffer> {
  return sharp(png).jpeg({ quality, mozjpeg: true }).toBuffer();
}

/** A phone photo of the printed notice: a few degrees off, light falling from one side, slightly out of focus, JPEG. */
async function paperPhoto(png: Buffer, width: number, height: number, angle: number): Promise<Buffer> {
  const light = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="g" cx="0.25" cy="0.2" r="1.1">` +
      `<stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.45"/></radialGradient></defs>` +
      `<rect width="${width}" height="${height}" fill="url(#g)"/></svg>`,
  );
  const lit = await sharp(png).composite([{ input: light }]).png().toBuffer();
  return sharp(lit)
    .rotate(angle, { background: '#6b5642' })
    .blur(0.9)
    .modulate({ brightness: 0.95, saturation: 0.9 })
    .resize({ width: 1100 })
    .jpeg({ quality: 68 })
    .toBuffer();
}

export interface RenderOptions {
  /** Draw a keyboard under the SMS (must be cropped). */
  keyboard?: boolean;
  /** JPEG quality of screenshots (LINE re-encodes; 80 is typical). */
  quality?: number;
}

export async function renderSms(sample: OcrSample, layout: Exclude<Layout, 'mail' | 'paper-photo' | 'line-chat'>, options: RenderOptions = {}): Promise<RenderedSample> {
  const { svg, width, height, expected } = smsSvg(sample, layout, options.keyboard ?? false);
  return { id: sample.id, layout, bytes: await screenshotJpeg(svgToPng(svg, width, height), options.quality ?? 80), expected, typed: sample.body, message: sample.body };
}

export async function renderLineChat(sample: OcrSample, options: RenderOptions = {}): Promise<RenderedSample> {
  const { svg, width, height, expected } = lineChatSvg(sample);
  return { id: sample.id, layout: 'line-chat', bytes: await screenshotJpeg(svgToPng(svg, width, height), options.quality ?? 80), expected, typed: sample.body, message: `${sample.body}\n${LINE_REPLY}` };
}

export async function renderMail(options: RenderOptions = {}): Promise<RenderedSample> {
  const { svg, width, height, expected } = mailSvg();
  return { id: MAIL_SAMPLE.id, layout: 'mail', bytes: await screenshotJpeg(svgToPng(svg, width, height), options.quality ?? 80), expected, typed: `${MAIL_SAMPLE.subject}\n${MAIL_SAMPLE.body}`, message: expected };
}

export async function renderPaperPhoto(angle = 2.5): Promise<RenderedSample> {
  const { svg, width, height, expected } = paperSvg();
  return { id: PAPER_SAMPLE.id, layout: 'paper-photo', bytes: await paperPhoto(svgToPng(svg, width, height), width, height, angle), expected, typed: `${PAPER_SAMPLE.title}\n${PAPER_SAMPLE.body}`, message: expected };
}

/** The whole rendered set: every SMS text in every phone layout (keyboard on some), the LINE chat for each, the mail, paper photos. */
export async function renderAll(): Promise<RenderedSample[]> {
  const out: RenderedSample[] = [];
  const phones = ['iphone-light', 'iphone-dark', 'android-light', 'android-dark'] as const;
  const texts = [...SMS_SAMPLES, MY_NUMBER_SAMPLE];
  for (const [i, sample] of texts.entries()) {
    for (const [j, layout] of phones.entries()) out.push(await renderSms(sample, layout, { keyboard: (i + j) % 3 === 0 }));
    out.push(await renderLineChat(sample));
  }
  out.push(await renderMail());
  for (const angle of [-3, 2.5, 4]) out.push(await renderPaperPhoto(angle));
  return out;
}
