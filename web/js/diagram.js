// Draws one thing: the network, unit by unit. Inputs x1 and x2; each hidden unit a small live map of its
// activation over the plot; each output a map of its class's probability; edges coloured by the sign of their
// weight and as wide as its size. Hover or focus an edge to read its weight; click a unit to open its panel.
import { trackSize } from './canvassize.js';
import { MathML } from './mathml.js';
export class NetworkDiagram {
  /**
   * box: the element to draw in; tooltip: where an edge's value shows; tr: texts;
   * onUnit(layer, unit): a unit was chosen (layer 1-based: 1 .. L, L being the output).
   */
  constructor(box, tooltip, tr, onUnit) {
    this.box = box;
    this.tooltip = tooltip;
    this.tr = tr;
    this.onUnit = onUnit;
    /** The largest unit picture, in CSS pixels: the full app's readable size; an embed's panel sets less. */
    this.maxUnit = 64;
    /**
     * Where a change of the network's shape made on the diagram goes (hidden layer sizes, one activation per hidden
     * layer); null: the diagram only shows (an embed). The limits come from the settings table.
     * @type {((hidden: number[], activations: string[]) => void) | null}
     */
    this.onShape = null;
    /**
     * The height its unit columns may take, given the height of the rest of the box (the page's first screen: the
     * loss chart under the diagram stays above the fold); null, or no function: about 360 px.
     * @type {((around: number) => number | null) | null}
     */
    this.room = null;
    /**
     * Told when a unit is pointed at (hovered or focused) and when no unit is any more (null, null); told again as
     * training changes the pointed unit's map.
     * @type {((l: number | null, j: number | null) => void) | null}
     */
    this.onPoint = null;
    /** @type {{ l: number, j: number } | null} */
    this.pointed = null;
    this.limits = { layers: 1, units: 1, activations: ['tanh'] };
    this.net = null;
    this.maps = null;
    this.mapSize = null;
    this.classColours = [];
    this.layout = null;
    this.activeEdge = null;
    this.selected = null;
    // the width it draws in, known without a layout read; a new width draws it anew
    this.size = trackSize(box.parentElement, () => { if (this.net) { this.layout = null; this.update(this.net, this.maps, this.mapSize, this.classColours); } });
  }

  /** The maps' resolution the worker should compute: small, as a node is small. */
  static get MAP_SIZE() { return { w: 24, h: 18 }; }
  /** At most this many units of a layer are drawn; the rest are counted ("+ 42 more"). */
  static get MAX_SHOWN() { return 10; }

  /** The network's weights (from the engine) and every unit's map; rebuilds the drawing if the shape changed. */
  update(net, maps, mapSize, classColours) {
    const shape = net.sizes.join(',') + '/' + net.activations.join(',');
    this.net = net;
    this.maps = maps;
    this.mapSize = mapSize;
    this.classColours = classColours;
    if (!this.layout || this.layout.shape !== shape || this.layout.width !== Math.max(240, this.size.width)) this.build(shape);
    this.paint();
  }

  clear() {
    this.net = null;
    this.layout = null;
    this.box.textContent = '';
  }

