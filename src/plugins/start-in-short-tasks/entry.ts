/**
 * The site's client entry in production. Docusaurus's own entry (the last step) evaluates React, the router, the
 * theme and the route table in one script task, 50–110 ms here and four times that on Lighthouse's simulated
 * phone: one long task that blocks input on every page. Here (after the first paint: see ssrTemplate.ts) the same
 * modules are evaluated in a few steps, each in its own task, so the browser can handle input and paint between them.
 * Nothing else changes: each step only evaluates a module that Docusaurus's entry imports anyway (or starts
 * loading the page's chunks, as its preload does), and the last step runs that entry unchanged. One exception: a
 * host's 404 page sent for an address the router knows as a page goes on to that page (pageBehindNotFound.ts).
 */
import {matchPath} from '@docusaurus/router';
import {NOT_FOUND_MARKER, pageBehindNotFound} from './pageBehindNotFound';

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The page's chunks, when Docusaurus's entry would not find them itself. A static host serves /t1/x.html as well as
 * /t1/x, and the route table knows /t1/x only: Docusaurus's entry preloads the URL's own path, finds no route for it,
 * and hydrates with the page's chunks still loading, so the page empties and fills again (a layout shift of 0.10 to
 * 0.17 on every page served that way). Its router reads the same URL as /t1/x (normalizeLocation).
 */
let chunksItWouldMiss: Promise<unknown> = Promise.resolve();

// `eager`: the modules stay in the main bundle; import() only defers evaluating them.
const LEAVE = Symbol('the page is being replaced');
const steps: Array<() => Promise<unknown>> = [
  async () => {
    const {default: routes} = await import(/* webpackMode: "eager" */ '@generated/routes');
    const isNotFound = document.querySelector(`[${NOT_FOUND_MARKER}]`) !== null;
    const page = pageBehindNotFound(routes, window.location.pathname, isNotFound, matchPath);
    if (!page) return undefined;
    window.location.replace(`${page}${window.location.search}${window.location.hash}`);
    return LEAVE;
  },
  // Starts fetching this page's chunks (one script element each), so they download while the next steps run;
  // Docusaurus's entry then finds them loading.
  async () => {
    const {default: preload} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload');
    const {default: normalizeLocation} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/normalizeLocation');
    const path = window.location.pathname;
    const routePath = normalizeLocation({pathname: path, search: '', hash: '', state: undefined}).pathname;
    const loading = preload(routePath).catch(() => undefined);
    if (routePath !== path) chunksItWouldMiss = loading;
  },
  () => import(/* webpackMode: "eager" */ 'react-dom/client'),
  () => import(/* webpackMode: "eager" */ '@generated/client-modules'),
  () => import(/* webpackMode: "eager" */ '@theme/Layout'),
  async () => {
    await chunksItWouldMiss;
    return import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/clientEntry');
  },
];

async function start(): Promise<void> {
  for (const step of steps) {
    await nextTask();
    if ((await step()) === LEAVE) return;
  }
}

start().catch((error: unknown) => console.error('The page could not start its scripts:', error));
