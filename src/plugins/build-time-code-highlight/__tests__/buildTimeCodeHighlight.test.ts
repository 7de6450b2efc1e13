import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import rehypeBuildTimeCodeHighlight, {codeBlockTitle, highlightFencedBlock} from '..';
import {
  HIGHLIGHTED_LANGUAGES,
  hastText,
  highlightCode,
  languageFromClassName,
  type HastElement,
  type HastNode,
} from '../highlightCode';

/** The `token …` class lists of every span, in order, with the text each holds. */
function tokens(nodes: readonly HastNode[]): Array<[string, string]> {
  return nodes.flatMap((node): Array<[string, string]> =>
    node.type === 'text'
      ? []
      : [[(node.properties.className as string[]).join(' '), hastText(node.children)], ...tokens(node.children)],
  );
}

function fencedBlock(value: string, language?: string, metastring?: string): HastElement {
  return {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: {
          ...(language ? {className: [`language-${language}`]} : {}),
          ...(metastring === undefined ? {} : {metastring}),
        },
        children: [{type: 'text', value}],
      },
    ],
  };
}

const codeOf = (pre: HastElement) => pre.children[0] as HastElement;

const PREFERENCE_PAIR = `{
  "prompt": "Explain what a token is.",
  "chosen": "A token is a subword unit.",
  "score": -1.5e3,
  "accepted": true,
  "reviewer": null
}
`;

describe('highlighting JSON', () => {
  const result = highlightCode(PREFERENCE_PAIR, 'json')!;

  it('keeps the text exactly', () => {
    expect(hastText(result)).toBe(PREFERENCE_PAIR);
  });

  it('marks keys as properties and values by their type', () => {
    const found = tokens(result);
    expect(found).toContainEqual(['token property', '"prompt"']);
    expect(found).toContainEqual(['token string', '"Explain what a token is."']);
    expect(found).toContainEqual(['token number', '-1.5e3']);
    expect(found).toContainEqual(['token boolean', 'true']);
    expect(found).toContainEqual(['token null keyword', 'null']);
    expect(found).toContainEqual(['token punctuation', '{']);
    expect(found).toContainEqual(['token operator', ':']);
  });

  it('colours JSON Lines, one object a line, the same way', () => {
    const lines = '{"role": "user", "content": "Hi"}\n{"role": "assistant", "content": "Hello"}\n';
    const found = tokens(highlightCode(lines, 'jsonl')!);
    expect(found.filter(([kind]) => kind === 'token property').map(([, text]) => text)).toEqual([
      '"role"',
      '"content"',
      '"role"',
      '"content"',
    ]);
  });

  it('keeps a quote inside a string as part of the string', () => {
    expect(tokens(highlightCode('{"a": "say \\"hi\\""}', 'json')!)).toContainEqual(['token string', '"say \\"hi\\""']);
  });
});

describe('highlighting bash', () => {
  const script = '# install\nexport MODEL="llama-$SIZE"\nif [ -f data.jsonl ]; then echo "ok" | tee log.txt; fi\n';
  const found = tokens(highlightCode(script, 'bash')!);

  it('keeps the text exactly', () => {
    expect(hastText(highlightCode(script, 'bash')!)).toBe(script);
  });

  it('marks comments, keywords, strings and variables', () => {
    expect(found).toContainEqual(['token comment', '# install']);
    expect(found).toContainEqual(['token keyword', 'if']);
    expect(found).toContainEqual(['token string', '"ok"']);
    expect(found).toContainEqual(['token assign-left variable', 'MODEL']);
    expect(found.some(([kind, text]) => kind.includes('variable') && text === '$SIZE')).toBe(true);
  });

  it('treats sh and shell as bash', () => {
    expect(highlightCode('echo hi', 'sh')).toEqual(highlightCode('echo hi', 'bash'));
    expect(highlightCode('echo hi', 'SHELL')).toEqual(highlightCode('echo hi', 'bash'));
  });
});

describe('languages we do not colour', () => {
  it.each(['text', 'python', 'mermaid', 'math', 'javascript'])('leaves %s alone', (language) => {
    expect(highlightCode('x = 1', language)).toBeNull();
  });

  it('leaves a block without a language alone', () => {
    expect(highlightCode('x = 1', undefined)).toBeNull();
  });
});

