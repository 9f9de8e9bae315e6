// The teacher's form: the data set on the page becomes a challenge (POST /api/challenges), with a goal and limits
// that start from the network on the page. The answer is two links: the students' page and the teacher's board,
// whose key (the teacher token) is in the link's fragment, which no server log ever sees.
import { $, page, tr } from './page.js';
import { all } from './dom.js';
import { trainingRequest } from './state.js';

/** The share of points a challenge holds out when the page holds out none: its goal is measured on them. */
const DEFAULT_TEST = 0.3;

export function wireChallengeForm() {
  // a dialog over the page, opened from the header: the form takes no room from the one screen that teaches
  const box = /** @type {HTMLDialogElement} */ ($('ch-set'));
  $('b-challenge').addEventListener('click', () => {
    fillChallengeForm();
    box.showModal();
    $('ch-set-title').focus();
  });
  $('b-ch-set-close').addEventListener('click', () => box.close());
  $('ch-set-form').addEventListener('submit', e => { e.preventDefault(); createChallenge(); });
}

/** The form's starting values: the page's data, its network as the limits, 90 % as the goal. */
function fillChallengeForm() {
  const s = page.state, units = String(s.hidden).split(',').map(Number);
  field('ch-set-units').value = String(units.reduce((a, b) => a + b, 0));
  field('ch-set-layers').value = String(units.length);
  field('ch-set-passes').value = String(s.passes || 20000);
  if (!field('ch-set-target').value) field('ch-set-target').value = '90';
  const acts = String(s.act).split(',');
  all('#ch-set-form input[name=act]').forEach(b => { /** @type {HTMLInputElement} */ (b).checked = acts.includes(/** @type {HTMLInputElement} */ (b).value); });
  describeChallengeForm();
}

/** The hint in the page's language (again after a switch). */
export function describeChallengeForm() {
  $('ch-set-hint').textContent = tr('chSetHint', Math.round(100 * (page.state.test > 0 ? page.state.test : DEFAULT_TEST)));
}

/** @param {string} id */
function field(id) {
  return /** @type {HTMLInputElement} */ ($(id));
}

/** The challenge the form describes, as the API takes it. */
function challengeOf() {
  const data = trainingRequest(page.state).data;
  if (!(data.testFraction > 0)) data.testFraction = DEFAULT_TEST;
  const metric = field('ch-set-metric').value, target = Number(field('ch-set-target').value);
  /** @type {Record<string, any>} */
  const c = {
    title: field('ch-set-title').value.trim(),
    description: /** @type {HTMLTextAreaElement} */ ($('ch-set-description')).value.trim(),
    data: data,
    limits: {
      maxHiddenUnits: Number(field('ch-set-units').value), maxLayers: Number(field('ch-set-layers').value),
      activations: all('#ch-set-form input[name=act]').filter(b => /** @type {HTMLInputElement} */ (b).checked).map(b => /** @type {HTMLInputElement} */ (b).value),
      maxPasses: Number(field('ch-set-passes').value),
    },
    // the form asks for a percentage; the API takes a fraction
    goal: { metric: metric, target: metric === 'testAccuracy' ? target / 100 : target, rank: field('ch-set-rank').value },
  };
  const closes = field('ch-set-closes').value;
  if (closes) c.closes = new Date(closes).toISOString();
  return c;
}

/** Sends the challenge; the server checks every part of it and says what is wrong, in the page's language. */
async function createChallenge() {
  const message = $('ch-set-message');
  message.textContent = '';
  let answer, body;
  try {
    answer = await fetch('/api/challenges?lang=' + page.lang, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(challengeOf()) });
    body = await answer.json();
  } catch (err) {
    message.textContent = tr('chUnreachable');
    return;
  }
  if (!answer.ok) {
    message.textContent = body.detail || answer.statusText;
    return;
  }
  field('ch-set-students').value = body.url;
  field('ch-set-board').value = body.teacherUrl;
  field('ch-set-embed').value = body.embedHtml;
  $('ch-set-links').hidden = false;
}
