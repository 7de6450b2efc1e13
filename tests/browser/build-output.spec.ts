/**
 * The built files, read as a plain static host would serve them (no browser): every page is a folder with an
 * index.html, every link in the HTML reaches a file without a redirect, and the service worker precaches only files
 * that exist — one missing file fails the whole offline install.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {builtFile, sitemapPaths} from './support';

const BUILD = path.resolve('build');

function htmlFiles(): string[] {
  return readdirSync(BUILD, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** What a plain host does with a path: a file (200), a folder's index.html asked with a slash (200), else not 200. */
function plainHostAnswer(urlPath: string): 'file' | 'redirect' | 'missing' {
  const file = path.join(BUILD, decodeURIComponent(urlPath));
  if (!existsSync(file)) return 'missing';
  if (statSync(file).isFile()) return 'file';
  if (!existsSync(path.join(file, 'index.html'))) return 'missing';
  return urlPath.endsWith('/') ? 'file' : 'redirect';
}

test('every page in the sitemap is a folder with an index.html, linked in its slash form', () => {
  const pages = sitemapPaths();
  expect(pages.length).toBeGreaterThanOrEqual(14);
  for (const page of pages) {
    expect(page, 'slash form').toMatch(/\/$/);
    expect(existsSync(builtFile(page)), builtFile(page)).toBe(true);
  }
  // No page written as a .html file beside its folder (the trailingSlash: false layout).
  expect(htmlFiles().filter((file) => !file.endsWith('index.html') && file !== '404.html')).toEqual([]);
});

test('every link and asset in the built HTML reaches its file on a plain host, without a redirect', () => {
  // Canonical and og:url links name the site's own origin (SITE_URL).
  const siteOrigin = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(BUILD, 'sitemap.xml'), 'utf8'))![1]).origin;
  const wrong: string[] = [];
  let checked = 0;
  for (const file of htmlFiles()) {
    const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, 'http://host');
    const html = readFileSync(path.join(BUILD, file), 'utf8');
    // Minified HTML: attribute values quoted or not.
    for (const match of html.matchAll(/\s(href|src|content)=(?:"([^"]*)"|([^\s>"]+))/g)) {
      const [attribute, value] = [match[1], match[2] ?? match[3]];
      if (attribute === 'content' && !value.startsWith('/')) continue;
      const url = new URL(value.replace(/&amp;/g, '&'), pageUrl);
      if ((url.origin !== 'http://host' && url.origin !== siteOrigin) || value.startsWith('#')) continue;
      // Docusaurus names /404.html/ as the 404 page's canonical address; a page sent with status 404 is not indexed.
      if (file === '404.html' && url.origin === siteOrigin) continue;
      checked++;
      const answer = plainHostAnswer(url.pathname);
      if (answer !== 'file') wrong.push(`${file}: ${attribute}="${value}" ${answer === 'redirect' ? 'redirects to its slash form' : 'is missing'}`);
    }
  }
  expect(checked).toBeGreaterThan(400);
  expect([...new Set(wrong)]).toEqual([]);
});

test('the service worker precaches only files the host has', () => {
  const worker = readFileSync(path.join(BUILD, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
  expect(urls.length, 'the whole module').toBeGreaterThan(100);
  expect(urls.filter((url) => plainHostAnswer(`/${url}`) !== 'file')).toEqual([]);
  for (const page of sitemapPaths()) expect(urls, page).toContain(path.relative(BUILD, builtFile(page)));
});

test('the 404 page is build/404.html, the file hosts send for a missing path', () => {
  const html = readFileSync(path.join(BUILD, '404.html'), 'utf8');
  expect(html).toContain('Page not found');
  expect(html).toContain('data-page-not-found');
});
