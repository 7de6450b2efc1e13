import {describe, expect, it} from 'vitest';
import {courseTool, courseTools, toolLink} from '../tools';
import {sitePages} from './sitePages';

const pages = sitePages();
/** Every `::tool-heading{tool="…"}` in the site's sources, with the route of the page it is on. */
const toolHeadings = [...pages].flatMap(([route, {source}]) =>
  [...source.matchAll(/^::tool-heading\{tool="([^"]*)"\}\s*$/gm)].map((match) => ({route, tool: match[1]})),
);

describe('the tools list', () => {
  it('lists every tool the site has, the training-data checker too', () => {
    expect(courseTools.map((tool) => tool.id)).toEqual(expect.arrayContaining(['which-method', 'decision-flowchart', 'lora-calculator', 'training-data-check']));
  });

  it('names each tool, its title and its link once', () => {
    const once = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    once(courseTools.map((tool) => tool.id));
    once(courseTools.map((tool) => toolLink(tool)));
    once(courseTools.map((tool) => tool.title));
  });

  it.each(courseTools.map((tool) => [tool.id, tool] as const))('%s lives on a page that exists, and has its section there', (_id, tool) => {
    expect(tool.title.trim()).not.toBe('');
    expect(tool.question.trim()).not.toBe('');
    const page = pages.get(tool.page);
    expect(page, `${tool.page}: no docs/*.mdx with that slug, no src/pages file`).toBeDefined();
    if (!tool.section) return;
    // Its heading is written from the list (`::tool-heading`), or by hand with the same id in a React page.
    const named = toolHeadings.filter((heading) => heading.tool === tool.id);
    const byHand = page!.source.includes(`id="${tool.section.id}"`) || page!.source.includes(`{#${tool.section.id}}`);
    expect(named.length + (byHand ? 1 : 0), `${tool.id}: its section heading on ${tool.page}`).toBe(1);
    if (named.length) expect(named[0].route).toBe(tool.page);
  });

  it('knows every tool a page names', () => {
    expect(toolHeadings.length).toBeGreaterThanOrEqual(4);
    for (const heading of toolHeadings) expect(() => courseTool(heading.tool), heading.route).not.toThrow();
  });

  it('links to a tool at its section, or to its page', () => {
    expect(toolLink(courseTool('lora-calculator'))).toBe('/t1/lora-qlora#lora-memory-calculator');
    expect(toolLink({id: 'plan', title: 'Plan', question: '?', page: '/t1/plan'})).toBe('/t1/plan');
    expect(() => courseTool('no-such-tool')).toThrow(/No tool "no-such-tool"/);
  });
});
