// The views, each drawing one thing (its own module), in one list: how each is made on the page, what it does when
// the language changes and when the window is resized. A new view is one entry here and its own module.
import { $, tr, compact } from './page.js';
import { SETTINGS } from './settings.js';
import { BoundaryView } from './boundary.js';
import { LossChart } from './losschart.js';
import { NetworkDiagram } from './diagram.js';
import { UnitPanel } from './unitpanel.js';
import { PointInspector } from './inspector.js';
import { WarpView } from './warp.js';
import { EmbedBuilder } from './builder.js';
import { MyModels } from './mymodels.js';

/**
 * The mounted views, for the modules that feed them.
 * @type {{ boundary: BoundaryView, lossChart: LossChart, diagram: NetworkDiagram, unitPanel: UnitPanel,
 *   inspector: PointInspector, warp: WarpView, builder: EmbedBuilder, myModels: MyModels }}
 */
export const views = /** @type {any} */ ({});

/** @typedef {{ name: string, mount: () => void, language?: () => void, resize?: () => void }} View */

/** @type {View[]} */
const LIST = [
  {
    name: 'boundary',
    mount: () => {
      views.boundary = new BoundaryView($('boundary'), $('tooltip'));
      views.boundary.announcer = $('plot-cursor');
      views.boundary.describe = (x, y, probs, label) => {
        const p = probs.map((v, k) => tr('probability', k, v.toFixed(3))).join(', ');
        return label === null ? tr('hover', x.toFixed(2), y.toFixed(2), p) : tr('cursorPoint', label, x.toFixed(2), y.toFixed(2), p);
      };
    },
    resize: () => views.boundary.draw(),
  },
  {
    name: 'loss',
    mount: () => { views.lossChart = new LossChart($('loss'), $('loss-readout'), tr); },
    language: () => { views.lossChart.draw(); views.lossChart.showReadout(); },
    resize: () => views.lossChart.draw(),
  },
  {
    name: 'diagram',
    mount: () => {
      views.diagram = new NetworkDiagram($('diagram'), $('edge-tip'), tr, (l, j) => { views.unitPanel.open(l, j); views.unitPanel.update(views.diagram); });
      if (compact) views.diagram.maxUnit = 40; // an embed's panel is small: the pictures it always had
      // the first screen of a wide window (the diagram in the centre, the loss chart under it): the units take what
      // the loss chart leaves above the fold, in any language and for any layer's width
      views.diagram.room = around => {
        if (compact || !window.matchMedia('(min-width: 1100px)').matches) return null; // app.css's first-screen layout
        const box = $('diagram').getBoundingClientRect(), loss = $('loss').getBoundingClientRect();
        const free = window.innerHeight - 8 - (box.top + window.scrollY) - (loss.bottom - box.bottom) - around;
        return Math.max(120, Math.min(360, free));
      };
      views.diagram.limits = { layers: SETTINGS.limits.maxHiddenLayers, units: SETTINGS.limits.maxUnits, activations: SETTINGS.activations };
      // a unit pointed at paints its map on the large plot, its formula under the plot's title (as in Playground)
      const map = document.createElement('canvas');
      views.diagram.onPoint = (l, j) => {
        const caption = $('unit-on-plot');
        if (l === null || j === null || !views.diagram.maps) {
          caption.hidden = true;
          views.boundary.showOverlay(null);
          return;
        }
        views.diagram.paintMap(map, l, j);
        caption.textContent = tr(l === views.diagram.net.sizes.length - 1 ? 'outputOnPlot' : 'unitOnPlot', views.diagram.unitName(l, j), views.diagram.unitFormula(l, j));
        caption.hidden = false;
        views.boundary.showOverlay(map);
      };
    },
    language: () => { if (views.diagram.net) { views.diagram.layout = null; redrawDiagram(); } },
    // at a desk's width a new window height is a new room for the units (the first screen): laid out anew
    resize: () => {
      if (!views.diagram.net) return;
      if (!compact && window.matchMedia('(min-width: 1100px)').matches) views.diagram.layout = null;
      redrawDiagram();
    },
  },
  {
    name: 'unit',
    mount: () => { views.unitPanel = new UnitPanel($('unit-panel'), tr); },
    language: () => views.unitPanel.update(views.diagram),
  },
  {
    name: 'inspect',
    mount: () => { views.inspector = new PointInspector($('inspector'), tr); },
  },
  {
    name: 'warp',
    mount: () => { views.warp = new WarpView($('warp'), $('warp-caption'), tr); },
    language: () => { const w = views.warp; if (w.data) w.update(w.data, w.labels, w.colours); },
    resize: () => views.warp.draw(),
  },
  {
    name: 'builder',
    mount: () => { views.builder = new EmbedBuilder($('builder'), tr); },
    language: () => views.builder.update(),
  },
  {
    name: 'myModels',
    mount: () => { views.myModels = new MyModels($('my-models'), tr, m => views.builder.open(m)); views.myModels.draw(); },
    language: () => views.myModels.draw(),
  },
];

function redrawDiagram() {
  const d = views.diagram;
  d.update(d.net, d.maps, d.mapSize, d.classColours);
}

/** Makes every view, in the list's order. */
export function mountViews() { LIST.forEach(v => v.mount()); }
/** Every view in the page's new language. */
export function viewsInLanguage() { LIST.forEach(v => v.language && v.language()); }
/** Every view at the window's new size. */
export function viewsResized() { LIST.forEach(v => v.resize && v.resize()); }
