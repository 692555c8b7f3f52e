// Flex Message containers → DOM, drawn as the LINE apps draw them: bubble (header, hero, body,
// footer, styles), carousel, and boxes (vertical, horizontal, baseline) with flex, spacing,
// margin, padding, offsets, borders, corner radius, backgrounds and gradients.

import { actionElement, bindAction } from './actions.js';
import { alignItems, blockPadding, BORDER_WIDTHS, bubbleRadius, BUBBLE_WIDTHS, colour, justify, length } from './flex-style.js';
import { renderButton, renderFiller, renderIcon, renderImage, renderSeparator, renderSpacer, renderText } from './flex-components.js';

const MAX_DEPTH = 24;
const BLOCKS = ['header', 'hero', 'body', 'footer'];

/** A flex message's `contents` (bubble or carousel) → element. @param {import('./actions.js').ActionContext} ctx */
export function renderFlexContainer(container, ctx) {
  if (container && container.type === 'carousel') {
    const el = document.createElement('div');
    el.classList.add('fx-carousel');
    for (const bubble of Array.isArray(container.contents) ? container.contents.slice(0, 12) : []) {
      if (bubble && bubble.type === 'bubble') el.append(renderBubble(bubble, ctx, true));
    }
    return el;
  }
  return renderBubble(container ?? {}, ctx, false);
}

function renderBubble(bubble, ctx, inCarousel) {
  const size = Object.hasOwn(BUBBLE_WIDTHS, bubble.size) ? bubble.size : 'mega';
  const el = actionElement(bubble.action, 'div');
  el.classList.add('fx-bubble', `fx-bubble-${size}`);
  el.style.setProperty('--bubble-width', `${BUBBLE_WIDTHS[size]}px`);
  el.style.borderRadius = `${bubbleRadius(size)}px`;
  if (inCarousel) el.classList.add('fx-in-carousel');
  if (bubble.direction === 'rtl') el.dir = 'rtl';
  const styles = bubble.styles && typeof bubble.styles === 'object' ? bubble.styles : {};
  const hasFooter = Boolean(bubble.footer);
  let first = true;
  for (const name of BLOCKS) {
    const node = bubble[name];
    if (!node || typeof node !== 'object') continue;
    const block = document.createElement('div');
    block.classList.add('fx-block', `fx-${name}`);
    const style = styles[name] && typeof styles[name] === 'object' ? styles[name] : {};
    const bg = colour(style.backgroundColor);
    if (bg) block.style.backgroundColor = bg;
    if (style.separator === true && !first) {
      block.style.borderTop = `1px solid ${colour(style.separatorColor) ?? '#d4d6da'}`;
    }
    const child = renderComponent(node, ctx, 'vertical', 0);
    if (node.type === 'box') applyPadding(child, node, blockPadding(name, size, hasFooter));
    block.append(child);
    el.append(block);
    first = false;
  }
  bindAction(el, bubble.action, ctx);
  return el;
}

/** Any component → element (unknown types → null, skipped as LINE would reject them). */
function renderComponent(node, ctx, parentLayout, depth) {
  if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return null;
  switch (node.type) {
    case 'box':
      return renderBox(node, ctx, depth);
    case 'text':
      return renderText(node, ctx);
    case 'button':
      return renderButton(node, ctx);
    case 'image':
      return renderImage(node, ctx);
    case 'icon':
      return renderIcon(node);
    case 'separator':
      return renderSeparator(node, parentLayout);
    case 'filler':
      return renderFiller();
    case 'spacer':
      return renderSpacer(node, parentLayout);
    case 'video':
      return renderComponent(node.altContent, ctx, parentLayout, depth + 1);
    default:
      return null;
  }
}

