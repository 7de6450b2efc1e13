/**
 * Turns one Mermaid source into a self-contained, themeable SVG string at
 * build time. Pure: no file system, no DOM. Used by the remark plugin beside
 * it and by the unit tests.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {renderMermaidSVG as RenderMermaidSVG} from 'beautiful-mermaid';

/** beautiful-mermaid is ESM-only (an `import` condition alone), so it is loaded, not required, by the config loader. */
export type MermaidRenderer = typeof RenderMermaidSVG;
export async function loadRenderer(): Promise<MermaidRenderer> {
  // Docusaurus loads the config through jiti, which turns `import()` into
  // `require()` and so cannot take an import-only package by name: go by file.
  const packageDir = path.dirname(findPackageJson('beautiful-mermaid'));
  const module = (await import(withLayoutOptions(path.join(packageDir, 'dist/index.js')))) as {renderMermaidSVG: MermaidRenderer};
  return module.renderMermaidSVG;
}

// beautiful-mermaid fixes its ELK options; a diagram whose loop it breaks at the
// wrong node (T1.7 put Evaluation on top) needs `elk.layered.cycleBreaking.strategy`.
// This writes a copy beside the original that also spreads `options.elkLayoutOptions`.
const ELK_OPTIONS_ANCHOR = '"elk.layered.wrapping.strategy": "OFF",';
function withLayoutOptions(distFile: string): string {
  const patchedFile = distFile.replace(/index\.js$/, 'index.with-layout-options.js');
  const source = readFileSync(distFile, 'utf8');
  if (!source.includes(ELK_OPTIONS_ANCHOR)) {
    throw new Error(`beautiful-mermaid changed: "${ELK_OPTIONS_ANCHOR}" not found in ${distFile}; update withLayoutOptions().`);
  }
  const patched = source.replace(ELK_OPTIONS_ANCHOR, `${ELK_OPTIONS_ANCHOR} ...(opts.elkLayoutOptions ?? {}),`);
  if (!existsSync(patchedFile) || readFileSync(patchedFile, 'utf8') !== patched) writeFileSync(patchedFile, patched);
  return patchedFile;
}

/** How ELK breaks a loop: by the order statements are written, or depth-first from the first node. */
export const CYCLE_BREAKING = {'model-order': 'MODEL_ORDER', 'depth-first': 'DEPTH_FIRST'} as const;
export type CycleBreaking = keyof typeof CYCLE_BREAKING;

