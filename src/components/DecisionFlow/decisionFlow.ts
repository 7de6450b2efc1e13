/**
 * The decision flowchart's engine: walking the tree from a list of answers,
 * answering, going back, changing an answer, reading and writing that list in
 * the query string, and generating the diagram's Mermaid source and the plain
 * rules list. Pure: no React, no DOM.
 */
import {
  calculatorLinkBase,
  calculatorMethodNames,
  calculatorPresets,
  type CalculatorMethod,
  type DecisionAnswer,
  type DecisionNode,
  type DecisionTree,
  type OutcomeNode,
  type QuestionNode,
  type StepNode,
} from './decisionTree';

/** Query-string parameter holding the answer keys, comma-separated: `?answers=no-domain,still-poor,100-1000`. */
export const ANSWERS_PARAM = 'answers';

/** Longer values cannot be a path through this tree; they are rejected before any parsing. */
const MAX_ANSWERS_PARAM_LENGTH = 200;

/** The seed's labels break lines where the diagram does; in running text they are spaces. */
export function labelText(label: string): string {
  return label.split('\n').map((line) => line.trim()).join(' ');
}

/** Splits a leading emoji (✅, 🔧, ⚠️) off a label, so it can be hidden from screen readers. */
export function splitIcon(text: string): {icon: string | null; text: string} {
  const match = /^(\p{Extended_Pictographic}\uFE0F?)\s*/u.exec(text);
  return match ? {icon: match[1], text: text.slice(match[0].length)} : {icon: null, text};
}

export function nodesById(tree: DecisionTree): Map<string, DecisionNode> {
  return new Map(tree.nodes.map((node) => [node.id, node]));
}

function nodeOrThrow(nodes: Map<string, DecisionNode>, id: string): DecisionNode {
  const node = nodes.get(id);
  if (!node) throw new Error(`The decision tree has no node "${id}".`);
  return node;
}

/** One answered question on the reader's path. */
export interface AnsweredQuestion {
  question: QuestionNode;
  answer: DecisionAnswer;
}

export interface PathEdge {
  from: string;
  to: string;
}

/** Where a list of answers leads: everything the widget and the diagram show. */
export interface DecisionWalk {
  /** The answer keys that were followed (empty after a reset). */
  answerKeys: string[];
  answered: AnsweredQuestion[];
  /** Node ids from the start to the current node, pass-through steps included. */
  path: string[];
  /** Edges taken, in order. */
  edges: PathEdge[];
  /** The question being asked, or the outcome reached. */
  current: QuestionNode | OutcomeNode;
  /** Pass-through steps walked since the last answer (the seed's FT node), to show as an interim verdict. */
  stepsBeforeCurrent: StepNode[];
  outcome: OutcomeNode | null;
}

export interface WalkResult {
  walk: DecisionWalk;
  /** Why the answers could not be followed (the walk is then back at the first question), or null. */
  problem: string | null;
}

/** Follows pass-through steps from `id` to the next question or outcome. */
function arriveAt(
  nodes: Map<string, DecisionNode>,
  id: string,
  path: string[],
  edges: PathEdge[],
): {node: QuestionNode | OutcomeNode; steps: StepNode[]} {
  const steps: StepNode[] = [];
  let node = nodeOrThrow(nodes, id);
  path.push(node.id);
  while (node.kind === 'step') {
    // A chain of steps longer than the tree means a cycle: a data error, caught by validateTree in tests.
    if (steps.length > nodes.size) throw new Error(`The decision tree loops through step "${node.id}".`);
    steps.push(node);
    edges.push({from: node.id, to: node.next});
    node = nodeOrThrow(nodes, node.next);
    path.push(node.id);
  }
  return {node, steps};
}

