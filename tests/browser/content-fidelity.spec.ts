/**
 * The seed stays the source of truth: every section title, sentence, table
 * row, code block and diagram label of the module must be in the built site's
 * static HTML (JavaScript off). Drop a row and this fails.
 */
import {expect, test} from '@playwright/test';
import {parseSeed, plainText, readSeed} from '../support/seedModule';
import {sitemapPaths, squash} from './support';

interface PageContent {
  path: string;
  text: string;
  headings: string[];
  rows: string[][];
  pre: string[];
  diagrams: string[][];
}

test.use({javaScriptEnabled: false});

test('every part of the seed is in the built site, without JavaScript', async ({page}) => {
  test.setTimeout(120_000);
  const seed = parseSeed(readSeed());
  const site: PageContent[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const content = await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      // innerText applies CSS text-transform (admonition titles are upper-cased); compare the authored text.
      // Set through the CSSOM, which the site's Content-Security-Policy allows (a <style> element it would not).
      for (const element of main.querySelectorAll<HTMLElement>('*')) element.style.setProperty('text-transform', 'none', 'important');
      const text = (element: Element) => (element as HTMLElement).innerText ?? element.textContent ?? '';
      return {
        text: text(main),
        headings: [...main.querySelectorAll('h1, h2, h3, h4')].map((h) => (h.textContent ?? '').replace(/\u200b/g, '')),
        rows: [...main.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => text(cell))),
        pre: [...main.querySelectorAll('pre')].map((pre) => pre.textContent ?? ''),
        diagrams: [...main.querySelectorAll('svg.build-time-diagram')].map((svg) =>
          [...svg.querySelectorAll('[data-label]')].map((node) => node.getAttribute('data-label') ?? ''),
        ),
      };
    });
    site.push({
      path,
      text: squash(content.text),
      headings: content.headings.map(squash),
      rows: content.rows.map((row) => row.map(squash)),
      pre: content.pre,
      diagrams: content.diagrams.map((labels) => labels.map(squash)),
    });
  }

  const allText = site.map((p) => p.text).join(' ');
  const allHeadings = new Set(site.flatMap((p) => p.headings));
  const missing: string[] = [];

  for (const {label, value} of seed.headerFacts) {
    if (!site.some((p) => p.text.includes(label) && p.text.includes(value))) missing.push(`header fact ${label}: ${value}`);
  }
  for (const title of seed.sectionTitles) {
    if (!allHeadings.has(title)) missing.push(`section heading: ${title}`);
  }

  // A seed heading runs into its first sentence in the flattened text: accept heading + rest.
  const sentenceIsOnSite = (sentence: string): boolean => {
    if (allText.includes(sentence)) return true;
    const words = sentence.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const heading = words.slice(0, cut).join(' ');
      const rest = words.slice(cut).join(' ');
      if (allHeadings.has(heading) && (rest === '' || allText.includes(rest))) return true;
    }
    return allHeadings.has(sentence.replace(/:$/, ''));
  };
  for (const sentence of seed.sentences) {
    if (!sentenceIsOnSite(sentence)) missing.push(`sentence: ${sentence}`);
  }

  const siteRows = site.flatMap((p) => p.rows.map((row) => row.join(' ¦ ')));
  for (const table of seed.tables) {
    for (const row of table) {
      if (!siteRows.includes(row.join(' ¦ '))) missing.push(`table row: ${row.join(' | ')}`);
    }
  }

  const noSpace = (text: string) => text.replace(/\s+/g, '');
  const allPre = site.flatMap((p) => p.pre).map(noSpace);
  const allTextNoSpace = noSpace(allText);
  for (const block of seed.codeBlocks.filter((b) => b.lang !== 'mermaid')) {
    const body = noSpace(block.body);
    if (!allPre.some((pre) => pre.includes(body)) && !allTextNoSpace.includes(body)) {
      missing.push(`code block: ${block.body.slice(0, 60)}…`);
    }
  }

  const siteDiagrams = site.flatMap((p) => p.diagrams.map((labels) => ({path: p.path, labels: new Set(labels)})));
  expect(siteDiagrams, 'one build-time SVG per seed diagram').toHaveLength(seed.diagramLabels.length);
  seed.diagramLabels.forEach((labels, index) => {
    const wanted = labels.map(plainText);
    const match = siteDiagrams.find((diagram) => wanted.every((label) => diagram.labels.has(label)));
    if (!match) missing.push(`diagram ${index + 1}: no SVG carries all of ${JSON.stringify(wanted)}`);
  });

  expect(missing, 'seed content missing from the built site').toEqual([]);
});
