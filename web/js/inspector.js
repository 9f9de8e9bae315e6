// Draws one thing: one point followed through the network, the article's forward and backward pass in its own
// notation (z1 = x·W1 + b1, a1 = tanh(z1), ..., δ3 = probs − y, ...) with the engine's numbers, as MathML.
import { MathML } from './mathml.js';
export class PointInspector {
  constructor(box, tr) {
    this.box = box;
    this.tr = tr;
  }

  /** Derivative of each activation, written in the article's way (in terms of a where it can be). */
  static derivative(act, l) {
    const M = MathML, a = M.sub('a', l), z = M.sub('z', l);
    if (act === 'tanh') return M.row(M.mo('('), M.el('mn', ['1']), M.mo('−'), M.sup(M.sub('a', l), M.el('mn', ['2'])), M.mo(')'));
    if (act === 'sigmoid') return M.row(a, M.mo('∘'), M.mo('('), M.el('mn', ['1']), M.mo('−'), M.sub('a', l), M.mo(')'));
    return M.row(M.mo('['), z, M.mo('>'), M.el('mn', ['0']), M.mo(']'));
  }

  /**
   * Shows the engine's trace (see PointTrace in shared): t.x, t.z[l], t.a[l], t.loss, t.delta[l], t.dW[l],
   * t.db[l], t.sizes, t.activations, t.label; net: the weights (for W in the equations).
   */
  show(t, net) {
    const M = MathML, tr = this.tr;
    const L = t.z.length; // layers with weights; layer l (0-based) is the article's z_{l+1}
    const small = t.sizes.every(s => s <= 6);
    // drawn into a detached element; the live view then changes only the numbers that moved (see MathML.show)
    const live = this.box, box = document.createElement('div');
    const section = (titleKey, lines) => {
      const h = document.createElement('h3');
      h.textContent = tr(titleKey);
      box.appendChild(h);
      lines.forEach(line => box.appendChild(M.math(line)));
    };
    const forward = [[M.mi('x'), M.mo('='), M.vector(t.x, 'x')]];
    for (let l = 0; l < L; l++) {
      const n = l + 1, input = l === 0 ? M.mi('x') : M.sub('a', l);
      const eq = [M.sub('z', n), M.mo('='), input, M.mo('·'), M.sub('W', n), M.mo('+'), M.sub('b', n)];
      if (small) {
        eq.push(M.mo('='), l === 0 ? M.vector(t.x) : M.vector(t.a[l - 1]), M.mo('·'),
          M.matrix(net.w[l], t.sizes[l], t.sizes[l + 1], 'W' + n), M.mo('+'), M.vector(net.b[l], 'b' + n));
      }
      eq.push(M.mo('='), M.vector(t.z[l], 'z' + n));
      forward.push(eq);
      if (l < L - 1) {
        forward.push([M.sub('a', n), M.mo('='), M.fn(t.activations[l]), M.mo('('), M.sub('z', n), M.mo(')'), M.mo('='), M.vector(t.a[l], 'a' + n)]);
      } else {
        forward.push([M.mi('probs'), M.mo('='), M.fn('softmax'), M.mo('('), M.sub('z', n), M.mo(')'), M.mo('='), M.vector(t.a[l], 'probs')]);
      }
    }
    const y = t.label, p = t.a[L - 1][y];
    forward.push([M.mo('−'), M.fn('log'), M.sub('probs', y), M.mo('='), M.mo('−'), M.fn('log'), M.num(p), M.mo('='), M.num(t.loss, 'loss')]);
    section('forwardPass', forward);

    const onehot = t.a[L - 1].map((_, k) => (k === y ? 1 : 0));
    const backward = [];
    for (let l = L - 1; l >= 0; l--) {
      // a DOM node lives in one place only: each use of δ gets its own
      const n = l + 1, d = () => M.sub('δ', l + 2), dName = 'delta' + (l + 2);
      if (l === L - 1) {
        backward.push([d(), M.mo('='), M.mi('probs'), M.mo('−'), M.mi('y'), M.mo('='), M.vector(t.a[l]), M.mo('−'), M.vector(onehot), M.mo('='), M.vector(t.delta[l], dName)]);
      } else {
        backward.push([d(), M.mo('='), M.sub('δ', l + 3), M.mo('·'), M.sup(M.sub('W', n + 1), 'T'), M.mo('∘'), PointInspector.derivative(t.activations[l], n),
          M.mo('='), M.vector(t.delta[l], dName)]);
      }
      const input = l === 0 ? M.mi('x') : M.sub('a', l);
      const dw = [M.row(M.mi('Δ'), M.sub('W', n)), M.mo('='), M.sup(input, 'T'), M.mo('·'), d()];
      if (small) dw.push(M.mo('='), M.matrix(t.dW[l], t.sizes[l], t.sizes[l + 1], 'dW' + n));
      backward.push(dw);
      backward.push([M.row(M.mi('Δ'), M.sub('b', n)), M.mo('='), d(), M.mo('='), M.vector(t.db[l], 'db' + n)]);
    }
    section('backwardPass', backward);
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = tr('inspectNote');
    box.appendChild(note);
    this.showUpdate(box, t);
    MathML.show(live, box, t.sizes.join(',') + '/' + t.label + '/' + document.documentElement.lang);
  }

