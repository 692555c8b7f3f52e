// LINE actions (buttons, tappable boxes/texts/images, quick replies, rich-menu areas) → what the page does.
// uri: tel: shows the number (and keeps a real tel: link), http(s) opens a new tab, any other scheme
// is refused. postback: sends { type: 'postback', data } and shows displayText as the user's message.
// message: sends its text as the user's message.

import { label } from './labels.js';
import { showToast } from './toast.js';

/**
 * @typedef {object} ActionContext
 * @property {(text: string) => void} sendText    the user "says" text
 * @property {(data: string, displayText: string | null) => void} sendPostback
 * @property {(open: boolean) => void} setMenuOpen
 * @property {(text: string) => void} fillInput
 */

/** The href a uri action may have in this page, or null (javascript:, data:, relative paths …). */
export function safeHref(uri) {
  if (typeof uri !== 'string') return null;
  let url;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  return ['tel:', 'http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
}

/** The element a tappable thing should be: a link for a usable uri action, else a button. */
export function actionElement(action, buttonTag = 'button') {
  if (action && action.type === 'uri' && safeHref(action.uri)) return document.createElement('a');
  const el = document.createElement(buttonTag);
  if (buttonTag === 'button') el.type = 'button';
  return el;
}

/**
 * Makes `el` perform `action` when tapped (click, Enter, Space).
 * @param {HTMLElement} el
 * @param {any} action
 * @param {ActionContext} ctx
 */
export function bindAction(el, action, ctx) {
  if (!action || typeof action !== 'object') return;
  el.classList.add('tappable');
  if (typeof action.label === 'string' && !el.getAttribute('aria-label') && !el.textContent) el.setAttribute('aria-label', action.label);
  if (action.type === 'uri') {
    const href = safeHref(action.uri);
    if (el instanceof HTMLAnchorElement && href) {
      el.href = href;
      if (href.startsWith('http')) {
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
      }
    }
  }
  if (!(el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement)) {
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        el.click();
      }
    });
  }
  el.addEventListener('click', (e) => {
    e.stopPropagation();
    if (action.type === 'uri' && el instanceof HTMLAnchorElement && el.href.startsWith('http')) return; // the browser opens it
    e.preventDefault();
    performAction(action, ctx);
  });
}

/** @param {any} action @param {ActionContext} ctx */
export function performAction(action, ctx) {
  switch (action.type) {
    case 'message':
      if (typeof action.text === 'string' && action.text) ctx.sendText(action.text);
      return;
    case 'postback': {
      const shown = typeof action.displayText === 'string' ? action.displayText : typeof action.text === 'string' ? action.text : null;
      if (typeof action.data === 'string') ctx.sendPostback(action.data, shown);
      if (action.inputOption === 'openRichMenu') ctx.setMenuOpen(true);
      if (action.inputOption === 'closeRichMenu') ctx.setMenuOpen(false);
      if (action.inputOption === 'openKeyboard') ctx.fillInput(typeof action.fillInText === 'string' ? action.fillInText : '');
      return;
    }
    case 'uri': {
      const href = safeHref(action.uri);
      if (href && href.startsWith('tel:')) {
        const number = decodeURIComponent(href.slice(4));
        const link = document.createElement('a');
        link.href = href;
        link.className = 'toast-call';
        link.textContent = `${number} ${label('call')}`;
        showToast([link]);
      } else if (href && href.startsWith('http')) {
        window.open(href, '_blank', 'noopener,noreferrer');
      } else if (href) {
        window.location.href = href;
      } else {
        showToast([label('unsupported')]);
      }
      return;
    }
    case 'richmenuswitch':
      if (typeof action.data === 'string') ctx.sendPostback(action.data, null);
      return;
    case 'clipboard':
      navigator.clipboard?.writeText(String(action.clipboardText ?? '')).then(
        () => showToast([label('copied')], 1500),
        () => showToast([label('unsupported')]),
      );
      return;
    default:
      showToast([label('unsupported')]);
  }
}
