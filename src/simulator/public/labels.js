// The page's own words live in index.html (#labels); scripts look them up by name.

/** @param {string} name */
export function label(name) {
  const el = document.querySelector(`#labels [data-label="${CSS.escape(name)}"]`);
  return el ? (el.textContent ?? '') : name;
}
