import {describe, expect, it, vi} from 'vitest';
import remarkBuildTimeMermaid, {parseMeta} from '..';
import {
  canRenderAtBuildTime,
  loadRenderer,
  normaliseLabelBreaks,
  prepareSource,
  renderDiagramSvg,
  stripInitDirectives,
  styleStatements,
} from '../renderDiagram';

const SPECTRUM = `%%{init: {'theme': 'base', 'themeVariables': {'primaryColor': '#1a1a2e'}}}%%
graph LR
  subgraph SIMPLE["Low Effort / Low Control"]
    A["Prompt
Engineering"]
    B["Few-Shot
Examples"]
  end
  A --> B
  style SIMPLE fill:#10b98122,stroke:#10b981,stroke-width:2px`;

function codeTree(value: string, meta: string | null, line = 7) {
  return {type: 'root', children: [{type: 'code', lang: 'mermaid', meta, value, position: {start: {line}}}]};
}

const META = 'id="spectrum" title="The spectrum" desc="Eight methods in order of effort."';

describe('preparing a Mermaid source', () => {
  it('drops the hard-coded %%{init}%% theme', () => {
    expect(stripInitDirectives(SPECTRUM)).not.toMatch(/%%\{|1a1a2e/);
  });

  it('turns line breaks inside quoted labels into <br/> and leaves statements alone', () => {
    expect(normaliseLabelBreaks('A["Prompt\nEngineering"]\nA --> B')).toBe('A["Prompt<br/>Engineering"]\nA --> B');
  });

  it('reads style statements', () => {
    expect(styleStatements(prepareSource(SPECTRUM)).get('SIMPLE')).toEqual({fill: '#10b98122', stroke: '#10b981', 'stroke-width': '2px'});
  });

  it('knows which diagram types it can draw', () => {
    expect(canRenderAtBuildTime(SPECTRUM)).toBe(true);
    expect(canRenderAtBuildTime('flowchart TB\nA-->B')).toBe(true);
    expect(canRenderAtBuildTime('gantt\ntitle x')).toBe(false);
  });
});

describe('rendering to SVG', () => {
  it('makes an accessible, themeable, offline SVG', async () => {
    const {svg, width, height} = renderDiagramSvg(await loadRenderer(), SPECTRUM, 'spectrum', {title: 'The <spectrum>', desc: 'Eight "methods".'});
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="spectrum-title spectrum-desc"/);
    expect(svg).toContain('<title id="spectrum-title">The &lt;spectrum&gt;</title>');
    expect(svg).toContain('<desc id="spectrum-desc">Eight &quot;methods&quot;.</desc>');
    expect(svg).not.toMatch(/@import|fonts\.googleapis|display=swap/);
    expect(svg).toMatch(/<style>\s*text \{ font-family: var\(--ifm-font-family-base\); \}/);
    expect(svg).toContain('var(--diagram-fg)');
    expect(svg).toContain('id="spectrum-arrowhead"');
    expect(svg).not.toContain('url(#arrowhead)');
    expect(svg).toMatch(/data-label="Prompt\s+Engineering"/);
    expect(svg).toMatch(/<g class="subgraph" data-id="SIMPLE"[^>]*>\s*<rect[^>]*fill="#10b98122" stroke="#10b981"/);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(50);
  });
});

describe('the remark plugin', () => {
  it('replaces a mermaid block with a BuildTimeDiagram element carrying the SVG', async () => {
    const tree = codeTree(SPECTRUM, META);
    await remarkBuildTimeMermaid()(tree, {path: '/site/docs/page.mdx', cwd: '/site'});
    const [node] = tree.children as unknown as Array<{type: string; name: string; attributes: Array<{name: string; value: string}>}>;
    expect(node.type).toBe('mdxJsxFlowElement');
    expect(node.name).toBe('BuildTimeDiagram');
    const attributes = Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));
    expect(attributes.id).toBe('spectrum');
    expect(attributes.title).toBe('The spectrum');
    expect(attributes.svg).toMatch(/^<svg/);
  });

  it('fails the build on a Mermaid syntax error, naming the file and line', async () => {
    const tree = codeTree('flowchart TB\n  A["unclosed --> B', META, 42);
    await expect(remarkBuildTimeMermaid()(tree, {path: '/site/docs/broken.mdx', cwd: '/site'})).rejects.toThrow(
      /docs\/broken\.mdx:42: Mermaid syntax error/,
    );
  });

  it('fails the build when a diagram has no title or description', async () => {
    await expect(remarkBuildTimeMermaid()(codeTree('graph LR\nA-->B', 'title="x"'), {path: '/s/docs/a.mdx', cwd: '/s'})).rejects.toThrow(
      /docs\/a\.mdx:7: every mermaid diagram needs title/,
    );
  });

  it('leaves a diagram type it cannot draw to the client theme, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tree = codeTree('gantt\n  title Plan\n  section A\n  Task :a1, 2024-01-01, 3d', META, 3);
    await remarkBuildTimeMermaid()(tree, {path: '/s/docs/gantt.mdx', cwd: '/s'});
    expect((tree.children[0] as {type: string}).type).toBe('code');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/docs\/gantt\.mdx:3: "gantt" diagrams fall back to client-side Mermaid/));
    warn.mockRestore();
  });

  it('draws a generated diagram from the option, and rejects an unknown key', async () => {
    const tree = codeTree('', `${META} generated="spectrum"`);
    await remarkBuildTimeMermaid({generated: {spectrum: SPECTRUM}})(tree, {path: '/s/docs/g.mdx', cwd: '/s'});
    expect((tree.children[0] as {type: string}).type).toBe('mdxJsxFlowElement');
    await expect(remarkBuildTimeMermaid({generated: {}})(codeTree('', `${META} generated="nope"`), {path: '/s/docs/g.mdx', cwd: '/s'})).rejects.toThrow(
      /generated="nope"/,
    );
  });

  it('reads key="value" pairs from the fence meta', () => {
    expect(parseMeta('id="a-b" title="A title: with colon" desc="D."')).toEqual({id: 'a-b', title: 'A title: with colon', desc: 'D.'});
    expect(parseMeta(null)).toEqual({});
  });
});
