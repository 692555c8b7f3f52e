// The talk room: the user's messages on the right (green, with 既読 and the time), the bot's on the
// left under its avatar and name, notices in the middle. Built with DOM nodes and textContent only.

import { jstTime } from './clock.js';
import { label } from './labels.js';
import { linkedText, renderMessage } from './message-render.js';

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
  bubble.append(...linkedText(text));
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
 * The bot's reply: up to five messages under one avatar, the time beside the last, and a
 * one-line summary of how the text was classified (for whoever edits intents/).
 * @param {any[]} messages @param {string} at @param {any} summary @param {import('./actions.js').ActionContext} ctx
 */
export function appendBot(messages, at, summary, ctx) {
  const row = botRow();
  row.dataset.reply = 'true';
  const content = row.querySelector('.content');
  messages.forEach((message, i) => {
    const line = document.createElement('div');
    line.className = 'msg-line';
    const el = renderMessage(message, ctx);
    line.append(el);
    if (i === messages.length - 1) line.append(meta(at, false));
    if (el.classList.contains('fx-carousel')) line.classList.add('wide');
    content?.append(line);
  });
  const debug = classifiedLine(summary);
  if (debug) content?.append(debug);
  chat().append(row);
  scrollToEnd();
}

/** How the text was classified, in one small line (for whoever edits intents/), or null. */
function classifiedLine(summary) {
  if (!summary || !summary.intent) return null;
  const debug = document.createElement('div');
  debug.className = 'classified';
  const confidence = typeof summary.confidence === 'number' ? ` ${summary.confidence.toFixed(2)}` : '';
  const flags = [...(summary.flags ?? []), ...(summary.redFlags ?? [])].join(', ');
  debug.textContent = `${summary.intent}${confidence}${flags ? ` · ${flags}` : ''}`;
  return debug;
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
