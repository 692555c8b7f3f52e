// LINE message objects → DOM: text (URLs become links), flex, image, sticker, template (buttons,
// confirm, carousel, image carousel); anything else shows its type. Quick-reply chips.

import { actionElement, bindAction, safeHref } from './actions.js';
import { renderFlexContainer } from './flex-render.js';
import { appendImage } from './flex-components.js';
import { label } from './labels.js';

const URL_IN_TEXT = /https?:\/\/[^\s<>"'「」（）()]+/g;

/** Text with its http(s) URLs as links; everything as text nodes (never parsed as HTML). */
export function linkedText(text) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const href = safeHref(m[0]);
    if (!href || m.index === undefined) continue;
    if (m.index > last) parts.push(document.createTextNode(text.slice(last, m.index)));
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = m[0];
    parts.push(a);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  return parts;
}

/** One message → element. @param {import('./actions.js').ActionContext} ctx */
export function renderMessage(message, ctx) {
  const type = message && typeof message.type === 'string' ? message.type : 'unknown';
  switch (type) {
    case 'text':
    case 'textV2': {
      const el = document.createElement('div');
      el.className = 'msg-text';
      el.append(...linkedText(typeof message.text === 'string' ? message.text : ''));
      return el;
    }
    case 'flex': {
      const el = renderFlexContainer(message.contents, ctx);
      el.classList.add('msg-flex');
      if (typeof message.altText === 'string') el.setAttribute('aria-label', message.altText);
      return el;
    }
    case 'image': {
      const el = document.createElement('div');
      el.className = 'msg-image';
      appendImage(el, message.previewImageUrl ?? message.originalContentUrl);
      return el;
    }
    case 'sticker': {
      const el = document.createElement('div');
      el.className = 'msg-sticker';
      el.textContent = label('sticker');
      return el;
    }
    case 'template':
      return renderTemplate(message, ctx);
    default: {
      const el = document.createElement('div');
      el.className = 'msg-text msg-unsupported';
      el.textContent = `[${type}]`;
      return el;
    }
  }
}

function renderTemplate(message, ctx) {
  const t = message.template && typeof message.template === 'object' ? message.template : {};
  if (t.type === 'carousel' || t.type === 'image_carousel') {
    const el = document.createElement('div');
    el.className = 'fx-carousel msg-template-carousel';
    for (const column of Array.isArray(t.columns) ? t.columns.slice(0, 10) : []) {
      el.append(t.type === 'carousel' ? templateCard(column, ctx) : imageColumn(column, ctx));
    }
    return el;
  }
  const card = templateCard(t, ctx);
  if (t.type === 'confirm') card.classList.add('tpl-confirm');
  return card;
}

function templateCard(t, ctx) {
  const card = document.createElement('div');
  card.className = 'tpl-card';
  const thumb = appendImage(card, t.thumbnailImageUrl);
  if (thumb) thumb.className = 'tpl-thumb';
  const body = document.createElement('div');
  body.className = 'tpl-body';
  if (typeof t.title === 'string' && t.title) {
    const title = document.createElement('div');
    title.className = 'tpl-title';
    title.textContent = t.title;
    body.append(title);
  }
  const text = document.createElement('div');
  text.className = 'tpl-text';
  text.textContent = typeof t.text === 'string' ? t.text : '';
  body.append(text);
  card.append(body);
  const actions = document.createElement('div');
  actions.className = 'tpl-actions';
  for (const action of Array.isArray(t.actions) ? t.actions.slice(0, 4) : []) {
    const btn = actionElement(action, 'button');
    btn.className = 'tpl-action';
    btn.textContent = action && typeof action.label === 'string' ? action.label : '';
    bindAction(btn, action, ctx);
    actions.append(btn);
  }
  card.append(actions);
  return card;
}

function imageColumn(column, ctx) {
  const el = actionElement(column && column.action, 'div');
  el.className = 'tpl-image-column';
  appendImage(el, column && column.imageUrl);
  const caption = document.createElement('span');
  caption.textContent = column && column.action && typeof column.action.label === 'string' ? column.action.label : '';
  el.append(caption);
  bindAction(el, column && column.action, ctx);
  return el;
}

/**
 * Shows the chips of a message's quickReply (or hides the bar). Tapping one performs its action
 * and removes the bar, as LINE does.
 * @param {HTMLElement} bar @param {any} quickReply @param {import('./actions.js').ActionContext} ctx
 */
export function renderQuickReplies(bar, quickReply, ctx) {
  const items = quickReply && Array.isArray(quickReply.items) ? quickReply.items.slice(0, 13) : [];
  bar.replaceChildren();
  for (const item of items) {
    const action = item && item.action;
    if (!action || typeof action !== 'object') continue;
    const chip = actionElement(action, 'button');
    chip.className = 'qr-chip';
    appendImage(chip, item.imageUrl);
    const text = document.createElement('span');
    text.textContent = typeof action.label === 'string' ? action.label : '';
    chip.append(text);
    chip.addEventListener('click', () => {
      bar.hidden = true;
    });
    bindAction(chip, action, ctx);
    bar.append(chip);
  }
  bar.hidden = bar.childElementCount === 0;
}
