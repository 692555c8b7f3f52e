// LINE Flex Message keywords → CSS values, as the LINE apps draw them, and validators: a value
// from a message reaches a style only if it is a known keyword, a plain px/% length or a #hex colour.

export const SPACING = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };
export const TEXT_SIZES = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 };
export const IMAGE_SIZES = { xxs: 40, xs: 60, sm: 80, md: 100, lg: 120, xl: 140, xxl: 160, '3xl': 180, '4xl': 200, '5xl': 240 };
export const BORDER_WIDTHS = { none: 0, light: 0.5, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 };
export const BUBBLE_WIDTHS = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 500 };

/** Default paddings of a bubble's blocks [top, end, bottom, start], by bubble size. */
export function blockPadding(block, size, hasFooter) {
  if (block === 'hero') return [0, 0, 0, 0];
  if (block === 'footer') return [10, 10, 10, 10];
  if (size === 'nano' || size === 'micro') return [10, 10, 10, 10];
  if (size === 'kilo') return [13, 13, hasFooter && block === 'body' ? 17 : 13, 13];
  if (size === 'deca' || size === 'hecto') return [11, 14, hasFooter && block === 'body' ? 17 : 13, 14];
  if (block === 'body') return [19, 20, hasFooter ? 10 : 20, 20];
  return [20, 20, 20, 20];
}

/** Bubble corner radius by size. */
export function bubbleRadius(size) {
  if (size === 'giga') return 5;
  return size === 'mega' || !size ? 17 : 10;
}

const LENGTH = /^(\d{1,4}(\.\d{1,3})?)(px|%)$/;

/** A keyword from `table` or a px/% length → CSS length; anything else → null. */
export function length(value, table = SPACING) {
  if (typeof value !== 'string') return null;
  if (Object.hasOwn(table, value)) return `${table[value]}px`;
  return LENGTH.test(value) ? value : null;
}

/** Only px lengths (text sizes, icon sizes). */
export function pxLength(value, table) {
  if (typeof value !== 'string') return null;
  if (Object.hasOwn(table, value)) return `${table[value]}px`;
  return /^\d{1,4}(\.\d{1,3})?px$/.test(value) ? value : null;
}

/** #RRGGBB or #RRGGBBAA → itself; anything else → null. */
export function colour(value) {
  return typeof value === 'string' && /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(value) ? value : null;
}

/** "W:H" → W / H (for CSS aspect-ratio), or null. */
export function ratio(value) {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,5}(?:\.\d{1,3})?):(\d{1,5}(?:\.\d{1,3})?)$/.exec(value);
  if (!m) return null;
  const w = Number(m[1]);
  const h = Number(m[2]);
  return w > 0 && h > 0 ? w / h : null;
}

/** An image URL a message may show: http(s) only. */
export function imageUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const JUSTIFY = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end', 'space-between': 'space-between', 'space-around': 'space-around', 'space-evenly': 'space-evenly' };
const ALIGN = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end' };
/** justifyContent / alignItems values LINE accepts. */
export const justify = (v) => JUSTIFY[v] ?? null;
export const alignItems = (v) => ALIGN[v] ?? null;
/** gravity (top|center|bottom) → justify-content of the component's own column. */
export const gravity = (v) => ({ top: 'flex-start', center: 'center', bottom: 'flex-end' })[v] ?? null;
/** align (start|center|end) → align-items / text-align. */
export const align = (v) => ({ start: 'flex-start', center: 'center', end: 'flex-end' })[v] ?? null;
export const textAlign = (v) => ({ start: 'start', center: 'center', end: 'end' })[v] ?? null;