it('never changes the text of any code in any highlighted language', () => {
  fc.assert(
    fc.property(fc.string({unit: 'binary'}), fc.constantFrom(...HIGHLIGHTED_LANGUAGES), (code, language) => {
      expect(hastText(highlightCode(code, language)!)).toBe(code);
    }),
    {numRuns: 300},
  );
});

describe('reading a block\'s language and title', () => {
  it.each([
    [['language-json'], 'json'],
    [['language-JSON', 'extra'], 'json'],
    ['language-bash other', 'bash'],
    [['math-display'], undefined],
    [undefined, undefined],
  ])('class %j names the language %s', (className, language) => {
    expect(languageFromClassName(className)).toBe(language);
  });

  it.each([
    ['title="train.jsonl"', 'train.jsonl'],
    ["showLineNumbers title='config file.json'", 'config file.json'],
    ['title=""', ''],
    ['subtitle="no"', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('meta %j has the title %j', (meta, title) => {
    expect(codeBlockTitle(meta)).toBe(title);
  });
});

describe('the rehype plugin', () => {
  it('colours a fenced JSON block and lifts its title into a prop', () => {
    const pre = fencedBlock('{"a": 1}\n', 'json', 'title="train.jsonl"');
    highlightFencedBlock(pre);
    const code = codeOf(pre);
    expect(code.properties.title).toBe('train.jsonl');
    expect(code.properties.metastring).toBe('title="train.jsonl"');
    expect(tokens(code.children)).toContainEqual(['token property', '"a"']);
    expect(hastText(code.children)).toBe('{"a": 1}\n');
  });

  it('reads the title from the block meta when the MDX compat props are absent', () => {
    const pre = fencedBlock('plain\n', 'text');
    (codeOf(pre) as HastElement & {data?: {meta?: string}}).data = {meta: 'title="notes.txt"'};
    highlightFencedBlock(pre);
    expect(codeOf(pre).properties.title).toBe('notes.txt');
  });

  it('leaves a plain-text block as one text node, so it is still a block and not inline code', () => {
    const pre = fencedBlock('Full Fine-Tuning: 70B × 2 bytes\n', 'text');
    highlightFencedBlock(pre);
    expect(codeOf(pre).children).toEqual([{type: 'text', value: 'Full Fine-Tuning: 70B × 2 bytes\n'}]);
    expect(codeOf(pre).properties.title).toBeUndefined();
  });

  it('keeps a title given as a prop over the one in the meta', () => {
    const pre = fencedBlock('{}\n', 'json', 'title="from meta"');
    codeOf(pre).properties.title = 'from prop';
    highlightFencedBlock(pre);
    expect(codeOf(pre).properties.title).toBe('from prop');
  });

  it('does not touch a <pre> that is not a single code element, or code already marked up', () => {
    const notCode: HastElement = {type: 'element', tagName: 'pre', properties: {}, children: [{type: 'text', value: '{"a": 1}'}]};
    const before = structuredClone(notCode);
    highlightFencedBlock(notCode);
    expect(notCode).toEqual(before);

    const markedUp = fencedBlock('', 'json');
    codeOf(markedUp).children = [{type: 'element', tagName: 'span', properties: {className: ['katex']}, children: []}];
    const markedUpBefore = structuredClone(markedUp);
    highlightFencedBlock(markedUp);
    expect(markedUp).toEqual(markedUpBefore);
  });

  it('finds code blocks anywhere in the tree, also inside MDX JSX elements such as <details>', () => {
    const inDetails = fencedBlock('{"b": true}\n', 'json');
    const tree = {
      type: 'root',
      children: [
        {type: 'mdxJsxFlowElement', name: 'details', children: [inDetails]},
        {type: 'element', tagName: 'p', properties: {}, children: [{type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: '"inline"'}]}]},
      ],
    };
    rehypeBuildTimeCodeHighlight()(tree);
    expect(tokens(codeOf(inDetails).children)).toContainEqual(['token boolean', 'true']);
    // Inline code stays a plain string, so the theme still renders it as inline code.
    expect(tree.children[1]).toEqual({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: '"inline"'}]}],
    });
  });
});
