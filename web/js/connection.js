// Whether the server answers, and the offline copy. When the server does not answer, the app runs from this
// browser's copy (its service worker serves the page), and says so: training works, sharing and models never opened
// here wait for the connection. Asked at start, when the browser reports a change of connection, and every 30 s
// while the server is away.
import { $, tr } from './page.js';

let serverAway = false;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
export async function checkConnection() {
  try {
    serverAway = !(await fetch('/api/health', { cache: 'no-store' })).ok;
  } catch (err) {
    serverAway = true;
  }
  showConnection();
  clearTimeout(timer);
  if (serverAway) timer = setTimeout(checkConnection, 30000);
}

export function showConnection() {
  $('network').textContent = serverAway ? tr('offline') : '';
  $('network').hidden = !serverAway;
}

/**
 * Offline use; a sandboxed frame refuses even the question (a SecurityError), and then the app simply trains without.
 * @param {string | null} [keep] the API address of what the page shows (a shared model, a challenge), kept for offline use
 */
export function registerServiceWorker(keep) {
  try {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js').catch(() => {});
    // a model or challenge opened before the worker took this page over (its first visit, or a course page's frame,
    // which has a worker of its own) was fetched past it: asked again through it, it is kept for offline use
    if (keep && !navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', () => { fetch(keep).catch(() => {}); }, { once: true });
    }
  } catch (err) {
    // no service worker here: nothing is cached for offline use, and nothing else changes
  }
}
