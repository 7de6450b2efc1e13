/**
 * Docusaurus's Link prefetches a page's code when the link scrolls into view. Here the service worker already
 * fetches every page's code once, after the first page has loaded (plugin-pwa, activated for every visitor), so
 * those prefetches fetched the same files a second time; and Link asks once per link, each ask appending a
 * `<link rel=prefetch>` for every chunk of that page: 325 of them on /t1/key-takeaways, in tasks of 90–100 ms under
 * Lighthouse's 4× CPU throttling. Viewport prefetching is switched off; Link's preload when a link is hovered or
 * touched still starts loading a page before the click.
 */
import type {ClientModule} from '@docusaurus/types';

let switchedOff = false;

function switchOffViewportPrefetch(): void {
  // window.docusaurus is set after client modules load, and before the first route update.
  if (switchedOff || !window.docusaurus) return;
  switchedOff = true;
  const {preload} = window.docusaurus;
  // Docusaurus's object is read-only: replace it, keeping its preload. `false` is its own "nothing started".
  window.docusaurus = {preload, prefetch: () => false};
}

const noViewportPrefetch: ClientModule = {
  onRouteDidUpdate: switchOffViewportPrefetch,
};

export default noViewportPrefetch;
