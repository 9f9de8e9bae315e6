// The two ways the page's modules find their elements.

/**
 * An element of the page by its id. Typed loosely on purpose: the page's ids name inputs, canvases and dialogs alike,
 * and each caller knows which it asked for.
 * @type {(id: string) => any}
 */
export const $ = id => document.getElementById(id);

/**
 * The elements a selector matches (in root, else the document), as HTML elements: every selector the page uses
 * names HTML elements, which carry dataset, hidden and title.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement[]}
 */
export function all(selector, root) {
  return /** @type {HTMLElement[]} */ ([...(root || document).querySelectorAll(selector)]);
}
