// Attaching an image to the chat: the 画像 button (file picker), pasting an image, or dropping one on
// the chat. The bytes go to the API in base64 (at most 8 MB), read as the webhook reads LINE's images;
// the bot's answer starts with the text it read. Nothing here builds HTML: names are set with textContent.

/** Largest image sent (the API refuses more). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/**
 * @param {{ send: (base64: string, shown: string) => void, refuse: (message: string) => void, chat: HTMLElement, button: HTMLElement, picker: HTMLInputElement, paste: HTMLElement }} hooks
 */
export function setupImageAttach(hooks) {
  const attach = (file) => {
    if (!file || !file.type.startsWith('image/')) return;
    if (file.size > MAX_IMAGE_BYTES) {
      hooks.refuse(`画像が大きすぎます（${Math.round(file.size / 1024 / 1024)} MB）。8 MB までの画像を送ってください。`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(',');
      if (comma < 0) return;
      const kb = Math.max(1, Math.round(file.size / 1024));
      hooks.send(url.slice(comma + 1), `📷 画像を送りました（${file.name || '貼り付け'}、${kb} KB）`);
    };
    reader.readAsDataURL(file);
  };
  hooks.button.addEventListener('click', () => hooks.picker.click());
  hooks.picker.addEventListener('change', () => {
    const file = hooks.picker.files && hooks.picker.files[0];
    hooks.picker.value = '';
    attach(file);
  });
  hooks.paste.addEventListener('paste', (e) => {
    const files = e.clipboardData ? [...e.clipboardData.files].filter((f) => f.type.startsWith('image/')) : [];
    if (files.length === 0) return;
    e.preventDefault();
    attach(files[0]);
  });
  hooks.chat.addEventListener('dragover', (e) => {
    if (e.dataTransfer && [...e.dataTransfer.items].some((i) => i.kind === 'file')) {
      e.preventDefault();
      hooks.chat.classList.add('drop-target');
    }
  });
  hooks.chat.addEventListener('dragleave', () => hooks.chat.classList.remove('drop-target'));
  hooks.chat.addEventListener('drop', (e) => {
    hooks.chat.classList.remove('drop-target');
    const files = e.dataTransfer ? [...e.dataTransfer.files].filter((f) => f.type.startsWith('image/')) : [];
    if (files.length === 0) return;
    e.preventDefault();
    attach(files[0]);
  });
}
