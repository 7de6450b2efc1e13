import {describe, expect, it} from 'vitest';
import {evaluate} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {createElement} from 'react';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeStaticMath, {isFormula} from '..';

const SOURCE = [
  'The adapter adds $r(d_\\text{in} + d_\\text{out})$ weights per matrix, for $r \\ll d$.',
  '',
  '$$',
  'M_\\text{total} = \\frac{B_p N}{10^9} + \\sqrt{x}',
  '$$',
].join('\n');

/** The page's HTML for SOURCE, as the build renders it, with or without the plugin. */
async function render(withPlugin: boolean): Promise<{html: string; code: string}> {
  const rehypePlugins = withPlugin ? [rehypeKatex, rehypeStaticMath] : [rehypeKatex];
  const {default: Content} = await evaluate(SOURCE, {...runtime, remarkPlugins: [remarkMath], rehypePlugins});
  const {compile} = await import('@mdx-js/mdx');
  const code = String(await compile(SOURCE, {remarkPlugins: [remarkMath], rehypePlugins}));
  return {html: renderToStaticMarkup(createElement(Content)), code};
}

describe('static math', () => {
  it('renders the same HTML as rehype-katex alone', async () => {
    const [before, after] = await Promise.all([render(false), render(true)]);
    // React writes a style object without the last semicolon; KaTeX's own markup keeps it. Same declarations.
    const styles = (html: string) => html.replace(/(style="[^"]*);"/g, '$1"');
    expect(styles(after.html)).toBe(styles(before.html));
    expect(after.html).toContain('class="katex-display"');
    expect(after.html).toContain('<annotation encoding="application/x-tex">r(d_\\text{in} + d_\\text{out})</annotation>');
  });

  it('makes each formula one element for React instead of one per span', async () => {
    const [before, after] = await Promise.all([render(false), render(true)]);
    const elements = (code: string) => (code.match(/_jsxs?\(/g) ?? []).length;
    // Two inline formulas and one displayed: three elements carry the markup; only the paragraph is left around them.
    expect((after.code.match(/dangerouslySetInnerHTML/g) ?? []).length).toBe(3);
    expect(elements(after.code)).toBeLessThan(8);
    expect(elements(before.code)).toBeGreaterThan(60);
  });

  it('takes only KaTeX spans with nothing but a class, so nothing a writer added is dropped', () => {
    expect(isFormula({type: 'element', tagName: 'span', properties: {className: ['katex']}})).toBe(true);
    expect(isFormula({type: 'element', tagName: 'span', properties: {className: ['katex-display']}})).toBe(true);
    expect(isFormula({type: 'element', tagName: 'span', properties: {className: ['katex'], id: 'eq-1'}})).toBe(false);
    expect(isFormula({type: 'element', tagName: 'div', properties: {className: ['katex']}})).toBe(false);
    expect(isFormula({type: 'element', tagName: 'span', properties: {className: ['katex-html']}})).toBe(false);
    expect(isFormula({type: 'text'})).toBe(false);
  });
});
