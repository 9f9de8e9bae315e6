// Builds MathML, which browsers render natively: a few element makers and the number format every equation uses.
// Each number keeps its exact value in data-value, so what is shown can be checked against the engine's bits.
'use strict';
const MathML = (() => {
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
    return text.replace('-', '−');
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
   * Brings `live` up to date from `fresh`, a new rendering of the same structure: only the numbers that changed
   * are swapped, so the page lays out a few numbers, not the whole view. False (and nothing changed) when the two
   * do not have the same numbers in the same places.
   */
  function patch(live, fresh) {
    const olds = live.querySelectorAll('[data-value]'), news = fresh.querySelectorAll('[data-value]');
    if (olds.length !== news.length || olds.length === 0) return false;
    for (let i = 0; i < olds.length; i++) {
      if (olds[i].tagName !== news[i].tagName || olds[i].dataset.var !== news[i].dataset.var) return false;
    }
    for (let i = 0; i < olds.length; i++) if (olds[i].dataset.value !== news[i].dataset.value) olds[i].replaceWith(news[i]);
    return true;
  }

  return { el, num, signed, patch, mi, mo, row, sub, sup, vector, matrix, math, format, fn };
})();
