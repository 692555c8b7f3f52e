import { GRID, RICHMENU_SIZE, tileBounds, type Bounds } from './richmenu-definition.ts';
import type { ICONS, RichMenuFile, Tile } from './richmenu-schema.ts';

/** The font family the image is drawn with (shipped by an npm package, see render-image.ts). */
export const FONT_FAMILY = 'BIZ UDPGothic';

const GAP = 10;
const INK = '#FFFFFF';

/** The rich-menu image as SVG: six coloured tiles, each with an icon, a large label and a short line. */
export function richMenuSvg(menu: RichMenuFile): string {
  const tiles = menu.areas.map((tile, i) => tileSvg(tile, tileBounds(i))).join('\n');
  const { width, height } = RICHMENU_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    tiles,
    '</svg>',
    '',
  ].join('\n');
}

function tileSvg(tile: Tile, b: Bounds): string {
  const x = b.x + GAP / 2;
  const y = b.y + GAP / 2;
  const w = b.width - GAP;
  const h = b.height - GAP;
  const cx = x + w / 2;
  const labelChars = [...tile.label].length;
  const labelSize = Math.min(120, Math.floor((w - 110) / labelChars));
  const subChars = [...tile.sublabel].length;
  const subSize = Math.min(66, Math.floor((w - 90) / subChars));
  return [
    `<g>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="28" fill="${tile.color}"/>`,
    iconSvg(tile.icon, cx, y + h * 0.3, 230),
    text(tile.label, cx, y + h * 0.68, labelSize, 700),
    text(tile.sublabel, cx, y + h * 0.84, subSize, 400),
    `</g>`,
  ].join('\n');
}

function text(content: string, x: number, y: number, size: number, weight: number): string {
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${INK}" text-anchor="middle">${escapeXml(content)}</text>`;
}

/** Simple white line drawings centred on (cx, cy), `s` pixels wide. */
function iconSvg(icon: (typeof ICONS)[number], cx: number, cy: number, s: number): string {
  const h = s / 2;
  const stroke = `fill="none" stroke="${INK}" stroke-width="${s * 0.07}" stroke-linejoin="round" stroke-linecap="round"`;
  const bar = (top: number, bottom: number) =>
    `<line x1="${cx}" y1="${cy + top}" x2="${cx}" y2="${cy + bottom}" stroke="${INK}" stroke-width="${s * 0.09}" stroke-linecap="round"/>`;
  const dot = (at: number) => `<circle cx="${cx}" cy="${cy + at}" r="${s * 0.055}" fill="${INK}"/>`;
  switch (icon) {
    case 'warning':
      return `<path d="M${cx} ${cy - h} L${cx + h * 1.1} ${cy + h * 0.85} L${cx - h * 1.1} ${cy + h * 0.85} Z" ${stroke}/>${bar(-h * 0.35, h * 0.3)}${dot(h * 0.58)}`;
    case 'phone':
      return `<rect x="${cx - h * 0.55}" y="${cy - h}" width="${h * 1.1}" height="${s}" rx="${s * 0.1}" ${stroke}/><line x1="${cx - h * 0.55}" y1="${cy + h * 0.62}" x2="${cx + h * 0.55}" y2="${cy + h * 0.62}" ${stroke}/>${dot(h * 0.81)}`;
    case 'card':
      return `<rect x="${cx - h * 1.2}" y="${cy - h * 0.75}" width="${h * 2.4}" height="${h * 1.5}" rx="${s * 0.08}" ${stroke}/><circle cx="${cx - h * 0.55}" cy="${cy - h * 0.1}" r="${h * 0.28}" ${stroke}/><line x1="${cx + h * 0.05}" y1="${cy - h * 0.25}" x2="${cx + h * 0.85}" y2="${cy - h * 0.25}" ${stroke}/><line x1="${cx + h * 0.05}" y1="${cy + h * 0.2}" x2="${cx + h * 0.65}" y2="${cy + h * 0.2}" ${stroke}/>`;
    case 'question':
      return `<circle cx="${cx}" cy="${cy}" r="${h}" ${stroke}/><path d="M${cx - h * 0.35} ${cy - h * 0.3} A${h * 0.36} ${h * 0.36} 0 1 1 ${cx + h * 0.1} ${cy + h * 0.05} Q${cx} ${cy + h * 0.12} ${cx} ${cy + h * 0.3}" ${stroke}/>${dot(h * 0.6)}`;
    case 'forward':
      return `<path d="M${cx - h} ${cy + h * 0.7} Q${cx - h} ${cy - h * 0.2} ${cx + h * 0.2} ${cy - h * 0.2} L${cx + h * 0.2} ${cy - h * 0.7} L${cx + h} ${cy + h * 0.05} L${cx + h * 0.2} ${cy + h * 0.8} L${cx + h * 0.2} ${cy + h * 0.3} Q${cx - h * 0.5} ${cy + h * 0.25} ${cx - h} ${cy + h * 0.7} Z" ${stroke}/>`;
    case 'help':
      return `<circle cx="${cx}" cy="${cy}" r="${h}" ${stroke}/>${dot(-h * 0.45)}${bar(-h * 0.12, h * 0.55)}`;
  }
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Columns × rows of the grid, for documentation and tests. */
export const LAYOUT = GRID;
