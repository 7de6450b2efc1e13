/**
 * plugin-pwa registers its service worker on the window's load event, which fires while React is still hydrating
 * the page; the worker then precaches the whole module (about 150 files) and competes with hydration for the
 * CPU of a two-core phone. This runs the plugin's own registration code unchanged, once the page has loaded and
 * the main thread is idle. Offline reading still starts on the first visit. The plugin says nothing when the install
 * fails (a host that does not serve one precached file fails it), so this follows the install and tells the reader.
 */
import type {ClientModule} from '@docusaurus/types';
import {nextRegistration, offlineInstallOutcome} from './offlineInstallOutcome';
import {sayOfflineCopyNotInstalled} from './offlineInstallNotice';

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
    // Plain http (other than localhost) and some private modes have no service workers.
    if (!('serviceWorker' in navigator)) {
      sayOfflineCopyNotInstalled('this browser keeps no offline copy of a site served without HTTPS or in private mode');
      return;
    }
    whenLoaded()
      .then(whenIdle)
      .then(() => {
        offlineInstallOutcome(nextRegistration(navigator.serviceWorker))
          .then((outcome) => {
            if (!outcome.installed) sayOfflineCopyNotInstalled(outcome.reason);
          })
          .catch((error: unknown) => console.error('The offline copy could not be followed:', error));
        // Eager: the plugin's code stays in the main bundle (a chunk of its own was one more request per page).
        return import(/* webpackMode: "eager" */ '@docusaurus/plugin-pwa/lib/registerSw.js');
      })
      .catch((error: unknown) => console.error('The offline copy could not be set up:', error));
  },
};

export default registerWhenIdle;
