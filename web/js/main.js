// The app's start: the views mounted, every control wired to what it does, the language, the address followed, and
// the first run (the shared model the address names, or the state's settings at pass 0).
import { $, page, compact, tr, writeUrl, currentHash, challengeId } from './page.js';
import { all } from './dom.js';
import { copyField } from './clipboard.js';
import { SPEEDS, parseHash, formatPoints } from './state.js';
import { STRINGS, translatePage } from './i18n.js';
import { MathML } from './mathml.js';
import { addHelp } from './help.js';
import { composeFigure } from './figure.js';
import { views, mountViews, viewsInLanguage, viewsResized } from './views.js';
import { run, ask, start, play, step, sendViews, updateButtons, restateStatus, prepareWorkerScript, chosenEngine } from './run.js';
import { loadArticleLines, restateLogNotes } from './trainlog.js';
import { showModelLabels, updateLegend, updatePlotHint, fillWarpLayers, showSpeed, showFirstHint } from './readouts.js';
import { fillForm, showRelevantFields, applySettings, fieldChanged, dataKindChanged, wireThumbnails, wireSliders, reshape } from './settingsform.js';
import { edit, setEditing, undoEdit, clearPoints, buildClassPicker, importCsv, pointsOnScreen } from './editing.js';
import { relabel, describeInspected, stopInspecting, onPlotClick, chooseOnPlot } from './following.js';
import { openShared, importModel, startSharing, shareWithTitle, cancelSharing, sharedTitleInLanguage } from './sharing.js';
import { openChallenge, describeChallenge } from './challenge.js';
import { wireChallengeForm, describeChallengeForm } from './challengeform.js';
import { compare } from './comparison.js';
import { figureSettings, downloadFigure } from './savefigure.js';
import { applyEmbedOptions, layoutPanels, reportHeight, updateFullLink } from './embedding.js';
import { checkConnection, showConnection, registerServiceWorker } from './connection.js';

function setLanguage(l) {
  page.lang = l;
  ask({ cmd: 'lang', lang: l });
  translatePage(l);
  sharedTitleInLanguage();
  describeChallenge();
  describeChallengeForm();
  addHelp(tr);
  $('f-lang').value = l;
  writeUrl();
  updateButtons();
  showModelLabels();
  updateLegend();
  buildClassPicker();
  showSpeed();
  updatePlotHint();
  showConnection();
  if (!$('model-note').hidden) $('model-note').textContent = tr('fragmentModel');
  describeInspected();
  viewsInLanguage();
  fillWarpLayers();
  restateStatus();
  restateLogNotes();
}

