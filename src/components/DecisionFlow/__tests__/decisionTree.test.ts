import {describe, expect, it} from 'vitest';
import {calculatorLinkBase, decisionTree, type DecisionTree, type OutcomeNode, type QuestionNode} from '../decisionTree';
import {
  allAnswerPaths,
  followAnswers,
  labelText,
  reachableNodeIds,
  toMermaid,
  validateTree,
} from '../decisionFlow';
import {parseFlowchart, seedDecisionFlowchart} from './mermaidFlowchart';
import {sitePages} from '../../../data/__tests__/sitePages';
import {findMermaidSyntaxError} from '../../../plugins/remark-build-time-mermaid/validateMermaid';
import {loadRenderer, prepareSource, renderDiagramSvg} from '../../../plugins/remark-build-time-mermaid/renderDiagram';

const outcomes = decisionTree.nodes.filter((node): node is OutcomeNode => node.kind === 'outcome');
const questions = decisionTree.nodes.filter((node): node is QuestionNode => node.kind === 'question');

/** Routes of the site's pages. */
function docRoutes(): Set<string> {
  return new Set(sitePages().keys());
}

describe('the decision tree data', () => {
  it('has no structural problem', () => {
    expect(validateTree(decisionTree)).toEqual([]);
  });

  it('ends every answer path in an outcome', () => {
    const paths = allAnswerPaths(decisionTree);
    expect(paths.length).toBeGreaterThan(0);
    for (const answerKeys of paths) {
      const {walk, problem} = followAnswers(decisionTree, answerKeys);
      expect(problem).toBeNull();
      expect(walk.outcome, answerKeys.join(',')).not.toBeNull();
      expect(walk.current.kind).toBe('outcome');
    }
  });

  it('reaches every node, and every outcome by at least one path', () => {
    expect([...reachableNodeIds(decisionTree)].sort()).toEqual(decisionTree.nodes.map((node) => node.id).sort());
    const reachedOutcomes = new Set(allAnswerPaths(decisionTree).map((keys) => followAnswers(decisionTree, keys).walk.outcome!.id));
    expect([...reachedOutcomes].sort()).toEqual(outcomes.map((outcome) => outcome.id).sort());
  });

  it.each(questions.map((question) => [question.id, question] as const))('question %s has a hint and at least two answers', (_id, question) => {
    expect(question.hint.trim()).not.toBe('');
    expect(question.answers.length).toBeGreaterThanOrEqual(2);
  });

  it.each(outcomes.map((outcome) => [outcome.id, outcome] as const))('outcome %s explains itself and links to real pages', (_id, outcome) => {
    // "A few sentences": at least two, and short enough to read at a glance.
    const sentences = outcome.explanation.split(/(?<=[.!?])\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(5);
    const routes = docRoutes();
    for (const link of outcome.learnMore) {
      expect(routes, `${outcome.id} links to ${link.to}`).toContain(link.to);
      expect(link.title.trim()).not.toBe('');
      expect(link.why.trim()).not.toBe('');
    }
  });

  it.each(outcomes.map((outcome) => [outcome.id, outcome] as const))(
    'outcome %s links to the calculator exactly for the methods its label recommends',
    (_id, outcome) => {
      const label = labelText(outcome.label);
      const recommended = [
        ...(/QLoRA/.test(label) ? ['qlora'] : []),
        ...(/(^|[^Q])LoRA/.test(label) ? ['lora'] : []),
        ...(/Full/.test(label) ? ['full'] : []),
      ];
      expect([...outcome.calculatorMethods].sort()).toEqual(recommended.sort());
    },
  );

  it('points calculator links at the calculator’s section on the LoRA page (src/data/tools.ts; its test checks the page)', () => {
    expect(calculatorLinkBase).toEqual({path: '/t1/lora-qlora', anchor: 'lora-memory-calculator'});
    expect(docRoutes()).toContain(calculatorLinkBase.path);
  });

  it('sends LoRA / QLoRA readers to the LoRA page and readers short of data to data preparation', () => {
    const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    expect(byId.get('LORA')!.learnMore[0].to).toBe('/t1/lora-qlora');
    expect(byId.get('NOTYET')!.learnMore[0].to).toBe('/t1/data-preparation');
    expect(byId.get('FULL')!.learnMore.map((link) => link.to)).toContain('/t1/fine-tuning-methods');
  });
});

describe('the generated diagram against the seed', () => {
  const seed = seedDecisionFlowchart();
  const generated = toMermaid(decisionTree);

  it('reads the seed flowchart with all its nodes, edges and styles', () => {
    const parsed = parseFlowchart(seed);
    // Counted by hand in the seed's T1.2 block: guards the parser, not the data.
    expect(parsed.nodes).toHaveLength(12);
    expect(parsed.edges).toHaveLength(12);
    expect(parsed.styles).toHaveLength(3);
  });

  it('has exactly the seed’s nodes, node texts, edges, edge labels and styles, in the seed’s order', () => {
    expect(parseFlowchart(generated)).toEqual(parseFlowchart(seed));
  });

  it('is, token for token, the seed’s source', () => {
    const collapse = (source: string) => source.replace(/\s+/g, ' ').trim();
    expect(collapse(generated)).toBe(collapse(seed));
  });

  it('passes Mermaid’s own parser', async () => {
    expect(await findMermaidSyntaxError(prepareSource(generated))).toBeNull();
  });

  it('renders to an SVG with every node and edge marked for highlighting', async () => {
    const {svg} = renderDiagramSvg(await loadRenderer(), generated, 'decision-tree', {title: 't', desc: 'd'});
    expect(svg).toContain('data-diagram="decision-tree"');
    const parsed = parseFlowchart(generated);
    for (const [id] of parsed.nodes) expect(svg).toContain(`<g class="node" data-id="${id}"`);
    for (const [from, to, label] of parsed.edges) {
      expect(svg).toMatch(new RegExp(`<polyline class="edge" data-from="${from}" data-to="${to}"`));
      if (label !== null) expect(svg).toMatch(new RegExp(`<g class="edge-label" data-from="${from}" data-to="${to}"`));
    }
  });
});

describe('validateTree on broken trees', () => {
  const clone = (): DecisionTree => structuredClone(decisionTree);
  const question = (tree: DecisionTree, id: string) => tree.nodes.find((node) => node.id === id) as QuestionNode;

  it('reports an answer that leads nowhere', () => {
    const tree = clone();
    question(tree, 'Q2').answers[1].next = 'MISSING';
    expect(validateTree(tree)).toEqual(['Q2 leads to MISSING, which is not a node.']);
  });

  it('reports a duplicate answer key and a key unsafe in a URL', () => {
    const tree = clone();
    question(tree, 'Q4').answers[1].key = '100-1000';
    question(tree, 'Q4').answers[2].key = '10K+';
    expect(validateTree(tree)).toEqual([
      'Question Q4 has the answer key "100-1000" twice.',
      'Answer key "10K+" of Q4 is not a lower-case slug.',
    ]);
  });

  it('reports a loop and an unreachable node', () => {
    const looped = clone();
    question(looped, 'Q4').answers[0].next = 'START';
    expect(validateTree(looped).join(' ')).toMatch(/loops back to START/);

    const orphaned = clone();
    question(orphaned, 'START').answers[2].next = 'Q2';
    expect(validateTree(orphaned)).toEqual(['No answer path reaches DONE.']);
  });

  it('reports a label that would end a Mermaid string', () => {
    const tree = clone();
    question(tree, 'Q3').label = 'Have you tried "few-shot"?';
    expect(validateTree(tree)).toEqual([`Node Q3's text contains a double quote, which ends a Mermaid label.`]);
  });
});
