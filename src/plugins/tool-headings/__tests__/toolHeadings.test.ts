import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkToolHeadings from '..';
import type {CourseTool} from '../../../data/tools';

const tools: CourseTool[] = [
  {id: 'calc', title: 'A calculator', question: 'How much?', page: '/t1/x', section: {heading: 'The calculator', id: 'the-calculator'}},
  {id: 'plan', title: 'A plan', question: 'What next?', page: '/t1/plan'},
];

function transform(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkToolHeadings, {tools});
  const tree = processor.parse(markdown);
  return processor.runSync(tree, {path: '/site/docs/x.mdx', cwd: '/site'} as never) as unknown as {children: Array<{type: string; depth?: number; children?: Array<{value: string}>}>};
}

describe('remarkToolHeadings', () => {
  it('writes the tool’s heading, with its id, where the page names the tool', () => {
    const tree = transform('Intro.\n\n::tool-heading{tool="calc"}\n\nMore.');
    expect(tree.children[1]).toMatchObject({type: 'heading', depth: 2, children: [{value: 'The calculator {#the-calculator}'}]});
  });

  it('fails the build on an unknown tool, naming the file and line', () => {
    expect(() => transform('Intro.\n\n::tool-heading{tool="calculator"}')).toThrow(/docs\/x\.mdx:3: ::tool-heading names "calculator".*\(calc\)/);
  });

  it('fails the build on a tool that is a whole page', () => {
    expect(() => transform('::tool-heading{tool="plan"}')).toThrow(/names "plan"/);
  });

  it('leaves other directives alone', () => {
    const tree = transform('::other{tool="calc"}');
    expect(tree.children[0].type).toBe('leafDirective');
  });
});