/** Every control of the page, wired to what it does. */
function wireControls() {
  wireThumbnails();
  wireChallengeForm();
  wireSliders();
  // the network's shape, changed on the diagram (the full app's; an embed's diagram only shows)
  if (!compact) views.diagram.onShape = reshape;
  // the phone's row of links to the views: scrolled to and focused, the address (the settings) left as it is
  all('.jump a').forEach(a => a.addEventListener('click', e => {
    e.preventDefault();
    const target = /** @type {HTMLElement} */ (document.querySelector(String(a.getAttribute('href'))));
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }));
  ['f-data', 'f-model', 'f-anneal'].forEach(id => $(id).addEventListener('change', showRelevantFields));
  $('settings').addEventListener('submit', e => { e.preventDefault(); applySettings(); });
  $('settings').addEventListener('change', fieldChanged);
  $('f-shade').addEventListener('change', () => {
    page.state.shade = $('f-shade').checked;
    // the worker colours the regions (shared's one rule): it sends the same grid in the other colouring
    ask({ cmd: 'shade', shade: page.state.shade });
    writeUrl();
  });
  $('f-showTest').addEventListener('change', () => {
    page.state.showTest = views.boundary.showTest = $('f-showTest').checked;
    views.boundary.draw();
    updateLegend();
    writeUrl();
  });
  $('f-lang').addEventListener('change', () => setLanguage($('f-lang').value));
  $('b-play').addEventListener('click', () => play(false));
  $('b-step1').addEventListener('click', () => step(1));
  $('b-step100').addEventListener('click', () => step(100));
  $('b-reset').addEventListener('click', () => start(null));
  $('b-end').addEventListener('click', () => play(true));
  // in logistic-regression mode the model to share or export is the baseline
  $('b-share').addEventListener('click', startSharing);
  $('share-title-form').addEventListener('submit', e => { e.preventDefault(); shareWithTitle(); });
  $('b-share-cancel').addEventListener('click', cancelSharing);
  $('delete-form').addEventListener('submit', e => {
    e.preventDefault();
    views.myModels.removeByLink(/** @type {HTMLInputElement} */ ($('f-delete-link')).value, /** @type {HTMLInputElement} */ ($('f-delete-token')).value, $('m-delete'));
  });
  $('b-export').addEventListener('click', () => ask({ cmd: 'document', purpose: 'export', baseline: page.state.model === 'logreg' }));
  $('b-png').addEventListener('click', downloadFigure);
  $('f-import').addEventListener('change', e => { const f = e.target.files[0]; if (f) importModel(f); e.target.value = ''; });
  $('b-compare').addEventListener('click', () => compare(null));
  $('b-compare-split').addEventListener('click', () => compare(0.3));
  $('boundary').addEventListener('click', onPlotClick);
  views.boundary.onChoose = chooseOnPlot;
  $('b-edit').addEventListener('click', () => setEditing(!edit.on));
  $('b-undo').addEventListener('click', undoEdit);
  $('b-clear').addEventListener('click', clearPoints);
  $('f-speed').addEventListener('input', () => {
    page.state.speed = +$('f-speed').value;
    showSpeed();
    writeUrl();
    ask({ cmd: 'speed', passesPerSecond: SPEEDS[page.state.speed] });
  });
  $('f-logLoss').addEventListener('change', () => { page.state.logLoss = $('f-logLoss').checked; views.lossChart.setLog(page.state.logLoss); writeUrl(); });
  $('f-inspectLabel').addEventListener('change', () => relabel(+$('f-inspectLabel').value));
  $('b-inspect-close').addEventListener('click', stopInspecting);
  $('f-warpLayer').addEventListener('change', () => { run.warpLayer = +$('f-warpLayer').value; sendViews(); });
  $('f-csv').addEventListener('change', e => { const f = e.target.files[0]; if (f) importCsv(f); });
  $('f-data').addEventListener('change', () => {
    dataKindChanged();
    if ($('f-data').value === 'points' && !page.state.pts) page.state.pts = formatPoints(pointsOnScreen());
  });
  all('.copy').forEach(b => {
    b.addEventListener('click', async () => {
      await copyField($(b.dataset.target || ''));
      b.textContent = tr('copied');
      setTimeout(() => { b.textContent = tr('copy'); }, 1500);
    });
  });
  window.addEventListener('resize', () => { layoutPanels(); viewsResized(); });
  // a link edited by hand, or followed within the page, restarts on its settings
  // (and Back after a change of settings, which is a new entry in the history)
  const followAddress = async () => {
    if (location.hash === currentHash()) return;
    page.state = parseHash(location.hash);
    if (page.state.lang && page.state.lang !== page.lang) setLanguage(page.state.lang);
    fillForm();
    views.boundary.showTest = page.state.showTest;
    if (!(await openShared())) start(null);
  };
  window.addEventListener('hashchange', followAddress);
  window.addEventListener('popstate', followAddress);
  window.addEventListener('offline', checkConnection);
  window.addEventListener('online', checkConnection);
}

// for tests and the curious, from the start: the page's state, its plot (once mounted), its texts, the model document
/** @type {any} */ (window).nnfsApp = {
  state: () => page.state,
  points: () => (views.boundary ? views.boundary.points : null),
  boundary: () => views.boundary,
  lossRows: () => (views.lossChart ? views.lossChart.rows : []),
  warp: () => views.warp,
  figure: () => composeFigure(views.boundary, 'test', [], figureSettings()),
  figureSettings: figureSettings,
  requestDocument: baseline => ask({ cmd: 'document', purpose: 'test', baseline: !!baseline }),
  engine: chosenEngine,
  runningEngine: () => run.runningEngine,
  strings: STRINGS,
  mathml: MathML,
};

window.addEventListener('DOMContentLoaded', async () => {
  // the compact view for frames, whether the server marked the page so or a cached shell is showing it offline
  if (compact) applyEmbedOptions();
  reportHeight();
  try {
    await prepareWorkerScript();
  } catch (err) {
    $('errors').textContent = tr('engineUnreachable', String(err));
  }
  await loadArticleLines();
  mountViews();
  views.boundary.showTest = page.state.showTest;
  views.lossChart.log = page.state.logLoss;
  translatePage(page.lang);
  addHelp(tr);
  buildClassPicker();
  showSpeed();
  showFirstHint();
  updatePlotHint();
  $('f-lang').value = page.lang;
  fillForm();
  wireControls();
  checkConnection();
  registerServiceWorker(page.state.m ? '/api/models/' + page.state.m : challengeId ? '/api/challenges/' + challengeId : null);
  updateFullLink();
  if (challengeId) {
    await openChallenge(); // on the challenge's data (or, when it cannot be read, saying so on the page's own)
    fillForm();
    start(null);
  } else if (!(await openShared())) start(null);
});
