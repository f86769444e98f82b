// Small DOM helpers. Text always goes in as text (textContent, attributes): no string is ever parsed as markup,
// and the page's Trusted Types policy makes sure of it.

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) {
    throw new Error(`The page has no ${type.name} #${id}.`);
  }
  return element;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, text) {
  const created = document.createElement(tag);
  if (text !== undefined) {
    created.textContent = text;
  }
  return created;
}

/** @param {HTMLElement} target @param {string} text */
export function say(target, text) {
  target.textContent = text;
}
