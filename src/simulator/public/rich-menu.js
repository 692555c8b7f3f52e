// The rich menu under the input: the menu image with tappable areas where one exists, else each
// area drawn as a labelled button. The bar above it (chatBarText) opens and closes it, as in LINE.

import { actionElement, bindAction } from './actions.js';

/**
 * @param {HTMLElement} nav
 * @param {{ menu: any, imageUrl: string | null }} data from GET /simulator/api/richmenu
 * @param {import('./actions.js').ActionContext} ctx
 */
export function renderRichMenu(nav, data, ctx) {
  const menu = data && data.menu;
  nav.replaceChildren();
  if (!menu || !menu.size || !Array.isArray(menu.areas)) return;
  const { width, height } = menu.size;
  const frame = document.createElement('div');
  frame.className = 'rich-menu-frame';
  frame.style.aspectRatio = `${width} / ${height}`;
  const hasImage = typeof data.imageUrl === 'string' && data.imageUrl.startsWith('/simulator/api/richmenu/image');
  if (hasImage) {
    const img = document.createElement('img');
    img.src = data.imageUrl;
    img.alt = '';
    frame.append(img);
  } else {
    frame.classList.add('no-image');
  }
  menu.areas.forEach((area, i) => {
    const b = area.bounds;
    const action = area.action ?? {};
    const el = actionElement(action, 'button');
    el.className = 'rich-menu-area';
    el.dataset.area = String(i);
    el.style.left = `${(b.x / width) * 100}%`;
    el.style.top = `${(b.y / height) * 100}%`;
    el.style.width = `${(b.width / width) * 100}%`;
    el.style.height = `${(b.height / height) * 100}%`;
    const name = typeof action.label === 'string' ? action.label : typeof action.text === 'string' ? action.text : '';
    if (hasImage) el.setAttribute('aria-label', name);
    else el.textContent = name;
    bindAction(el, action, ctx);
    frame.append(el);
  });
  nav.append(frame);
  const barText = document.getElementById('menu-bar-text');
  if (barText && typeof menu.chatBarText === 'string' && menu.chatBarText) barText.textContent = menu.chatBarText;
  setMenuOpen(menu.selected !== false);
}

/** Opens or closes the menu (the bar's ▾/▴ and aria-expanded follow). */
export function setMenuOpen(open) {
  const nav = document.getElementById('rich-menu');
  const bar = document.getElementById('menu-bar');
  if (!nav || !bar) return;
  nav.hidden = !open;
  bar.setAttribute('aria-expanded', String(open));
}
