/**
 * plugin-pwa registers its service worker on the window's load event, which fires while React is still hydrating
 * the page; the worker then precaches the whole module (about 150 files) and competes with hydration for the
 * CPU of a two-core phone. This runs the plugin's own registration code unchanged, once the page has loaded and
 * the main thread is idle. Offline reading still starts on the first visit.
 */
import type {ClientModule} from '@docusaurus/types';

function whenLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), {once: true}));
}

function whenIdle(): Promise<void> {
  // Safari has no requestIdleCallback: a second after load instead.
  if (!('requestIdleCallback' in window)) return new Promise((resolve) => setTimeout(resolve, 1000));
  return new Promise((resolve) => requestIdleCallback(() => resolve(), {timeout: 5000}));
}

let started = false;

const registerWhenIdle: ClientModule = {
  // Also called for the first page, once it has hydrated (the window's load event alone can come before that).
  onRouteDidUpdate() {
    if (started) return;
    started = true;
    whenLoaded()
      .then(whenIdle)
      // Eager: the plugin's code stays in the main bundle (a chunk of its own was one more request per page).
      .then(() => import(/* webpackMode: "eager" */ '@docusaurus/plugin-pwa/lib/registerSw.js'))
      .catch((error: unknown) => console.error('The offline copy could not be set up:', error));
  },
};

export default registerWhenIdle;
