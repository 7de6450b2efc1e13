/**
 * Extra service-worker code for @docusaurus/plugin-pwa (its `swCustom` option).
 *
 * The plugin's worker precaches the whole site while the first page is open,
 * but a worker only controls pages opened after it activates. Claiming the
 * open page as soon as the worker is active means a reader who goes offline
 * right after that first visit can still follow links: the page's next
 * script and data requests are answered from the cache instead of failing.
 */
export default function claimOpenPages() {
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });
}
