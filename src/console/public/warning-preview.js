// Draws the previewed reply (JSON in #preview-messages, made by the bot's own respond()) with the
// simulator's flex renderer, as LINE would show it. Buttons in the preview do nothing.
import { renderMessage } from '/admin/static/sim/message-render.js';

const data = document.getElementById('preview-messages');
const target = document.getElementById('preview');
if (data && target) {
  const messages = JSON.parse(data.textContent || '[]');
  const ctx = { sendText() {}, sendPostback() {}, setMenuOpen() {}, fillInput() {} };
  for (const message of messages) {
    const row = document.createElement('div');
    row.className = 'preview-row';
    row.append(renderMessage(message, ctx));
    target.append(row);
  }
}
