// The page's texts, which the build writes from shared's catalogue (nnfs.text.UiText): every key that the page's
// markup and modules name literally is there in both languages (a missing one would show its key to the learner),
// and t() fills a text's arguments in either language.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { JS, pageModule } from './modules.mjs';

const { STRINGS } = await pageModule('texts.js');
globalThis.navigator ??= /** @type {any} */ ({ languages: ['en'] });
const { t } = await pageModule('i18n.js');

/** Keys named literally: data-i18n*="key" in the pages, tr('key' and t(lang, 'key' in the modules. */
function namedKeys() {
  const keys = new Map();
  const sources = fs.readdirSync(JS).filter(f => f.endsWith('.js')).map(f => path.join(JS, f));
  for (const page of ['index.html', 'article.html']) sources.push(path.join(JS, '..', page));
  const patterns = [/data-i18n(?:-[a-z]+)?="([A-Za-z0-9_]+)"/g, /\btr\(\s*'([A-Za-z0-9_]+)'/g, /\bt\(\s*[\w.]+,\s*'([A-Za-z0-9_]+)'/g];
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const p of patterns) for (const m of text.matchAll(p)) keys.set(m[1], path.basename(file));
  }
  return keys;
}

test('every key the page names is in the catalogue, in English and in Japanese', () => {
  const keys = namedKeys();
  assert.ok(keys.size > 50, `found only ${keys.size} keys: the patterns no longer match the page`);
  for (const [key, file] of keys) {
    assert.ok(STRINGS.en[key], `${file} names '${key}', which the catalogue lacks`);
    assert.ok(STRINGS.ja[key], `${file} names '${key}', which the catalogue lacks in Japanese`);
  }
});

test("the pages' markup says, before any script runs, what the catalogue says in English", () => {
  let checked = 0;
  for (const page of ['index.html', 'article.html']) {
    const html = fs.readFileSync(path.join(JS, '..', page), 'utf8');
    // an element whose whole content is a text: <tag ... data-i18n="key">text</tag>
    for (const m of html.matchAll(/data-i18n="([A-Za-z0-9_]+)"[^>]*>([^<]*)</g)) {
      const said = m[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
      if (!said) continue;
      assert.equal(said, STRINGS.en[m[1]].replace(/\s+/g, ' '), `${page}: data-i18n="${m[1]}"`);
      checked++;
    }
  }
  assert.ok(checked > 50, `checked only ${checked} texts`);
});

test('both languages have the same keys', () => {
  assert.deepEqual(Object.keys(STRINGS.ja).sort(), Object.keys(STRINGS.en).sort());
});

test('t fills the arguments in either language, and falls back to English, then to the key', () => {
  assert.equal(t('en', 'compareDone', 7, '3.2', 2), '7 networks trained in 3.2 s, 2 at a time.');
  assert.ok(t('ja', 'compareDone', 7, '3.2', 2).includes('3.2'));
  assert.ok(!t('ja', 'compareDone', 7, '3.2', 2).includes('{'));
  assert.equal(t('fr', 'play'), STRINGS.en.play);
  assert.equal(t('en', 'no-such-key'), 'no-such-key');
});

test('sentences join as each language writes them: a space after English ones, none after Japanese ones', async () => {
  const { joinSentences } = await pageModule('i18n.js');
  assert.equal(joinSentences(['One.', '', 'Two.']), 'One. Two.');
  assert.equal(joinSentences(['一つ目です。', '二つ目です。']), '一つ目です。二つ目です。');
  assert.equal(joinSentences(['', 'Only.']), 'Only.');
  assert.equal(joinSentences([STRINGS.ja.warpKey, STRINGS.ja.compareNoOverfit]), STRINGS.ja.warpKey + STRINGS.ja.compareNoOverfit);
});