function renderBox(node, ctx, depth) {
  const layout = node.layout === 'horizontal' || node.layout === 'baseline' ? node.layout : 'vertical';
  const el = actionElement(node.action, 'div');
  el.classList.add('fx-box', `fx-${layout}`);
  const jc = justify(node.justifyContent);
  if (jc) el.style.justifyContent = jc;
  const ai = alignItems(node.alignItems);
  if (ai && layout !== 'baseline') el.style.alignItems = ai;
  const bg = colour(node.backgroundColor);
  if (bg) el.style.backgroundColor = bg;
  const gradient = linearGradient(node.background);
  if (gradient) el.style.backgroundImage = gradient;
  const borderColor = colour(node.borderColor);
  const borderWidth = length(node.borderWidth, BORDER_WIDTHS);
  if (borderWidth || borderColor) {
    el.style.borderStyle = 'solid';
    el.style.borderWidth = borderWidth ?? '1px';
    el.style.borderColor = borderColor ?? '#000000';
  }
  const radius = length(node.cornerRadius);
  if (radius) el.style.borderRadius = radius;
  for (const [prop, css] of [['width', 'width'], ['maxWidth', 'maxWidth'], ['height', 'height'], ['maxHeight', 'maxHeight']]) {
    const v = length(node[prop], {});
    if (v) el.style[css] = v;
  }
  applyPadding(el, node, [0, 0, 0, 0]);
  const spacing = length(node.spacing);
  let index = 0;
  for (const child of Array.isArray(node.contents) ? node.contents : []) {
    const childEl = renderComponent(child, ctx, layout, depth + 1);
    if (!childEl) continue;
    place(childEl, child, layout, index, spacing);
    el.append(childEl);
    index += 1;
  }
  bindAction(el, node.action, ctx);
  return el;
}

/** Sets the child's flex, its space before (margin, else the parent's spacing) and its position. */
function place(el, node, layout, index, spacing) {
  const horizontal = layout !== 'vertical';
  const fixedSize = ['icon', 'separator', 'spacer'].includes(node.type);
  let flex = Number.isInteger(node.flex) && node.flex >= 0 ? node.flex : null;
  if (flex === null) flex = fixedSize || (node.type === 'box' && (node.width && horizontal)) ? 0 : horizontal ? 1 : 0;
  if (node.type === 'filler') flex = Number.isInteger(node.flex) ? node.flex : 1;
  el.style.flex = flex === 0 ? '0 0 auto' : horizontal ? `${flex} 0 0` : `${flex} 0 auto`;
  const before = length(node.margin) ?? (index > 0 && node.type !== 'filler' ? spacing : null);
  if (before && node.position !== 'absolute') {
    if (horizontal) el.style.marginInlineStart = before;
    else el.style.marginTop = before;
  }
  if (node.position === 'absolute' || ['offsetTop', 'offsetBottom', 'offsetStart', 'offsetEnd'].some((k) => node[k] !== undefined)) {
    el.style.position = node.position === 'absolute' ? 'absolute' : 'relative';
    const offsets = { offsetTop: 'top', offsetBottom: 'bottom', offsetStart: 'insetInlineStart', offsetEnd: 'insetInlineEnd' };
    for (const [prop, css] of Object.entries(offsets)) {
      const v = length(node[prop]);
      if (v) el.style[css] = v;
    }
  }
}

/** Block defaults [top, end, bottom, start], overridden by paddingAll, then by each side. */
function applyPadding(el, node, defaults) {
  const all = length(node.paddingAll);
  const side = (key, i) => length(node[key]) ?? all ?? `${defaults[i]}px`;
  el.style.paddingTop = side('paddingTop', 0);
  el.style.paddingInlineEnd = side('paddingEnd', 1);
  el.style.paddingBottom = side('paddingBottom', 2);
  el.style.paddingInlineStart = side('paddingStart', 3);
}

function linearGradient(bg) {
  if (!bg || bg.type !== 'linearGradient') return null;
  const angle = typeof bg.angle === 'string' && /^-?\d{1,3}(\.\d{1,3})?deg$/.test(bg.angle) ? bg.angle : '0deg';
  const start = colour(bg.startColor);
  const end = colour(bg.endColor);
  if (!start || !end) return null;
  const center = colour(bg.centerColor);
  const at = typeof bg.centerPosition === 'string' && /^\d{1,3}(\.\d{1,3})?%$/.test(bg.centerPosition) ? bg.centerPosition : '50%';
  return `linear-gradient(${angle}, ${start} 0%, ${center ? `${center} ${at}, ` : ''}${end} 100%)`;
}

