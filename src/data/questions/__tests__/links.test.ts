/**
 * Every place a question sends the reader exists: each link target's anchor is an id on its page, read from the
 * docs' sources the way Docusaurus makes them (a heading's {#id} or its slug, an admonition's {#id}, a diagram's id).
 * The browser tests check the same targets against the built pages.
 */
import {describe, expect, it} from 'vitest';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {moduleSections} from '@site/src/data/sections';
import {courseTool} from '@site/src/data/tools';
import {CHECK_ANCHOR, links} from '../links';
import type {LinkTarget} from '../types';
import {allSections, slugOf} from './allSections';

/** Element ids each docs page's source gives, by the page's route. */
function idsByRoute(): Map<string, Set<string>> {
  const docsDir = path.resolve('docs');
  const pages = new Map<string, Set<string>>();
  for (const file of readdirSync(docsDir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))) {
    const source = readFileSync(path.join(docsDir, file), 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(source)?.[1] ?? `/${file.replace(/\.mdx$/, '')}`;
    const ids = new Set<string>();
    const slugger = createSlugger();
    let inFence = false;
    for (const line of source.split('\n')) {
      if (/^(```|~~~)/.test(line)) {
        // A fence's own attributes: a diagram's id="…".
        const diagram = /\bid="([^"]+)"/.exec(line);
        if (!inFence && diagram) ids.add(diagram[1]);
        inFence = !inFence;
        continue;
      }
      if (inFence) continue;
      const heading = /^#{2,6}\s+(.*)$/.exec(line);
      if (heading) {
        const {text, id} = parseMarkdownHeadingId(heading[1]);
        ids.add(id ?? slugger.slug(text));
      }
      // A tool's heading, written by src/plugins/tool-headings from src/data/tools.ts.
      const tool = /^::tool-heading\{tool="([\w-]+)"\}/.exec(line);
      if (tool) ids.add(courseTool(tool[1]).section?.id ?? '');
      for (const match of line.matchAll(/^:::\w+(?:\[[^\]]*\])?\{#([\w-]+)/g)) ids.add(match[1]);
    }
    pages.set(slug === '/' ? '/t1' : `/t1${slug}`, ids);
  }
  return pages;
}

const pages = idsByRoute();
const targetsOf = (q: (typeof allSections)[number]['questions'][number]): LinkTarget[] => [
  q.learnMore,
  ...(q.correction ? [q.correction.link] : []),
  ...(q.kind === 'numeric' ? [] : q.options.flatMap((o) => (o.learnMore ? [o.learnMore] : []))),
];

describe('link targets', () => {
  it.each(Object.entries(links))('%s points at an id on its page', (_, target) => {
    expect(pages.get(target.path), `${target.path} is a docs page`).toBeDefined();
    expect([...(pages.get(target.path) ?? [])]).toContain(target.anchor);
  });

  it('every target a question uses is one of them', () => {
    const known = Object.values(links);
    for (const s of allSections) for (const q of s.questions) for (const target of targetsOf(q)) expect(known, `${s.section}/${q.id}`).toContainEqual(target);
  });

  it.each(moduleSections.map((s) => [s.path] as const))('%s ends with the block its questions need', (route) => {
    expect([...(pages.get(route) ?? [])]).toContain(CHECK_ANCHOR);
    const source = readFileSync(path.resolve('docs', `${slugOf(route)}.mdx`), 'utf8').trimEnd();
    expect(source.endsWith(`<CheckYourUnderstanding section="${slugOf(route)}" load={() => import('@site/src/data/questions/sections/${slugOf(route)}')} />`)).toBe(true);
  });

  it('reads ids the way the built pages have them (headings, admonitions, diagrams)', () => {
    expect([...(pages.get('/t1/when-to-fine-tune') ?? [])]).toEqual(expect.arrayContaining(['dont-fine-tune-when', 'decision-tree', 'decision-flowchart']));
    expect([...(pages.get('/t1/evaluation') ?? [])]).toContain('ab-evaluation-pattern');
  });
});
