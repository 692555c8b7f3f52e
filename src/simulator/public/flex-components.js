// Flex components other than boxes: text (with spans), button, image, icon, separator, filler, spacer.
// Every string from a message is set with textContent; every style value passes a validator first.

import { actionElement, bindAction } from './actions.js';
import { align, colour, gravity, IMAGE_SIZES, imageUrl, length, pxLength, ratio, textAlign, TEXT_SIZES } from './flex-style.js';

/**
 * Appends an <img> for a safe image URL (https, or this page's own paths) and returns it;
 * nothing (null) for anything else. Used for flex images, icons and message images alike.
 * @param {HTMLElement} parent @param {unknown} url
 */
export function appendImage(parent, url) {
  const src = imageUrl(url);
  if (!src) return null;
  const img = document.createElement('img');
  img.src = src;
  img.alt = '';
  parent.append(img);
  return img;
}

/**
 * A font size; with `scaling: true` (text, button, icon) it follows the reader's LINE font size,
 * which the page sets as --font-scale (「文字の大きさ」).
 */
function scaled(size, node) {
  return node.scaling === true ? `calc(${size} * var(--font-scale, 1))` : size;
}

/** Text sizes drawn as headings. */
const LARGE = new Set(['lg', 'xl', 'xxl', '3xl', '4xl', '5xl']);

function applyTextStyle(el, node, scaling = node) {
  const size = pxLength(node.size, TEXT_SIZES) ?? (node === scaling && node.scaling === true ? `${TEXT_SIZES.md}px` : null);
  if (size) el.style.fontSize = scaled(size, scaling);
  const color = colour(node.color);
  if (color) el.style.color = color;
  if (node.weight === 'bold') el.style.fontWeight = 'bold';
  if (node.weight === 'regular') el.style.fontWeight = 'normal';
  if (node.style === 'italic') el.style.fontStyle = 'italic';
  if (node.decoration === 'underline' || node.decoration === 'line-through') el.style.textDecoration = node.decoration;
}

/** text: one line with an ellipsis unless wrap; \n breaks lines only when wrapping (as in LINE). */
export function renderText(node, ctx) {
  const el = actionElement(node.action, 'div');
  el.classList.add('fx-text');
  const p = document.createElement('p');
  applyTextStyle(el, node);
  const spans = Array.isArray(node.contents) ? node.contents.filter((s) => s && s.type === 'span') : [];
  if (spans.length > 0) {
    for (const span of spans) {
      const s = document.createElement('span');
      s.textContent = typeof span.text === 'string' ? span.text : '';
      applyTextStyle(s, span, node);
      p.append(s);
    }
  } else {
    p.textContent = typeof node.text === 'string' ? node.text : '';
  }
  if (node.wrap === true) {
    p.classList.add('wrap');
    // Headings (large type) get lines of even length.
    if (LARGE.has(node.size)) p.classList.add('balance');
    const lines = Number.isInteger(node.maxLines) && node.maxLines > 0 ? node.maxLines : 0;
    if (lines) {
      p.classList.add('clamp');
      p.style.webkitLineClamp = String(lines);
    }
    const extra = pxLength(node.lineSpacing, {});
    if (extra) p.style.lineHeight = `calc(1.4em + ${extra})`;
  }
  const ta = textAlign(node.align);
  if (ta) p.style.textAlign = ta;
  const g = gravity(node.gravity);
  if (g) el.style.justifyContent = g;
  el.append(p);
  bindAction(el, node.action, ctx);
  return el;
}

/** button: primary (filled, white text), secondary (grey), link (coloured text; the default). */
export function renderButton(node, ctx) {
  const el = document.createElement('div');
  el.classList.add('fx-button');
  const g = gravity(node.gravity);
  if (g) el.style.justifyContent = g;
  const btn = actionElement(node.action, 'button');
  const style = node.style === 'primary' || node.style === 'secondary' ? node.style : 'link';
  btn.classList.add('fx-btn', `fx-btn-${style}`);
  if (node.height === 'sm') btn.classList.add('fx-btn-sm');
  const color = colour(node.color);
  if (color && style === 'link') btn.style.color = color;
  else if (color) btn.style.backgroundColor = color;
  const text = document.createElement('span');
  text.textContent = node.action && typeof node.action.label === 'string' ? node.action.label : '';
  if (node.scaling === true) btn.classList.add('fx-btn-scaling');
  btn.append(text);
  bindAction(btn, node.action, ctx);
  el.append(btn);
  return el;
}

/** image: a frame of the given size and aspect ratio, the picture fitted or cropped inside. */
export function renderImage(node, ctx) {
  const el = document.createElement('div');
  el.classList.add('fx-image');
  const a = align(node.align ?? 'center');
  if (a) el.style.alignItems = a;
  const g = gravity(node.gravity);
  if (g) el.style.justifyContent = g;
  const frame = actionElement(node.action, 'div');
  frame.classList.add('fx-image-frame');
  const size = node.size === 'full' ? '100%' : (length(node.size, IMAGE_SIZES) ?? `${IMAGE_SIZES.md}px`);
  frame.style.width = size;
  frame.style.aspectRatio = String(ratio(node.aspectRatio) ?? 1);
  const bg = colour(node.backgroundColor);
  if (bg) frame.style.backgroundColor = bg;
  const img = appendImage(frame, node.url);
  if (img) img.style.objectFit = node.aspectMode === 'cover' ? 'cover' : 'contain';
  bindAction(frame, node.action, ctx);
  el.append(frame);
  return el;
}

/** icon: a small picture sitting on the text baseline (used in baseline boxes). */
export function renderIcon(node) {
  const el = document.createElement('span');
  el.classList.add('fx-icon');
  const size = scaled(pxLength(node.size, TEXT_SIZES) ?? `${TEXT_SIZES.md}px`, node);
  el.style.height = size;
  el.style.width = `calc(${size} * ${ratio(node.aspectRatio) ?? 1})`;
  appendImage(el, node.url);
  return el;
}

/** separator: a hairline across the parent box's cross axis. */
export function renderSeparator(node, layout) {
  const el = document.createElement('div');
  el.classList.add('fx-separator', layout === 'vertical' ? 'fx-separator-h' : 'fx-separator-v');
  const color = colour(node.color);
  if (color) el.style.borderColor = color;
  return el;
}

/** filler (deprecated): empty space that grows; spacer (deprecated): a fixed gap. */
export function renderFiller() {
  const el = document.createElement('div');
  el.classList.add('fx-filler');
  return el;
}

export function renderSpacer(node, layout) {
  const el = document.createElement('div');
  el.classList.add('fx-spacer');
  const size = length(node.size ?? 'md') ?? '8px';
  if (layout === 'vertical') el.style.height = size;
  else el.style.width = size;
  return el;
}
