// Wires the page: composer, clock, quick replies, rich menu, and the round trip to
// POST /simulator/api/events (the same pipeline as the LINE webhook).

import { getRichMenu, getStatus, postEvent } from './api.js';
import { appendBot, appendNotice, appendSilence, appendUser, showTyping, stampTime } from './chat-log.js';
import { createChatMode } from './chat-mode.js';
import { createClock } from './clock.js';
import { label } from './labels.js';
import { renderQuickReplies } from './message-render.js';
import { renderRichMenu, setMenuOpen } from './rich-menu.js';
import { hideToast } from './toast.js';
import { fitLastLines } from './text-fit.js';
import { setupImageAttach } from './image-attach.js';

const $ = (id) => /** @type {any} */ (document.getElementById(id));
const input = /** @type {HTMLTextAreaElement} */ ($('input'));
const quickBar = $('quick-replies');
const banner = $('banner');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const chatMode = createChatMode(
  {
    radios: [...document.querySelectorAll('input[name="chat"]')].map((el) => /** @type {HTMLInputElement} */ (el)),
    mention: $('mention'),
    mentionControl: $('mention-control'),
    follow: $('follow'),
    join: $('join'),
  },
  (chat) => {
    quickBar.hidden = true;
    appendNotice([label(chat === 'group' ? 'mode-group' : 'mode-user')], 'info');
  },
);

/** @type {import('./actions.js').ActionContext} */
const ctx = {
  sendText: (text) => send({ type: 'text', text, ...chatMode.textFields(false) }, text),
  sendPostback: (data, displayText) => send({ type: 'postback', data, ...chatMode.postbackFields() }, displayText),
  setMenuOpen,
  fillInput: (text) => {
    input.value = text;
    input.focus();
    autoGrow();
  },
};

const clock = createClock($('clock'), $('clock-now'), () => void refreshStatus());

// 「文字の大きさ」: the reader's LINE font size; flex parts with scaling: true follow it (style.css --font-scale).
const fontSize = $('font-size');
const applyFontSize = () => {
  document.body.dataset.font = fontSize.value;
  fitLastLines($('chat'));
};
fontSize.addEventListener('change', applyFontSize);
applyFontSize();

// Events go out one at a time, in the order the user made them; body[data-pending] lets tests wait.
let queue = Promise.resolve();
let pending = 0;
function send(event, shownText) {
  pending += 1;
  document.body.dataset.pending = String(pending);
  queue = queue
    .then(() => deliver(event, shownText))
    .finally(() => {
      pending -= 1;
      document.body.dataset.pending = String(pending);
    });
  return queue;
}

async function deliver(event, shownText) {
  const at = clock.at();
  const body = at ? { ...event, at } : event;
  const userRow = shownText ? appendUser(shownText, event.mention === true ? $('bot-name').textContent : null) : null;
  quickBar.hidden = true;
  hideToast();
  const stopTyping = showTyping();
  let res = await postEvent(body);
  for (let i = 0; res.status === 503 && i < 120; i += 1) {
    showBanner('loading', [label('loading')]);
    await sleep(1000);
    res = await postEvent(body);
  }
  stopTyping();
  if (res.status === 200 && res.body) {
    hideBanner();
    if (userRow) stampTime(userRow, res.body.at);
    clock.showServerNow(res.body.at);
    const messages = Array.isArray(res.body.messages) ? res.body.messages : [];
    if (messages.length > 0) {
      appendBot(messages, res.body.at, res.body.summary, ctx, event.type === 'text' ? event.text : null);
      renderQuickReplies(quickBar, messages[messages.length - 1].quickReply, ctx);
    } else if (res.body.silent) {
      appendSilence(label(res.body.chat === 'group' ? 'group-silent' : 'silent'), res.body.summary);
    }
  } else if (res.status === 422 && res.body && res.body.dataError) {
    // The problems are listed once, in the banner above the chat (it stays until the file is fixed).
    showBanner('error', dataErrorParts(res.body.dataError));
    appendNotice([label('data-error-short')], 'error');
  } else if (res.status === 0) {
    appendNotice([label('network-error')], 'error');
  } else {
    appendNotice([`${res.status}: ${res.body && res.body.message ? res.body.message : ''}`], 'error');
  }
}

function dataErrorParts(error) {
  const title = document.createElement('strong');
  title.textContent = label('data-error');
  const file = document.createElement('div');
  file.className = 'data-error-file';
  file.textContent = error.file || '';
  const list = document.createElement('ul');
  for (const issue of Array.isArray(error.issues) ? error.issues.slice(0, 8) : []) {
    const li = document.createElement('li');
    li.textContent = issue.path ? `${issue.path}: ${issue.message}` : String(issue.message);
    list.append(li);
  }
  return [title, file, list];
}

function showBanner(kind, parts) {
  banner.className = `banner banner-${kind}`;
  banner.replaceChildren(...parts);
  banner.hidden = false;
}

function hideBanner() {
  banner.hidden = true;
  banner.replaceChildren();
}

async function refreshStatus() {
  const res = await getStatus();
  if (res.status !== 200 || !res.body) return;
  clock.showServerNow(res.body.now);
  if (res.body.dataError) showBanner('error', dataErrorParts(res.body.dataError));
  else if (!res.body.ready) showBanner('loading', [label('loading')]);
  else hideBanner();
}

async function loadRichMenu() {
  const res = await getRichMenu();
  if (res.status !== 200 || !res.body) return;
  renderRichMenu($('rich-menu'), res.body, ctx);
  if (res.body.problem) appendNotice([`${label('richmenu-problem')}${res.body.problem}`], 'info');
}

function autoGrow() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

function submit() {
  const text = input.value;
  if (text.trim() === '') return;
  input.value = '';
  autoGrow();
  void send({ type: 'text', text, ...chatMode.textFields(true) }, text);
}

$('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  submit();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) {
    e.preventDefault();
    submit();
  }
});
input.addEventListener('input', autoGrow);
$('follow').addEventListener('click', () => void send({ type: 'follow' }, null));
$('join').addEventListener('click', () => void send({ type: 'join' }, null));
$('menu-bar').addEventListener('click', () => setMenuOpen($('rich-menu').hidden));
setupImageAttach({
  send: (image, shown) => void send({ type: 'image', image, ...chatMode.imageFields() }, shown),
  refuse: (message) => appendNotice([message], 'error'),
  chat: $('chat'),
  button: $('attach'),
  picker: /** @type {HTMLInputElement} */ ($('attach-file')),
  paste: input,
});

document.body.dataset.pending = '0';
await refreshStatus();
await loadRichMenu();
// Opening the page is like adding the account as a friend: LINE shows the greeting.
void send({ type: 'follow' }, null);
setInterval(() => void refreshStatus(), 30_000);