/** Walks the tree along `answerKeys`. Answers that do not fit reset the walk to the first question, with the reason. */
export function followAnswers(tree: DecisionTree, answerKeys: readonly string[]): WalkResult {
  const nodes = nodesById(tree);
  const path: string[] = [];
  const edges: PathEdge[] = [];
  const answered: AnsweredQuestion[] = [];
  let {node, steps} = arriveAt(nodes, tree.start, path, edges);

  for (const [index, key] of answerKeys.entries()) {
    if (node.kind === 'outcome') {
      return {walk: startWalk(tree), problem: 'it has more answers than the flowchart asks for'};
    }
    const answer = node.answers.find((candidate) => candidate.key === key);
    if (!answer) {
      // Named by position, not echoed: URL text is never shown back to the reader.
      const what = key === '' ? `answer ${index + 1} in the link is empty, which` : `answer ${index + 1} in the link`;
      return {walk: startWalk(tree), problem: `${what} is not an answer to “${labelText(node.label)}”`};
    }
    answered.push({question: node, answer});
    edges.push({from: node.id, to: answer.next});
    ({node, steps} = arriveAt(nodes, answer.next, path, edges));
  }

  return {
    walk: {
      answerKeys: [...answerKeys],
      answered,
      path,
      edges,
      current: node,
      stepsBeforeCurrent: steps,
      outcome: node.kind === 'outcome' ? node : null,
    },
    problem: null,
  };
}

/** The walk before any answer: the first question. */
export function startWalk(tree: DecisionTree): DecisionWalk {
  return followAnswers(tree, []).walk;
}

/** The answer list after choosing `answerKey` at the current question. */
export function answerKeysAfter(walk: DecisionWalk, answerKey: string): string[] {
  if (walk.current.kind !== 'question') throw new Error('The walk has reached an outcome: there is nothing left to answer.');
  if (!walk.current.answers.some((answer) => answer.key === answerKey)) {
    throw new Error(`"${answerKey}" is not an answer to ${walk.current.id}.`);
  }
  return [...walk.answerKeys, answerKey];
}

/** One step back: the last answer is dropped. */
export function answerKeysAfterBack(walk: DecisionWalk): string[] {
  return walk.answerKeys.slice(0, -1);
}

/**
 * Changing the answer at `index` asks that question again; the later answers
 * are dropped, because a different answer may lead to different questions.
 */
export function answerKeysToChange(walk: DecisionWalk, index: number): string[] {
  if (!Number.isInteger(index) || index < 0 || index >= walk.answerKeys.length) {
    throw new Error(`There is no answer number ${index} to change.`);
  }
  return walk.answerKeys.slice(0, index);
}

/** The answer keys in a query string (`?answers=a,b`); none when the parameter is missing or empty. */
export function answerKeysFromSearch(search: string): {answerKeys: string[]; problem: string | null} {
  const value = new URLSearchParams(search).get(ANSWERS_PARAM);
  if (value === null || value === '') return {answerKeys: [], problem: null};
  if (value.length > MAX_ANSWERS_PARAM_LENGTH) return {answerKeys: [], problem: 'its answer list is far too long'};
  return {answerKeys: value.split(','), problem: null};
}

/** Reads the query string and walks it: what the widget shows for a URL. */
export function walkFromSearch(tree: DecisionTree, search: string): WalkResult {
  const {answerKeys, problem} = answerKeysFromSearch(search);
  if (problem) return {walk: startWalk(tree), problem};
  return followAnswers(tree, answerKeys);
}

/**
 * `search` with the answers parameter set to `answerKeys` (removed when there
 * are none), other parameters kept in place. Keys are URL-safe slugs, so the
 * commas stay readable instead of becoming %2C.
 */
