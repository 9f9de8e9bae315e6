// Caches the app shell and the compiled engine, so the app loads and trains with the server gone. A new build
// has a new cache name: the old cache is dropped when the new worker activates.
'use strict';
// the build writes a hash of the whole page here (client's WebBuild): a new version is a new cache
const CACHE = 'nnfs-@NNFS_CONTENT_HASH@';
// the app's two pages and every file they load: written by the build (client's WebBuild) from what it built
const SHELL = [];

const FIGURES = ['dataset', 'logistic-regression', 'hidden-3', 'hidden-sizes'].map(f => '/api/figures/article/' + f + '.png');
// The shared models' documents this browser opened, the last MAX_MODELS, so that a model page or embed opened
// before shows its model offline. They outlive a new build (a model never changes; a deleted one is dropped).
const MODELS = 'nnfs-models';
const MAX_MODELS = 50;
// a challenge's description too: its students train offline on it (and send their entries when back)
const MODEL_PATH = /^\/api\/(models|challenges)\/[A-Za-z0-9_-]{22}$/;

/** How long the install waits for the article's figures: a server still drawing them must not keep the app from working offline. */
const FIGURES_WAIT_MS = 5000;

self.addEventListener('install', e => {
  // the shell must all be there; the article's figures (rendered by the server at its start) are added if they come in
  // time, and otherwise when a page first shows them (below)
  e.waitUntil(caches.open(CACHE).then(c => c.addAll(SHELL).then(() => Promise.race([
    Promise.allSettled(FIGURES.map(f => c.add(f))),
    new Promise(done => setTimeout(done, FIGURES_WAIT_MS)),
  ]))).then(() => self.skipWaiting()));
});

/** A figure from the cache, else from the server, kept for offline use once it has come. */
async function figure(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const answer = await fetch(request);
  if (answer.ok) await cache.put(new URL(request.url).pathname, answer.clone());
  return answer;
}

self.addEventListener('activate', e => {
  e.waitUntil(caches.keys().then(keys => Promise.all(keys.filter(k => k !== CACHE && k !== MODELS).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/**
 * A model's document from the server when it answers (its answer is kept, or dropped when the model is gone: its
 * owner deleted it), else as this browser last saw it. A model never seen here fails, and the page says why.
 */
async function modelDocument(request) {
  const cache = await caches.open(MODELS);
  const key = new URL(request.url).pathname;
  let answer;
  try {
    answer = await fetch(request);
  } catch (err) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw err;
  }
  if (answer.ok) {
    await cache.delete(key); // put again at the end: the oldest opened is the first let go
    await cache.put(key, answer.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_MODELS)).map(k => cache.delete(k)));
  } else if (answer.status === 404) {
    await cache.delete(key);
  }
  return answer;
}

/** The cached page that stands in for an address while the server cannot be reached. */
function offlinePage(path) {
  if (path === '/article') return '/article';
  if (path === '/embed' || path.startsWith('/embed/')) return '/embed';
  return '/';
}

self.addEventListener('fetch', e => {
  const url = new URL(e.request.url);
  if (e.request.method === 'GET' && url.origin === location.origin && MODEL_PATH.test(url.pathname)) {
    e.respondWith(modelDocument(e.request));
    return;
  }
  if (e.request.method === 'GET' && url.origin === location.origin && FIGURES.includes(url.pathname)) {
    e.respondWith(figure(e.request));
    return;
  }
  if (e.request.method !== 'GET' || url.origin !== location.origin || url.pathname.includes('/api/')) return;
  // the shell from the cache (it is versioned); the page itself from the network first, so a new build shows. An
  // embed's address gets the embed's shell, which a course page (or /article) may frame; the app's may not be framed
  e.respondWith(
    (e.request.mode === 'navigate'
      ? fetch(e.request).catch(() => caches.match(offlinePage(url.pathname)))
      : caches.match(e.request, { ignoreSearch: true }).then(hit => hit || fetch(e.request)))
  );
});