  /** Positions of the shown units, the nodes and the edges' elements. */
  build(shape) {
    const net = this.net, box = this.box;
    box.textContent = '';
    const width = Math.max(240, this.size.width);
    const columns = net.sizes.length;
    const shown = net.sizes.map(n => n > NetworkDiagram.MAX_SHOWN ? NetworkDiagram.MAX_SHOWN - 1 : n);
    const rows = Math.max(...shown.map((s, l) => s + (net.sizes[l] > s ? 1 : 0)));
    // unit pictures large enough to read (up to maxUnit px: the article's 3 units at 64) while the widest layer's
    // column stays within the room the page gives it (so that the loss chart under the diagram is still in the first
    // screen), about 360 px where it gives none
    const head = this.onShape ? 62 : 0; // the shape's controls above the columns
    const room = (this.room && this.room(head + 38)) || 360;
    const size = Math.max(20, Math.min(this.maxUnit, Math.floor(width / (columns * 1.9)), Math.floor(room / (rows * 1.2))));
    const gap = Math.max(4, Math.round(size / 5));
    const height = head + rows * (size + gap) + 38; // and two lines of captions
    box.style.height = height + 'px';
    const colX = l => Math.round(size / 2 + 4 + l * (width - size - 8) / (columns - 1));
    const unitY = (l, j) => {
      const count = shown[l] + (net.sizes[l] > shown[l] ? 1 : 0);
      const top = head + (height - head - 32 - count * (size + gap)) / 2;
      return Math.round(top + j * (size + gap) + size / 2);
    };
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('class', 'edges');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', this.tr('edgesLabel'));
    const edges = [];
    for (let l = 0; l < columns - 1; l++) {
      for (let i = 0; i < shown[l]; i++) {
        for (let j = 0; j < shown[l + 1]; j++) {
          const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
          line.setAttribute('x1', String(colX(l) + size / 2));
          line.setAttribute('y1', String(unitY(l, i)));
          line.setAttribute('x2', String(colX(l + 1) - size / 2));
          line.setAttribute('y2', String(unitY(l + 1, j)));
          line.setAttribute('class', 'edge');
          line.setAttribute('tabindex', edges.length === 0 ? '0' : '-1');
          line.dataset.layer = String(l);
          line.dataset.from = String(i);
          line.dataset.to = String(j);
          const edge = { l, i, j, line };
          line.addEventListener('mouseenter', () => this.showEdge(edge));
          line.addEventListener('mouseleave', () => this.hideEdge(edge));
          line.addEventListener('focus', () => this.showEdge(edge));
          line.addEventListener('blur', () => this.hideEdge(edge));
          line.addEventListener('keydown', e => this.edgeKey(e, edges.indexOf(edge)));
          edges.push(edge);
          svg.appendChild(line);
        }
      }
    }
    box.appendChild(svg);
    const nodes = [];
    for (let l = 0; l < columns; l++) {
      for (let j = 0; j < shown[l]; j++) {
        const node = /** @type {HTMLButtonElement} */ (document.createElement(l === 0 ? 'div' : 'button'));
        node.className = 'unit' + (l === 0 ? ' input' : l === columns - 1 ? ' output' : '');
        node.style.left = (colX(l) - size / 2) + 'px';
        node.style.top = (unitY(l, j) - size / 2) + 'px';
        node.style.width = node.style.height = size + 'px';
        if (l === 0) {
          node.textContent = 'x' + String.fromCharCode(0x2080 + j);
        } else {
          node.type = 'button';
          node.dataset.layer = String(l);
          node.dataset.unit = String(j);
          node.setAttribute('aria-label', this.unitName(l, j));
          node.title = this.unitName(l, j);
          const canvas = document.createElement('canvas');
          canvas.width = this.mapSize.w;
          canvas.height = this.mapSize.h;
          node.appendChild(canvas);
          node.addEventListener('click', () => { this.select(l, j); this.onUnit(l, j); });
          const point = () => { this.pointed = { l, j }; if (this.onPoint) this.onPoint(l, j); };
          const leave = () => { if (this.pointed && this.pointed.l === l && this.pointed.j === j) { this.pointed = null; if (this.onPoint) this.onPoint(null, null); } };
          node.addEventListener('mouseenter', point);
          node.addEventListener('focus', point);
          node.addEventListener('mouseleave', leave);
          node.addEventListener('blur', leave);
          nodes.push({ l, j, node, canvas });
        }
        box.appendChild(node);
      }
      if (net.sizes[l] > shown[l]) {
        const more = document.createElement('div');
        more.className = 'more';
        more.textContent = this.tr('moreUnits', net.sizes[l] - shown[l]);
        more.style.left = Math.max(0, Math.min(width - 80, colX(l) - 40)) + 'px';
        more.style.top = (unitY(l, shown[l]) - 8) + 'px';
        box.appendChild(more);
      }
      const caption = document.createElement('div');
      caption.className = 'layer-caption';
      caption.textContent = l === 0 ? this.tr('inputLayer') : l === columns - 1 ? this.tr('outputLayer') : this.tr('hiddenLayerN', l, net.activations[l - 1]);
      // the captions share the width without overlapping: the edge ones reach to the side, the others are centred
      const spacing = columns > 1 ? (width - size - 8) / (columns - 1) : width;
      const left = l === 0 ? 0 : colX(l) - spacing / 2 + 3;
      const right = l === columns - 1 ? width : colX(l) + spacing / 2 - 3;
      caption.style.left = left + 'px';
      caption.style.width = (right - left) + 'px';
      caption.style.textAlign = l === 0 ? 'left' : l === columns - 1 ? 'right' : 'center';
      caption.style.top = (height - 30) + 'px';
      box.appendChild(caption);
    }
    if (this.onShape) this.buildShapeControls(colX, width);
    this.layout = { shape, width, edges, nodes };
    if (this.selected) this.select(this.selected.l, this.selected.j);
  }

