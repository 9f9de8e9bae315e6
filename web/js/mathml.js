// Builds MathML, which browsers render natively: a few element makers and the number format every equation uses.
// Each number keeps its exact value in data-value, so what is shown can be checked against the engine's bits.
export const MathML = (() => {
  const NS = 'http://www.w3.org/1998/Math/MathML';

  function el(name, children, attrs) {
    const e = document.createElementNS(NS, name);
    (children || []).forEach(c => e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  /** 5 significant digits, a true minus sign, no exponent for ordinary sizes. */
  function format(v) {
    if (v === 0) return '0';
    if (!Number.isFinite(v)) return String(v);
    const a = Math.abs(v);
    const text = a >= 1e-4 && a < 1e6 ? String(+v.toPrecision(5)) : v.toExponential(4).replace(/e\+?/, '×10^');
    return text.replace(/-/g, '−'); // the exponent's sign too
  }

  /**
   * A number, with its exact value kept in data-value (and a name for tests: data-var). With `magnitude`, only
   * its size is written (the sign being an operator before it: "a − 1.5", not "a + −1.5").
   */
  function num(v, name, magnitude) {
    const text = format(magnitude ? Math.abs(v) : v);
    const attrs = { 'data-value': String(v) };
    if (name) attrs['data-var'] = name;
    if (text.includes('×10^')) {
      const [m, e] = text.split('×10^');
      return el('mrow', [el('mn', [m]), el('mo', ['×']), el('msup', [el('mn', ['10']), el('mn', [e.replace('-', '−')])])], attrs);
    }
    return el('mn', [text], attrs);
  }

  // single Greek letters upright: many fonts lack the mathematical italic ones, which would then not show at all
  const mi = (t, attrs) => el('mi', [t], Object.assign(/^[\u0370-\u03ff]$/.test(t) ? { mathvariant: 'normal' } : {}, attrs || {}));
  const mo = t => el('mo', [t]);
  const row = (...c) => el('mrow', c);
  /** A variable with a subscript, as the article names them: W₁, b₂, z₁. */
  const sub = (name, index) => el('msub', [mi(name), el('mn', [String(index)])]);
  const sup = (base, exp) => el('msup', [base, typeof exp === 'string' ? el('mi', [exp]) : exp]);

  /** "+ v" or "− |v|": a term of a sum after its first, as an operator and a number (spread it into the sum). */
  function signed(v, name) {
    return [mo(v < 0 || Object.is(v, -0) ? '−' : '+'), num(v, name, true)];
  }

  /** A row vector [v0, v1, ...], showing at most `limit` entries and "…" for the rest. */
  function vector(values, name, limit) {
    const shown = Math.min(values.length, limit || 8);
    const items = [mo('[')];
    for (let i = 0; i < shown; i++) {
      if (i) items.push(mo(','));
      items.push(num(values[i], name ? name + '[' + i + ']' : null));
    }
    if (shown < values.length) items.push(mo(','), mi('…'));
    items.push(mo(']'));
    return el('mrow', items);
  }

  /** A rows x cols matrix stored row-major, in brackets (at most `limit` rows and columns shown). */
  function matrix(values, rows, cols, name, limit) {
    const lim = limit || 8;
    const tr = [];
    for (let i = 0; i < Math.min(rows, lim); i++) {
      const cells = [];
      for (let j = 0; j < Math.min(cols, lim); j++) cells.push(el('mtd', [num(values[i * cols + j], name ? name + '[' + i + '][' + j + ']' : null)]));
      if (cols > lim) cells.push(el('mtd', [mi('⋯')]));
      tr.push(el('mtr', cells));
    }
    if (rows > lim) tr.push(el('mtr', [el('mtd', [mi('⋮')])]));
    return row(mo('['), el('mtable', tr), mo(']'));
  }

  /** One equation on its own line, left-aligned: a <math> element in a block. */
  function math(children) {
    const line = document.createElement('div');
    line.className = 'math-line';
    line.appendChild(el('math', [row(...children)]));
    return line;
  }

  /** A function name applied to what follows (log x, tanh z): the invisible operator spaces it as it should. */
  const fn = name => row(el('mi', [name]), el('mo', ['\u2061']), el('mspace', [], { width: '0.17em' }));

  /**
   * Brings `live` up to date from `fresh`, a new rendering of the same lines: where a line differs only in its texts
   * (a number, the sign before it), just those texts are rewritten in place, so the page re-lays out a few words,
   * not the whole view (new elements cost a style pass and a MathML layout of their own); a line whose shape changed
   * (a number now written with an exponent) is replaced alone. False, with nothing changed, when the two do not have
   * the same lines.
   */
  function patch(live, fresh) {
    const olds = live.childNodes, news = fresh.childNodes;
    if (olds.length !== news.length) return false;
    for (let i = 0; i < olds.length; i++) if (olds[i].nodeName !== news[i].nodeName) return false;
    const changes = [], replaced = [];
    for (let i = 0; i < olds.length; i++) {
      const mark = changes.length;
      if (!sameShape(olds[i], news[i], changes)) {
        changes.length = mark;
        replaced.push([olds[i], news[i]]);
      }
    }
    changes.forEach(([a, b]) => {
      if (a.nodeType === Node.TEXT_NODE) a.data = b.data;
      else a.setAttribute('data-value', b.getAttribute('data-value'));
    });
    replaced.forEach(([a, b]) => a.replaceWith(b));
    return true;
  }

  /**
   * Shows `fresh` (a detached rendering) in `live`: patched in place when `key` (what decides the view's shape) is
   * the one it shows already, else put in whole. The key is kept on the live element.
   */
  function show(live, fresh, key) {
    if (live.mathKey === key && patch(live, fresh)) return;
    live.mathKey = key;
    live.replaceChildren(...fresh.childNodes);
  }

  /** Whether a and b differ only in texts and data-value; collects the [live, fresh] pairs that differ. */
  function sameShape(a, b, changes) {
    if (a.nodeType !== b.nodeType) return false;
    if (a.nodeType === Node.TEXT_NODE) {
      if (a.data !== b.data) changes.push([a, b]);
      return true;
    }
    if (a.nodeType !== Node.ELEMENT_NODE || a.tagName !== b.tagName) return false;
    if (a.tagName === 'CANVAS') return true; // its pixels are painted by its view, and its size set by it
    if (a.attributes.length !== b.attributes.length) return false;
    for (const attr of a.attributes) {
      if (attr.name === 'data-value') {
        if (attr.value !== b.getAttribute('data-value')) changes.push([a, b]);
      } else if (b.getAttribute(attr.name) !== attr.value) {
        return false;
      }
    }
    return sameChildren(a, b, changes);
  }

  function sameChildren(a, b, changes) {
    const ac = a.childNodes, bc = b.childNodes;
    if (ac.length !== bc.length) return false;
    for (let i = 0; i < ac.length; i++) if (!sameShape(ac[i], bc[i], changes)) return false;
    return true;
  }

  return { el, num, signed, patch, show, mi, mo, row, sub, sup, vector, matrix, math, format, fn };
})();
