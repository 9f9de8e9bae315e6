// The embed's options (embedoptions.js, its rows from the settings table), with node's own test runner: every
// combination the builder can write reads back to itself, a value the table does not take falls back to its default
// (the server answers 400 to it), and the query is written in the table's order, as the server writes it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { pageModule } from './modules.mjs';

const { EMBED_OPTIONS, parseEmbedOptions, embedQuery } = await pageModule('embedoptions.js');
const plain = o => JSON.parse(JSON.stringify(o)); // an object of this realm

test('every combination of options reads back from the query it writes', () => {
  const show = ['', 'loss', 'diagram', 'inspect', 'loss,diagram', 'diagram,loss', 'loss,inspect', 'diagram,inspect', 'loss,diagram,inspect'];
  let cases = 0;
  for (const s of show) for (const controls of ['none', 'play', 'auto', 'all']) for (const locked of [false, true])
    for (const start of ['trained', 'untrained', 'replay']) for (const caption of ['', 'Watch it & learn: 50% 日本語'])
      for (const lang of [null, 'en', 'ja']) {
        const o = { show: s, controls, locked, start, caption, lang };
        const q = embedQuery(o);
        // the query lists the panels in the table's order; the embed keeps the order it was asked in
        const sorted = ['loss', 'diagram', 'inspect'].filter(p => s.split(',').includes(p)).join(',');
        assert.deepEqual(plain(parseEmbedOptions(q)), Object.assign({}, o, { show: sorted }), q);
        assert.equal(plain(parseEmbedOptions('?show=' + s)).show, s, 'the panels in the order asked');
        cases++;
      }
  assert.equal(cases, 9 * 4 * 2 * 3 * 2 * 3);
});

test('the defaults write nothing, and the query keeps the list order whatever order the panels were asked in', () => {
  const defaults = plain(parseEmbedOptions(''));
  assert.equal(embedQuery(defaults), '');
  assert.equal(embedQuery(Object.assign({}, defaults, { show: 'inspect,loss', locked: true })), '?show=loss,inspect&locked=1');
  assert.deepEqual(plain(EMBED_OPTIONS.map(o => o.name)), ['show', 'controls', 'locked', 'start', 'caption', 'lang']);
});

test('a value the list does not take falls back to its default; a caption is cut to 200 characters', () => {
  const o = plain(parseEmbedOptions('?show=loss,chart&controls=many&start=later&lang=fr&caption=' + 'x'.repeat(300)));
  assert.equal(o.show, 'loss');
  assert.equal(o.controls, 'auto');
  assert.equal(o.start, 'trained');
  assert.equal(o.lang, null);
  assert.equal(o.caption.length, 200);
});
