// Which chat the page simulates: the one-to-one chat with the account (1対1) or a family group
// (家族グループ), where the bot answers only when @mentioned or on a confident scam match. Group mode
// shows the @メンション checkbox and 「グループに追加」 (join) instead of 「友だち追加」, and hides the rich
// menu (LINE shows it only in one-to-one chats) through body[data-chat].

/**
 * @param {{ radios: HTMLInputElement[], mention: HTMLInputElement, mentionControl: HTMLElement, follow: HTMLElement, join: HTMLElement }} els
 * @param {(chat: 'user' | 'group') => void} onChange called when the user switches
 */
export function createChatMode(els, onChange) {
  /** @returns {'user' | 'group'} */
  const chat = () => (els.radios.some((r) => r.checked && r.value === 'group') ? 'group' : 'user');
  const render = () => {
    const group = chat() === 'group';
    document.body.dataset.chat = chat();
    els.mentionControl.hidden = !group;
    els.join.hidden = !group;
    els.follow.hidden = group;
  };
  for (const radio of els.radios) {
    radio.addEventListener('change', () => {
      render();
      onChange(chat());
    });
  }
  render();
  return {
    chat,
    /**
     * The fields a text event adds: none in the one-to-one chat (the API's defaults); in a group,
     * `chat` and whether it @mentions the bot (the checkbox, for what the user typed).
     * @param {boolean} typed
     */
    textFields: (typed) => (chat() === 'group' ? { chat: 'group', mention: typed && els.mention.checked } : {}),
    /** The fields a postback adds: `chat` in a group. */
    postbackFields: () => (chat() === 'group' ? { chat: 'group' } : {}),
    /** An attached image goes to the group too (answered only when its text is a sure scam or urgent). */
    imageFields: () => (chat() === 'group' ? { chat: 'group' } : {}),
  };
}