  /**
   * The network's shape, changed where it is drawn (as in TensorFlow Playground): above each hidden layer a unit
   * fewer or more and its activation, above the inputs a hidden layer fewer or more (the last one is copied).
   */
  buildShapeControls(colX, width) {
    const net = this.net, hidden = net.sizes.slice(1, -1), acts = Array.from(net.activations);
    const group = (x, label) => {
      const g = document.createElement('div');
      g.className = 'shape-tools';
      g.setAttribute('role', 'group');
      g.setAttribute('aria-label', label);
      g.style.left = Math.max(0, Math.min(width - 112, x - 56)) + 'px';
      this.box.appendChild(g);
      return g;
    };
    const button = (g, text, label, enabled, change) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('aria-label', label);
      b.title = label;
      b.disabled = !enabled;
      b.addEventListener('click', change);
      g.appendChild(b);
      return b;
    };
    const layers = group(colX(0), this.tr('hiddenLayerCount', hidden.length));
    const count = document.createElement('span');
    count.textContent = this.tr('hiddenLayerCount', hidden.length);
    layers.appendChild(count);
    button(layers, '−', this.tr('removeLayer'), hidden.length > 1, () => this.onShape(hidden.slice(0, -1), acts.slice(0, -1)));
    button(layers, '+', this.tr('addLayer'), hidden.length < this.limits.layers,
      () => this.onShape(hidden.concat(hidden[hidden.length - 1]), acts.concat(acts[acts.length - 1])));
    hidden.forEach((units, k) => {
      const l = k + 1, g = group(colX(l), this.tr('hiddenLayerN', l, acts[k]));
      const resized = delta => hidden.map((n, i) => (i === k ? n + delta : n));
      button(g, '−', this.tr('removeUnit', l), units > 1, () => this.onShape(resized(-1), acts));
      button(g, '+', this.tr('addUnit', l), units < this.limits.units, () => this.onShape(resized(1), acts));
      const select = document.createElement('select');
      select.setAttribute('aria-label', this.tr('layerActivation', l));
      this.limits.activations.forEach(a => { const o = document.createElement('option'); o.value = o.textContent = a; select.appendChild(o); });
      select.value = acts[k];
      select.addEventListener('change', () => this.onShape(hidden, acts.map((a, i) => (i === k ? select.value : a))));
      g.appendChild(select);
    });
  }

  unitName(l, j) {
    return l === this.net.sizes.length - 1 ? this.tr('outputUnit', j) : this.tr('hiddenUnit', l, j);
  }

  select(l, j) {
    this.selected = { l, j };
    if (!this.layout) return;
    this.layout.nodes.forEach(n => n.node.classList.toggle('selected', n.l === l && n.j === j));
  }

  /** Index of unit j of layer l (1-based layer) among all the maps. */
  mapIndex(l, j) {
    let u = 0;
    for (let k = 1; k < l; k++) u += this.net.sizes[k];
    return u + j;
  }

  paint() {
    const net = this.net;
    let maxW = 0;
    net.w.forEach(w => w.forEach(v => { maxW = Math.max(maxW, Math.abs(v)); }));
    this.layout.edges.forEach(e => {
      const v = net.w[e.l][e.i * net.sizes[e.l + 1] + e.j];
      // hundreds of edges: touch an element only when what it shows changes (each touch costs a style pass)
      e.value = v;
      const stroke = v >= 0 ? NetworkDiagram.POSITIVE_CSS : NetworkDiagram.NEGATIVE_CSS;
      const width = (0.5 + 5 * Math.abs(v) / (maxW || 1)).toFixed(1);
      if (e.stroke !== stroke) { e.stroke = stroke; e.line.style.stroke = stroke; }
      if (e.width !== width) { e.width = width; e.line.style.strokeWidth = width; }
    });
    if (this.activeEdge) this.showEdge(this.activeEdge);
    this.layout.nodes.forEach(n => this.paintMap(n.canvas, n.l, n.j));
    if (this.pointed && this.onPoint) this.onPoint(this.pointed.l, this.pointed.j);
  }

  /** What a unit computes, in the article's notation with its own numbers' names: a1[2] = tanh(z1[2]). */
  unitFormula(l, j) {
    const output = l === this.net.sizes.length - 1;
    return output ? 'probs[' + j + '] = softmax(z' + l + ')[' + j + ']' : 'a' + l + '[' + j + '] = ' + this.net.activations[l - 1] + '(z' + l + '[' + j + '])';
  }

  /** Paints one unit's map into a canvas of the map's size. */
  paintMap(canvas, l, j) {
    if (!this.maps) return;
    const { w, h } = this.mapSize, cells = w * h, u = this.mapIndex(l, j);
    const output = l === this.net.sizes.length - 1;
    const act = output ? 'softmax' : this.net.activations[l - 1];
    let scale = 1;
    if (act === 'relu') for (let c = 0; c < cells; c++) scale = Math.max(scale, this.maps[u * cells + c]);
    // one ImageData reused for every map of this size: 400 maps a frame must not allocate 400 images
    if (!this.image || this.image.width !== w || this.image.height !== h) this.image = new ImageData(w, h);
    const img = this.image;
    const cls = this.classColours[j] || [0, 0, 0];
    for (let c = 0; c < cells; c++) {
      const v = this.maps[u * cells + c];
      let r, g, b;
      if (output) {
        // white where the class is unlikely, its colour where it is certain
        [r, g, b] = cls.map(x => 255 + (x - 255) * v);
      } else {
        // blue where the unit is high, orange where it is low, white in the middle of its range
        const s = act === 'tanh' ? v : act === 'sigmoid' ? 2 * v - 1 : v / scale;
        const t = Math.max(-1, Math.min(1, s)), end = t >= 0 ? NetworkDiagram.POSITIVE : NetworkDiagram.NEGATIVE;
        [r, g, b] = end.map(x => 255 + (x - 255) * Math.abs(t));
      }
      img.data[4 * c] = r;
      img.data[4 * c + 1] = g;
      img.data[4 * c + 2] = b;
      img.data[4 * c + 3] = 255;
    }
    // assigning a canvas's size, even the same one, throws its pixels away and allocates anew: only when it changes
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    // small canvases written whole every frame are faster in memory than on the GPU
    canvas.getContext('2d', { willReadFrequently: true }).putImageData(img, 0, 0);
  }

  /** The edge's name and live weight, in the article's notation: W1[0][2] = 0.81234. */
  edgeText(e) {
    const v = this.net.w[e.l][e.i * this.net.sizes[e.l + 1] + e.j];
    const from = e.l === 0 ? 'x' + String.fromCharCode(0x2080 + e.i) : this.unitName(e.l, e.i);
    return 'W' + (e.l + 1) + '[' + e.i + '][' + e.j + '] = ' + MathML.format(v) + ' (' + this.tr('edgeFromTo', from, this.unitName(e.l + 1, e.j)) + ')';
  }

  showEdge(e) {
    this.activeEdge = e;
    e.line.classList.add('active');
    this.tooltip.textContent = this.edgeText(e);
    this.tooltip.dataset.value = String(e.value);
    this.tooltip.hidden = false;
    const x = (+e.line.getAttribute('x1') + +e.line.getAttribute('x2')) / 2, y = (+e.line.getAttribute('y1') + +e.line.getAttribute('y2')) / 2;
    this.tooltip.style.left = Math.min(x, this.box.clientWidth - 200) + 'px';
    this.tooltip.style.top = (y + 10) + 'px';
  }

  hideEdge(e) {
    e.line.classList.remove('active');
    if (this.activeEdge === e) {
      this.activeEdge = null;
      this.tooltip.hidden = true;
    }
  }

  /** Arrow keys move among the edges (one tab stop for all of them). */
  edgeKey(ev, index) {
    const edges = this.layout.edges;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
    let next = step ? index + step : ev.key === 'Home' ? 0 : ev.key === 'End' ? edges.length - 1 : -1;
    if (next < 0 && !step) return;
    next = Math.max(0, Math.min(edges.length - 1, next));
    ev.preventDefault();
    edges[index].line.setAttribute('tabindex', '-1');
    edges[next].line.setAttribute('tabindex', '0');
    edges[next].line.focus();
  }
}
NetworkDiagram.POSITIVE = [50, 136, 189];
NetworkDiagram.NEGATIVE = [244, 109, 67];
NetworkDiagram.POSITIVE_CSS = 'rgb(50,136,189)';
NetworkDiagram.NEGATIVE_CSS = 'rgb(244,109,67)';
