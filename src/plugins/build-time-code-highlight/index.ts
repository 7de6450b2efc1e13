/**
 * Rehype plugin: colours fenced code blocks at build time. Each
 * `<pre><code class="language-json">` gets Prism-style token spans in the
 * page's HTML, so the browser needs no highlighter (Prism with ~40 languages
 * cost every page 29 KB gzip). Languages we do not colour stay plain text.
 *
 * It also lifts `title="…"` from the block's meta (```json title="train.jsonl")
 * into a `title` prop, so the theme's CodeBlock needs no meta parser.
 */
import {hastText, highlightCode, languageFromClassName, type HastElement} from './highlightCode';

/** Any node of the tree: MDX adds JSX nodes (`<details>`) that hold code blocks too. */
interface TreeNode {
  type: string;
  tagName?: string;
  children?: TreeNode[];
}

interface CodeElement extends HastElement {
  data?: {meta?: string | null};
}

/** The `title="…"` (or `title='…'`) of a code block's meta string, if any. */
export function codeBlockTitle(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)title=(["'])(.*?)\1/.exec(meta ?? '');
  return match ? match[2] : undefined;
}

/** The single `<code>` element of a fenced block's `<pre>` (whitespace around it ignored), or undefined. */
function fencedCode(pre: HastElement): CodeElement | undefined {
  const significant = pre.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = significant;
  return significant.length === 1 && only.type === 'element' && only.tagName === 'code' ? only : undefined;
}

/** Colours one fenced block in place and sets its title; leaves anything already marked up alone. */
export function highlightFencedBlock(pre: HastElement): void {
  const code = fencedCode(pre);
  if (!code) return;
  const meta = typeof code.properties.metastring === 'string' ? code.properties.metastring : code.data?.meta;
  const title = codeBlockTitle(meta);
  if (title !== undefined && code.properties.title === undefined) code.properties.title = title;
  // Children other than text mean someone else (KaTeX, a hand-written <pre>) already rendered it.
  if (!code.children.every((child) => child.type === 'text')) return;
  const tokens = highlightCode(hastText(code.children), languageFromClassName(code.properties.className));
  if (tokens) code.children = tokens;
}

function visitPres(node: TreeNode): void {
  for (const child of node.children ?? []) {
    if (child.type === 'element' && child.tagName === 'pre') highlightFencedBlock(child as HastElement);
    else visitPres(child);
  }
}

export default function rehypeBuildTimeCodeHighlight() {
  return (tree: TreeNode): void => visitPres(tree);
}