  /**
   * The whole update beside the one point (the engine's UpdateStep): dW = Σ aᵀ·δ + λW for each layer, db = Σ δ, and
   * W ← W − ε·dW with the weights before and after.
   */
  showUpdate(box, t) {
    const M = MathML, tr = this.tr, u = t.step, L = t.z.length;
    const h = document.createElement('h3');
    if (!u) {
      h.textContent = tr('wholeUpdate', t.pass + 1, '…');
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = tr('updateTooLarge');
      box.append(h, p);
      return;
    }
    const all = u.batchRows === u.trainingRows;
    h.textContent = all ? tr('wholeUpdate', u.pass + 1, u.batchRows) : tr('wholeUpdateBatch', u.pass + 1, u.batchRows, u.trainingRows);
    box.appendChild(h);
    // each equation on a few lines (its terms, then their numbers, then the result), so that it fits a column
    const line = (cont, parts) => {
      const m = M.math(parts);
      if (cont) m.classList.add('cont');
      box.appendChild(m);
    };
    const eps = () => M.num(u.learningRate);
    for (let l = L - 1; l >= 0; l--) {
      const n = l + 1, rows = t.sizes[l], cols = t.sizes[l + 1];
      const input = l === 0 ? M.mi('x') : M.sub('a', l);
      line(false, [M.sub('dW', n), M.mo('='), M.mo('∑'), M.sup(input, 'T'), M.mo('·'), M.sub('δ', l + 2), M.mo('+'), M.mi('λ'), M.sub('W', n)]);
      line(true, [M.mo('='), M.matrix(u.data[l], rows, cols, 'u.data' + n), M.mo('+'), M.matrix(u.penalty[l], rows, cols, 'u.reg' + n)]);
      line(true, [M.mo('='), M.matrix(u.dW[l], rows, cols, 'u.dW' + n)]);
      line(false, [M.sub('db', n), M.mo('='), M.mo('∑'), M.sub('δ', l + 2), M.mo('='), M.vector(u.db[l], 'u.db' + n)]);
    }
    for (let l = L - 1; l >= 0; l--) {
      const n = l + 1, rows = t.sizes[l], cols = t.sizes[l + 1];
      line(false, [M.sub('W', n), M.mo('←'), M.sub('W', n), M.mo('−'), M.mi('ε'), M.sub('dW', n)]);
      line(true, [M.mo('='), M.matrix(u.wBefore[l], rows, cols, 'u.W' + n), M.mo('−'), eps(), M.mo('·'), M.matrix(u.dW[l], rows, cols)]);
      line(true, [M.mo('='), M.matrix(u.wAfter[l], rows, cols, 'u.Wnext' + n)]);
      line(false, [M.sub('b', n), M.mo('←'), M.sub('b', n), M.mo('−'), M.mi('ε'), M.sub('db', n)]);
      line(true, [M.mo('='), M.vector(u.bBefore[l], 'u.b' + n), M.mo('−'), eps(), M.mo('·'), M.vector(u.db[l])]);
      line(true, [M.mo('='), M.vector(u.bAfter[l], 'u.bnext' + n)]);
    }
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = u.mean ? tr('updateNoteMean', M.format(u.reg), M.format(u.learningRate), u.batchRows)
      : tr('updateNote', M.format(u.reg), M.format(u.learningRate));
    box.appendChild(note);
  }

  clear() {
    this.box.textContent = '';
  }
}
