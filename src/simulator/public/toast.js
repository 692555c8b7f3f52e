// A short notice over the chat (e.g. the number a tel: button would call).

let timer = 0;

/** @param {(string | Node)[]} parts text and nodes, shown in order */
export function showToast(parts, ms = 4000) {
  const toast = document.getElementById('toast');
  if (!toast) return;
  toast.replaceChildren(...parts);
  toast.hidden = false;
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    toast.hidden = true;
  }, ms);
}

/** Hides the notice at once (the user did something else). */
export function hideToast() {
  const toast = document.getElementById('toast');
  if (toast) toast.hidden = true;
  clearTimeout(timer);
}