function findPackageJson(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the ${name} package from ${process.cwd()}.`);
  }
}

/** Diagram types beautiful-mermaid lays out; anything else falls back to the client theme. */
export const BUILD_TIME_DIAGRAM_TYPES = ['graph', 'flowchart', 'stateDiagram', 'stateDiagram-v2'];

export interface DiagramText {
  /** Short accessible name, also shown as the caption. */
  title: string;
  /** One or two sentences saying what the diagram shows, for screen readers. */
  desc: string;
  /** Where a diagram with a loop should start reading; ELK's default otherwise. */
  cycleBreaking?: CycleBreaking;
}

/** First keyword of the first statement: `graph`, `flowchart`, `gantt`… */
export function diagramType(source: string): string {
  const firstLine = stripInitDirectives(source)
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('%%'));
  return (firstLine ?? '').split(/\s+/)[0] ?? '';
}

export function canRenderAtBuildTime(source: string): boolean {
  return BUILD_TIME_DIAGRAM_TYPES.includes(diagramType(source));
}

/** The seed's `%%{init: …}%%` lines hard-code dark colours; the site themes diagrams instead. */
export function stripInitDirectives(source: string): string {
  return source.replace(/%%\{[\s\S]*?\}%%\s*/g, '');
}

/**
 * Line breaks inside quoted labels become `<br/>`: Mermaid accepts both, but
 * beautiful-mermaid cuts a label at a raw newline.
 */
export function normaliseLabelBreaks(source: string): string {
  return source.replace(/"[^"]*"/g, (quoted) => quoted.replace(/\s*\n\s*/g, '<br/>'));
}

export function prepareSource(source: string): string {
  return normaliseLabelBreaks(stripInitDirectives(source)).trim();
}

/** `style ID fill:#…,stroke:#…` lines, so subgraph colours can be re-applied (beautiful-mermaid keeps them on nodes only). */
export function styleStatements(source: string): Map<string, Record<string, string>> {
  const styles = new Map<string, Record<string, string>>();
  for (const match of source.matchAll(/^\s*style\s+(\S+)\s+(.+)$/gm)) {
    const declarations: Record<string, string> = {};
    for (const part of match[2].split(',')) {
      const [key, value] = part.split(':').map((s) => s.trim());
      if (key && value) declarations[key] = value;
    }
    styles.set(match[1], declarations);
  }
  return styles;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Site colours, defined for light and dark mode in src/css/custom.css. */
const SITE_COLOURS = {
  bg: 'var(--diagram-bg)',
  fg: 'var(--diagram-fg)',
  line: 'var(--diagram-line)',
  accent: 'var(--diagram-accent)',
  muted: 'var(--diagram-muted)',
  surface: 'var(--diagram-surface)',
  border: 'var(--diagram-border)',
};

export interface RenderedDiagram {
  svg: string;
  width: number;
  height: number;
}

/**
 * Renders `source` to SVG with the site's colours, an accessible title and
 * description, ids unique to `id`, and no third-party font import.
 */
export function renderDiagramSvg(
  renderMermaidSVG: MermaidRenderer,
  source: string,
  id: string,
  text: DiagramText,
): RenderedDiagram {
  const prepared = prepareSource(source);
  let svg = renderMermaidSVG(prepared, {
    ...SITE_COLOURS,
    font: 'var(--ifm-font-family-base)',
    transparent: true,
    padding: 16,
    ...(text.cycleBreaking ? {elkLayoutOptions: {'elk.layered.cycleBreaking.strategy': CYCLE_BREAKING[text.cycleBreaking]}} : {}),
  } as Parameters<MermaidRenderer>[1]);

  // Offline site: no web-font import from a CDN; text uses the site's font stack.
  // (the URL itself may hold ')' once a CSS variable is the font, so match to the closing quote)
  svg = svg.replace(/@import url\('[^']*'\);?\s*/g, '');
  svg = svg.replace(/text \{ font-family:[^}]*\}/, 'text { font-family: var(--ifm-font-family-base); }');

  // Marker ids must be unique per page when several diagrams share it.
  svg = svg
    .replace(/id="arrowhead(-start)?"/g, (_m, start = '') => `id="${id}-arrowhead${start}"`)
    .replace(/url\(#arrowhead(-start)?\)/g, (_m, start = '') => `url(#${id}-arrowhead${start})`);

  // Re-apply `style` colours to subgraph boxes.
  for (const [groupId, declarations] of styleStatements(prepared)) {
    const groupPattern = new RegExp(`(<g class="subgraph" data-id="${groupId}"[^>]*>\\s*<rect[^>]*?)fill="[^"]*" stroke="[^"]*" stroke-width="[^"]*"`);
    svg = svg.replace(groupPattern, (_m, head: string) => {
      const fill = declarations.fill ?? 'var(--_group-fill)';
      const stroke = declarations.stroke ?? 'var(--_node-stroke)';
      const strokeWidth = declarations['stroke-width'] ?? '1';
      return `${head}fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
    });
  }

  const sizeMatch = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = sizeMatch ? Math.ceil(Number(sizeMatch[1])) : 600;
  const height = sizeMatch ? Math.ceil(Number(sizeMatch[2])) : 400;

  // Accessible name and description; size comes from CSS so the SVG scales in its box.
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  svg = svg.replace(
    /<svg ([^>]*?)width="[\d.]+" height="[\d.]+" style="([^"]*)"/,
    `<svg $1role="img" aria-labelledby="${titleId} ${descId}" class="build-time-diagram" data-diagram="${id}" preserveAspectRatio="xMidYMin meet" style="$2"`,
  );
  svg = svg.replace(/(<svg[^>]*>)/, `$1<title id="${titleId}">${escapeXml(text.title)}</title><desc id="${descId}">${escapeXml(text.desc)}</desc>`);

  // Less to ship: trim coordinates to two decimals and drop indentation.
  svg = svg.replace(/(\d+\.\d{2})\d+/g, '$1').replace(/\n\s*/g, '\n');
  return {svg, width, height};
}
