/**
 * Rehype plugin, run after rehype-katex: each typeset formula becomes one element that carries its KaTeX markup as
 * HTML (`dangerouslySetInnerHTML`) instead of one JSX element per span. The page's HTML is the same, but the browser
 * no longer creates and hydrates every span of every formula as a React element: T1.4's memory math alone is about
 * 3,500 of them, which made its hydration the longest of the module. Formulas never change after the build.
 */
import {toHtml} from 'hast-util-to-html';

/** The parts of hast and MDX's JSX nodes this plugin reads or writes. */
interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

const FORMULA_CLASSES = ['katex', 'katex-display'];

/** An outermost KaTeX span whose only attribute is its class (what rehype-katex writes). */
export function isFormula(node: TreeNode): boolean {
  if (node.type !== 'element' || node.tagName !== 'span') return false;
  const {className, ...otherProperties} = node.properties ?? {};
  return Array.isArray(className) && className.some((name) => FORMULA_CLASSES.includes(String(name))) && Object.keys(otherProperties).length === 0;
}

/** `<span className="…" dangerouslySetInnerHTML={{__html: "…"}} />` as an MDX JSX node, with its estree. */
export function staticFormula(formula: TreeNode): TreeNode {
  const className = (formula.properties?.className as unknown[]).join(' ');
  const html = toHtml(formula.children as Parameters<typeof toHtml>[0]);
  const innerHtml = {
    type: 'ObjectExpression',
    properties: [
      {type: 'Property', kind: 'init', method: false, shorthand: false, computed: false, key: {type: 'Identifier', name: '__html'}, value: {type: 'Literal', value: html}},
    ],
  };
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'className', value: className},
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{__html: ${JSON.stringify(html)}}`,
          data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: innerHtml}]}},
        },
      },
    ],
    children: [],
  } as TreeNode;
}

function replaceFormulas(node: TreeNode): void {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    if (isFormula(children[i])) children[i] = staticFormula(children[i]);
    else replaceFormulas(children[i]);
  }
}

export default function rehypeStaticMath() {
  return (tree: TreeNode): void => replaceFormulas(tree);
}
