import {createRequire} from 'node:module';

/**
 * Docusaurus's page template, with one change: the bundle's scripts are not in the page as `defer` scripts; an
 * inline script adds them once the browser reports the page's first contentful paint. With `defer`, a page whose
 * HTML parsed before its first frame ran the bundle before painting, and Lighthouse then counted the bundle's
 * download in the page's largest paint: 1.9–2.2 s instead of 1.2 s on its simulated phone, for the same page in
 * different runs. The page's text never needs the bundle, so it comes first. A hidden tab (which paints nothing)
 * starts at once; a browser that reports no paint starts after its first frame; any page after 3 s at the latest.
 * The inline script is hashed into the CSP like Docusaurus's own.
 */
export const startScripts = `(function(s){var d=false;function go(){if(d)return;d=true;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=false;document.head.appendChild(e)})}if(document.visibilityState==='hidden')return go();setTimeout(go,3000);if((PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')<0)return requestAnimationFrame(function(){setTimeout(go,0)});new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)go()}).observe({type:'paint',buffered:true})})`;

// The script loop of Docusaurus's own template (@docusaurus/core/lib/ssg/ssgTemplate.html.js).
const DEFER_SCRIPTS = /\n *<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;

/** Docusaurus's template with its deferred scripts replaced by the starter; throws if a Docusaurus upgrade moved them. */
export function withScriptsAfterFirstPaint(template: string): string {
  if (!DEFER_SCRIPTS.test(template)) {
    throw new Error("start-in-short-tasks: Docusaurus's page template no longer lists its scripts as expected; update ssrTemplate.ts");
  }
  return template.replace(DEFER_SCRIPTS, `\n    <script>${startScripts}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)</script>`);
}

const docusaurusTemplate = (createRequire(import.meta.url)('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {default: string}).default;

export const ssrTemplate = withScriptsAfterFirstPaint(docusaurusTemplate);
