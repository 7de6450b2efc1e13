/**
 * Remark plugin: each ```mermaid block becomes inline SVG in the page's HTML
 * (no Mermaid runtime in the browser). Blocks of a type beautiful-mermaid
 * cannot draw stay code blocks for @docusaurus/theme-mermaid, and the build
 * says which. A syntax error, or a diagram without a title and description,
 * fails the build with the file and line.
 *
 * Meta of a block: title="…" desc="…" [id="…"] [generated="key"]
 * [cycle-breaking="model-order|depth-first"], where `generated` takes the
 * source from the `generated` option instead of the block.
 */
import path from 'node:path';
import {
  canRenderAtBuildTime,
  diagramType,
  loadRenderer,
  prepareSource,
  renderDiagramSvg,
  CYCLE_BREAKING,
  type CycleBreaking,
  type RenderedDiagram,
} from './renderDiagram';
import {findMermaidSyntaxError} from './validateMermaid';

export interface BuildTimeMermaidOptions {
  /** Diagram sources produced by code, e.g. the decision tree's flowchart. */
  generated?: Record<string, string>;
}

interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
  position?: {start: {line: number}};
}

interface ParentNode {
  type: string;
  children?: unknown[];
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

/** `key="value"` pairs of a code block's meta string. */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) values[match[1]] = match[2];
  return values;
}

const renderCache = new Map<string, RenderedDiagram>();
const reportedFallbacks = new Set<string>();

function collectMermaidBlocks(node: ParentNode, found: Array<{parent: ParentNode; index: number; code: CodeNode}>): void {
  node.children?.forEach((child, index) => {
    const typed = child as ParentNode & CodeNode;
    if (typed.type === 'code' && typed.lang === 'mermaid') found.push({parent: node, index, code: typed});
    else if (typed.children) collectMermaidBlocks(typed, found);
  });
}

export default function remarkBuildTimeMermaid(options: BuildTimeMermaidOptions = {}) {
  return async (tree: ParentNode, file: VFileLike): Promise<void> => {
    const blocks: Array<{parent: ParentNode; index: number; code: CodeNode}> = [];
    collectMermaidBlocks(tree, blocks);
    const relativePath = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : '<unknown file>';

    for (const [blockNumber, {parent, index, code}] of blocks.entries()) {
      const line = code.position?.start.line ?? 0;
      const where = `${relativePath}:${line}`;
      const meta = parseMeta(code.meta);

      let source = code.value;
      if (meta.generated) {
        const generated = options.generated?.[meta.generated];
        if (generated === undefined) throw new Error(`${where}: mermaid block asks for generated="${meta.generated}", which is not a known generated diagram.`);
        source = generated;
      }

      if (!canRenderAtBuildTime(source)) {
        if (!reportedFallbacks.has(where)) {
          reportedFallbacks.add(where);
          console.warn(`[build-time-mermaid] ${where}: "${diagramType(source)}" diagrams fall back to client-side Mermaid.`);
        }
        continue;
      }
      if (!meta.title || !meta.desc) {
        throw new Error(`${where}: every mermaid diagram needs title="…" and desc="…" in its code fence, for its accessible name and description.`);
      }

      const cycleBreaking = meta['cycle-breaking'] as CycleBreaking | undefined;
      if (cycleBreaking !== undefined && !(cycleBreaking in CYCLE_BREAKING)) {
        throw new Error(`${where}: cycle-breaking="${cycleBreaking}" is not one of ${Object.keys(CYCLE_BREAKING).join(', ')}.`);
      }

      const prepared = prepareSource(source);
      const syntaxError = await findMermaidSyntaxError(prepared);
      if (syntaxError) throw new Error(`${where}: Mermaid syntax error in this diagram:\n${syntaxError.message}`);

      const id = meta.id ?? `diagram-${path.basename(relativePath).replace(/\.\w+$/, '')}-${blockNumber + 1}`;
      const cacheKey = JSON.stringify([source, id, meta.title, meta.desc, cycleBreaking]);
      let rendered = renderCache.get(cacheKey);
      if (!rendered) {
        rendered = renderDiagramSvg(await loadRenderer(), source, id, {title: meta.title, desc: meta.desc, cycleBreaking});
        renderCache.set(cacheKey, rendered);
      }

      const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});
      parent.children![index] = {
        type: 'mdxJsxFlowElement',
        name: 'BuildTimeDiagram',
        attributes: [
          attribute('id', id),
          attribute('title', meta.title),
          attribute('svg', rendered.svg),
          attribute('width', String(rendered.width)),
          attribute('height', String(rendered.height)),
        ],
        children: [],
      };
    }
  };
}
