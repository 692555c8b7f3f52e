// Japanese lines break between phrases (flex.css: word-break: auto-phrase). A phrase longer than
// the line (a long katakana name such as マイナンバー総合フリーダイヤル) is then cut where it
// overflows and can leave one character alone on the last line (「…ダイヤ／ル」). For those texts
// only, allow a break between any two characters and even out the lines instead.

/** True when the last character of a wrapped text sits alone on its line. @param {HTMLElement} p */
export function hasLoneLastCharacter(p) {
  const node = p.firstChild;
  const text = node && node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  const chars = [...text];
  if (chars.length < 3 || text.includes('\n')) return false;
  const top = (from, to) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    return range.getBoundingClientRect().top;
  };
  const last = text.length - chars[chars.length - 1].length;
  const before = last - chars[chars.length - 2].length;
  return top(last, text.length) > top(before, last) + 2;
}

/** Re-fits every wrapped flex text under `root` (after drawing, or when the font size changes). @param {ParentNode} root */
export function fitLastLines(root) {
  for (const p of root.querySelectorAll('.fx-text p.wrap')) {
    p.classList.remove('anywhere');
    if (hasLoneLastCharacter(p)) p.classList.add('anywhere');
  }
}
