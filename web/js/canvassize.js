// Keeps a canvas's CSS size known without asking the layout for it: a view that read it on every frame would force
// the browser to lay out the page (MathML and all) in the middle of an update, which is what makes frames long.
/**
 * {width, height} of the element, kept current by a ResizeObserver; onChange (optional) runs after a change.
 * @param {HTMLElement} el
 * @param {() => void} [onChange]
 */
export function trackSize(el, onChange) {
  const size = { width: el.clientWidth, height: el.clientHeight };
  new ResizeObserver(entries => {
    const box = entries[entries.length - 1].contentRect;
    if (box.width === size.width && box.height === size.height) return;
    size.width = box.width;
    size.height = box.height;
    if (onChange) onChange();
  }).observe(el);
  return size;
}
