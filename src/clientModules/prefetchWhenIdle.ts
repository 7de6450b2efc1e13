/**
 * Docusaurus's Link fetches a page's code ahead of time when the link scrolls into view. The browser reports every
 * link that came into view in one task, so on a page with many links that one task ran 120–290 ms under Lighthouse's
 * 4× CPU throttling, a large share of the page's total blocking time. Each prefetch now runs in an idle callback of
 * its own: the same files are fetched, a little later, and no task grows long.
 */
import type {ClientModule} from '@docusaurus/types';

/** Fetch anyway after this long, even if the page never goes idle. */
const IDLE_TIMEOUT_MS = 2000;

let deferred = false;

function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback: a task of its own per prefetch is what matters.
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, {timeout: IDLE_TIMEOUT_MS});
  else setTimeout(work, 0);
}

function deferPrefetches(): void {
  // window.docusaurus is set after client modules load, and before the first route update.
  if (deferred || !window.docusaurus) return;
  deferred = true;
  const {prefetch, preload} = window.docusaurus;
  // Docusaurus's object is read-only: replace it, keeping its preload.
  window.docusaurus = {
    preload,
    prefetch: (url: string) => {
      whenIdle(() => void prefetch(url));
      // Link ignores the result; `false` is Docusaurus's own "nothing started now".
      return false;
    },
  };
}

const prefetchWhenIdle: ClientModule = {
  onRouteDidUpdate: deferPrefetches,
};

export default prefetchWhenIdle;
