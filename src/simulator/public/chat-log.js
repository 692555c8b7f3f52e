// The talk room: the user's messages on the right (green, with 既読 and the time), the bot's on the
// left under its avatar and name, notices in the middle. Built with DOM nodes and textContent only.

import { jstTime } from './clock.js';
import { label } from './labels.js';
import { renderMessage } from './message-render.js';
import { fitLastLines } from './text-fit.js';

const chat = () => /** @type {HTMLElement} */ (document.getElementById('chat'));

function scrollToEnd() {
  const el = chat();
  el.scrollTop = el.scrollHeight;
}

function meta(at, read) {
  const el = document.createElement('div');
  el.className = 'meta';
  if (read) {
    const r = document.createElement('span');
    r.textContent = label('read');
    el.append(r);
  }
  if (at) {
    const t = document.createElement('span');
    t.textContent = jstTime(at);
    el.append(t);
  }
  return el;
}

/**
 * The user's message (typed, pasted, a message action or a postback's displayText); returns its row.
 * With `mentionName` (a group message @mentioning the bot) it starts with the mention, as LINE shows it.
 * @param {string} text @param {string | null} [mentionName]
 */
export function appendUser(text, mentionName = null) {
  const row = document.createElement('div');
  row.className = 'row user';
  const bubble = document.createElement('div');
  bubble.className = 'msg-text';
  if (mentionName) {
    const mention = document.createElement('span');
    mention.className = 'mention';
    mention.textContent = `@${mentionName}`;
    bubble.append(mention, ' ');
  }
  // What the resident pasted stays plain text: a scam link in their own bubble must not be clickable.
  bubble.append(document.createTextNode(text));
  row.append(meta(null, true), bubble);
  chat().append(row);
  scrollToEnd();
  return row;
}

/** Prints the time the server says the message was handled at beside a user's message. */
export function stampTime(row, at) {
  const m = row.querySelector('.meta');
  if (!m || !at) return;
  const t = document.createElement('span');
  t.textContent = jstTime(at);
  m.append(t);
}

/** "…" while the bot answers; returns a function that removes it. */
export function showTyping() {
  const row = botRow();
  row.classList.add('typing');
  const dots = document.createElement('div');
  dots.className = 'msg-text typing-dots';
  dots.append(document.createElement('i'), document.createElement('i'), document.createElement('i'));
  row.querySelector('.content')?.append(dots);
  chat().append(row);
  scrollToEnd();
  return () => row.remove();
}

function botRow() {
  const row = document.createElement('div');
  row.className = 'row bot';
  const avatar = document.createElement('img');
  avatar.className = 'avatar';
  avatar.src = '/simulator/avatar.svg';
  avatar.alt = '';
  const content = document.createElement('div');
  content.className = 'content';
  const name = document.createElement('div');
  name.className = 'bot-name';
  name.textContent = document.getElementById('bot-name')?.textContent ?? '';
  content.append(name);
  row.append(avatar, content);
  return row;
}

/**
 * The bot's reply: up to five messages under one avatar, the time beside the last, and, folded
 * under 「判定の詳細」, how the text was classified (for whoever edits intents/). A text message
 * carrying a quoteToken shows the quoted message (`quoted`) above it, as LINE does. A long reply
 * is scrolled so that its first message is at the top: the resident reads it from the start.
 * @param {any[]} messages @param {string} at @param {any} summary @param {import('./actions.js').ActionContext} ctx
 * @param {string | null} [quoted] the text of the resident's message the reply answers
 */
export function appendBot(messages, at, summary, ctx, quoted = null) {
  const row = botRow();
  row.dataset.reply = 'true';
  const content = row.querySelector('.content');
  messages.forEach((message, i) => {
    const line = document.createElement('div');
    line.className = 'msg-line';
    const el = renderMessage(message, ctx);
    if (quoted && message && typeof message.quoteToken === 'string' && el.classList.contains('msg-text')) {
      const quote = document.createElement('span');
      quote.className = 'msg-quote';
      quote.textContent = `${label('quote')}${quoted}`;
      el.prepend(quote);
    }
    line.append(el);
    if (i === messages.length - 1) line.append(meta(at, false));
    if (el.classList.contains('fx-carousel')) {
      line.classList.add('wide');
      // Above the row, where the eye arrives first: the other cards are off to the right.
      const hint = document.createElement('div');
      hint.className = 'carousel-hint';
      hint.textContent = label('carousel-hint');
      el.before(hint);
    }
    content?.append(line);
  });
  const debug = classifiedLine(summary);
  if (debug) content?.append(debug);
  chat().append(row);
  fitLastLines(row);
  scrollToStartOf(row);
}

/** Shows `row` from its start when it is taller than the chat, else scrolls to the end. */
function scrollToStartOf(row) {
  const el = chat();
  if (row.offsetHeight <= el.clientHeight) {
    scrollToEnd();
    return;
  }
  el.scrollTop += row.getBoundingClientRect().top - el.getBoundingClientRect().top - 6;
}

/** How the text was classified, folded under 「判定の詳細」 (for whoever edits intents/), or null. */
function classifiedLine(summary) {
  if (!summary || !summary.intent) return null;
  const details = document.createElement('details');
  details.className = 'classified';
  const title = document.createElement('summary');
  title.textContent = label('details');
  const code = document.createElement('code');
  const confidence = typeof summary.confidence === 'number' ? ` ${summary.confidence.toFixed(2)}` : '';
  const flags = [...(summary.flags ?? []), ...(summary.redFlags ?? [])].join(', ');
  code.textContent = `${summary.intent}${confidence}${flags ? ` · ${flags}` : ''}`;
  details.append(title, code);
  return details;
}

/** A discreet line where the bot stayed silent (e.g. chit-chat in a group), with how the text was classified. */
export function appendSilence(words, summary) {
  const debug = classifiedLine(summary);
  return appendNotice(debug ? [words, debug] : [words], 'silent');
}

/** A centred notice (an error, "loading"); `kind` styles it. */
export function appendNotice(parts, kind = 'info') {
  const el = document.createElement('div');
  el.className = `notice notice-${kind}`;
  el.append(...parts);
  chat().append(el);
  scrollToEnd();
  return el;
}
