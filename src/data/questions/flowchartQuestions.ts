/**
 * Questions whose key the decision flowchart computes: where a list of answers ends, walked by the flowchart's own
 * engine. Right and wrong options are explained from the outcome's own text and the answers that reach each outcome.
 */
import {decisionTree, type OutcomeNode} from '@site/src/components/DecisionFlow/decisionTree';
import {allAnswerPaths, followAnswers, labelText, searchWithAnswers, splitIcon} from '@site/src/components/DecisionFlow/decisionFlow';
import {links} from './links';
import {authoredFields, type Authored} from './authored';
import type {ChoiceQuestion, WidgetLink} from './types';

/** "Open this in the flowchart": the answers through the flowchart's own query-string contract. */
export function flowchartLink(answers: readonly string[]): WidgetLink {
  return {
    label: 'Open this in the flowchart',
    to: `${links.flowchart.path}${searchWithAnswers('', answers)}#${links.flowchart.anchor}`,
  };
}

function outcomeName(outcome: OutcomeNode): string {
  return splitIcon(labelText(outcome.label)).text;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** "Try few-shot first." ← "Yes, but output format/style is wrong → No" */
function answersText(answerKeys: readonly string[]): string {
  return followAnswers(decisionTree, answerKeys)
    .walk.answered.map((step) => `“${labelText(step.answer.label)}”`)
    .join(' → ');
}

/** "Where does the flowchart send them?" Options are outcome node ids. */
export function flowchartOutcomeQuestion(authored: Authored & {answers: readonly string[]; outcomeIds: readonly string[]}): ChoiceQuestion {
  const {walk, problem} = followAnswers(decisionTree, authored.answers);
  if (problem || !walk.outcome) throw new Error(`${authored.id}: the answers do not lead to an outcome (${problem ?? 'they stop at a question'}).`);
  const reached = walk.outcome;
  const paths = allAnswerPaths(decisionTree);
  return {
    kind: 'single',
    ...authoredFields(authored),
    options: authored.outcomeIds.map((id) => {
      const outcome = decisionTree.nodes.find((node): node is OutcomeNode => node.kind === 'outcome' && node.id === id);
      if (!outcome) throw new Error(`${authored.id}: "${id}" is not an outcome of the flowchart.`);
      if (outcome === reached) {
        return {id, text: outcomeName(outcome), correct: true, why: `Their answers, ${answersText(authored.answers)}, end here. ${firstSentence(outcome.explanation)}`};
      }
      const path = paths.find((candidate) => followAnswers(decisionTree, candidate).walk.outcome === outcome) ?? [];
      return {
        id,
        text: outcomeName(outcome),
        correct: false,
        why: `The flowchart ends here only after ${answersText(path)}; their answers are ${answersText(authored.answers)}.`,
      };
    }),
    explanation: firstSentence(reached.explanation) === reached.explanation ? undefined : reached.explanation,
    source: {engine: 'decision-tree', answers: authored.answers, ask: 'outcome'},
    widget: flowchartLink(authored.answers),
  };
}