export function searchWithAnswers(search: string, answerKeys: readonly string[]): string {
  const parts: string[] = [];
  let placed = false;
  const ours = answerKeys.length > 0 ? `${ANSWERS_PARAM}=${answerKeys.map(encodeURIComponent).join(',')}` : null;
  for (const [name, value] of new URLSearchParams(search)) {
    if (name === ANSWERS_PARAM) {
      if (!placed && ours) parts.push(ours);
      placed = true;
      continue;
    }
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  if (!placed && ours) parts.push(ours);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The edges leaving a node, with the seed's edge labels (none for a pass-through step). */
export function outgoingEdges(node: DecisionNode): Array<{to: string; label: string | null}> {
  if (node.kind === 'question') return node.answers.map((answer) => ({to: answer.next, label: answer.label}));
  if (node.kind === 'step') return [{to: node.next, label: null}];
  return [];
}

/**
 * The diagram's Mermaid source, laid out as the seed writes it: the first
 * node on its own line, then each node's edges in order, a node's text at its
 * first mention, the `style` lines last.
 */
export function toMermaid(tree: DecisionTree): string {
  const nodes = nodesById(tree);
  const declared = new Set<string>();
  const mention = (id: string): string => {
    if (declared.has(id)) return id;
    declared.add(id);
    return `${id}["${nodeOrThrow(nodes, id).label}"]`;
  };

  const lines = [`flowchart ${tree.direction}`, mention(tree.start)];
  for (const node of tree.nodes) {
    for (const edge of outgoingEdges(node)) {
      const arrow = edge.label === null ? '-->' : `-->|"${edge.label}"|`;
      lines.push(`${mention(node.id)} ${arrow} ${mention(edge.to)}`);
    }
  }
  for (const node of tree.nodes) if (!declared.has(node.id)) lines.push(mention(node.id));
  for (const style of tree.diagramStyles) lines.push(`style ${style.node} ${style.css}`);
  return lines.join('\n');
}

/** Every answer list that leads from the first question to an outcome, in the tree's order. */
export function allAnswerPaths(tree: DecisionTree): string[][] {
  const nodes = nodesById(tree);
  const paths: string[][] = [];
  const explore = (answerKeys: string[]): void => {
    const {walk, problem} = followAnswers(tree, answerKeys);
    if (problem) throw new Error(`Answer path ${answerKeys.join(',')} does not fit the tree: ${problem}.`);
    if (walk.outcome) {
      paths.push(answerKeys);
      return;
    }
    // A question met twice on one path would never end.
    if (walk.answered.some((step) => step.question.id === walk.current.id)) {
      throw new Error(`The decision tree loops back to ${walk.current.id}.`);
    }
    if (answerKeys.length > nodes.size) throw new Error('The decision tree has a path longer than its node count.');
    for (const answer of (walk.current as QuestionNode).answers) explore([...answerKeys, answer.key]);
  };
  explore([]);
  return paths;
}

/** The most questions any reader is asked, for "Question 2 of at most 3". */
export function mostQuestionsOnAPath(tree: DecisionTree): number {
  return Math.max(...allAnswerPaths(tree).map((path) => path.length));
}

/** Ids of the nodes some answer path visits. */
export function reachableNodeIds(tree: DecisionTree): Set<string> {
  const reached = new Set<string>();
  for (const answerKeys of allAnswerPaths(tree)) {
    for (const id of followAnswers(tree, answerKeys).walk.path) reached.add(id);
  }
  return reached;
}

/**
 * What is wrong with a tree, in words (empty when nothing is): broken links,
 * duplicate ids or keys, keys unsafe in a URL, labels that would break the
 * Mermaid source, loops, unreachable nodes.
 */
export function validateTree(tree: DecisionTree): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of tree.nodes) {
    if (ids.has(node.id)) problems.push(`Node id ${node.id} is used twice.`);
    ids.add(node.id);
    if (!/^[A-Za-z][\w]*$/.test(node.id)) problems.push(`Node id "${node.id}" is not a plain Mermaid id.`);
    if (node.label.includes('"')) problems.push(`Node ${node.id}'s text contains a double quote, which ends a Mermaid label.`);
    if (node.kind === 'question') {
      if (node.answers.length === 0) problems.push(`Question ${node.id} has no answers.`);
      const keys = new Set<string>();
      for (const answer of node.answers) {
        if (keys.has(answer.key)) problems.push(`Question ${node.id} has the answer key "${answer.key}" twice.`);
        keys.add(answer.key);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(answer.key)) problems.push(`Answer key "${answer.key}" of ${node.id} is not a lower-case slug.`);
        if (answer.label.includes('"')) problems.push(`An answer of ${node.id} contains a double quote, which ends a Mermaid label.`);
      }
    }
    if (node.kind === 'outcome' && node.learnMore.length === 0) problems.push(`Outcome ${node.id} links to no section.`);
  }
  for (const node of tree.nodes) {
    for (const edge of outgoingEdges(node)) {
      if (!ids.has(edge.to)) problems.push(`${node.id} leads to ${edge.to}, which is not a node.`);
    }
  }
  for (const style of tree.diagramStyles) {
    if (!ids.has(style.node)) problems.push(`A diagram style names ${style.node}, which is not a node.`);
  }
  const start = tree.nodes.find((node) => node.id === tree.start);
  if (!start) problems.push(`The start node ${tree.start} is not a node.`);
  else if (start.kind !== 'question') problems.push(`The start node ${tree.start} is not a question.`);
  if (problems.length > 0) return problems;

  try {
    const reached = reachableNodeIds(tree);
    for (const node of tree.nodes) if (!reached.has(node.id)) problems.push(`No answer path reaches ${node.id}.`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

/** One line of the plain rules list: the answers that lead to an outcome. */
export interface DecisionRule {
  answerKeys: string[];
  /** In order: each question with its answer, and each pass-through step on the way. */
  conditions: Array<{kind: 'answer'; question: string; answer: string} | {kind: 'step'; label: string}>;
  outcome: OutcomeNode;
}

/** The whole flowchart as rules, one per path to an outcome: the no-JavaScript and screen-reader version of the diagram. */
export function decisionRules(tree: DecisionTree): DecisionRule[] {
  return allAnswerPaths(tree).map((answerKeys) => {
    const {walk} = followAnswers(tree, answerKeys);
    const nodes = nodesById(tree);
    const conditions: DecisionRule['conditions'] = [];
    let answerIndex = 0;
    for (const id of walk.path) {
      const node = nodeOrThrow(nodes, id);
      if (node.kind === 'question') {
        const {answer} = walk.answered[answerIndex++];
        conditions.push({kind: 'answer', question: labelText(node.label), answer: labelText(answer.label)});
      } else if (node.kind === 'step') {
        conditions.push({kind: 'step', label: splitIcon(labelText(node.label)).text});
      }
    }
    return {answerKeys, conditions, outcome: walk.outcome as OutcomeNode};
  });
}

/** What the diagram marks: the numbered path so far and where the reader is now. */
export interface DiagramMarks {
  nodes: Array<{id: string; step: number; current: boolean}>;
  edges: PathEdge[];
}

export function diagramMarks(walk: DecisionWalk): DiagramMarks {
  return {
    nodes: walk.path.map((id, index) => ({id, step: index + 1, current: index === walk.path.length - 1})),
    edges: walk.edges,
  };
}

/** A link to the LoRA memory calculator, pre-set for one method. */
export interface CalculatorLink {
  method: CalculatorMethod;
  label: string;
  to: string;
}

export function calculatorLink(method: CalculatorMethod): CalculatorLink {
  const query = Object.entries(calculatorPresets[method])
    .map(([name, value]) => `${name}=${value.split(',').map(encodeURIComponent).join(',')}`)
    .join('&');
  return {
    method,
    label: `Size ${calculatorMethodNames[method]} in the LoRA memory calculator`,
    to: `${calculatorLinkBase.path}?${query}#${calculatorLinkBase.anchor}`,
  };
}

/** The calculator links an outcome offers (none when it advises against training). */
export function outcomeCalculatorLinks(outcome: OutcomeNode): CalculatorLink[] {
  return outcome.calculatorMethods.map(calculatorLink);
}
